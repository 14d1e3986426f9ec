import { expect } from '@open-wc/testing';
import { defaultConfigs } from '../../../src/engine/index.js';
import { viewport } from '../../support/helpers.js';
import { closePages, openAddress, until } from '../../support/pages.js';

// The built editor (dist/playground/, written by `npm run build`): a static page that works from
// any folder and asks nothing of the network.

const en = defaultConfigs.en!;

/** The built editor in a frame, from its own folder, with nothing saved from an earlier test. */
async function openPlayground() {
  localStorage.removeItem('care-choice-editor');
  return openAddress('/dist/playground/index.html');
}

describe('built playground (dist/playground)', () => {
  before(() => viewport(1300, 950));
  afterEach(() => {
    closePages();
    localStorage.removeItem('care-choice-editor');
  });

  it('runs from its folder: the preview, an edit, the balance check in its worker, and no request leaves the site', async function () {
    this.timeout(30000);
    const win = await openPlayground();
    const quiz = () => win.document.getElementById('preview-quiz')!;
    const heading = () => quiz().shadowRoot?.querySelector('#question-heading')?.textContent?.trim();
    await until(win, () => heading() === en.questions[0]!.text, 'the preview');
    const input = win.document.querySelector<HTMLInputElement>('[data-lang="en"][data-path="questions[0].text"]')!;
    input.value = 'Who is the care for?';
    input.dispatchEvent(new Event('input', { bubbles: true }));
    await until(win, () => heading() === 'Who is the care for?', 'the edit in the preview');
    await until(win, () => win.document.getElementById('balance')!.dataset.ready, 'the balance check', 600);
    expect(win.document.querySelectorAll('#balance-shares tr').length).to.equal(5);
    // The test server injects its own reload socket script into every page: not the playground's.
    const requests = win.performance
      .getEntriesByType('resource')
      .map((entry) => entry.name)
      .filter((url) => !new URL(url).pathname.startsWith('/__web-dev-server'));
    expect(requests.some((url) => /balance-worker/.test(url))).to.equal(true);
    expect(requests.filter((url) => new URL(url).origin !== win.location.origin)).to.deep.equal([]);
    expect(requests.filter((url) => !new URL(url).pathname.startsWith('/dist/playground/'))).to.deep.equal([]);
  });

  it('pins the CDN script with the integrity value the build wrote, and names the agency in the fallback', async function () {
    this.timeout(30000);
    const win = await openPlayground();
    const sri = (await (await fetch('/dist/care-choice.js.sri')).text()).trim();
    expect(sri).to.match(/^sha384-/);
    const code = () => win.document.querySelector<HTMLTextAreaElement>('#snippet')?.value ?? '';
    await until(win, () => code().includes('cdn.jsdelivr.net'), 'the embed code');
    expect(code()).to.contain(`integrity="${sri}" crossorigin="anonymous"`);
    const agency = win.document.querySelector<HTMLInputElement>('[name="agency-name"]')!;
    agency.value = 'Harbor Care Partners';
    agency.dispatchEvent(new Event('input', { bubbles: true }));
    await until(win, () => code().includes('Provided by Harbor Care Partners'), 'the agency named in the fallback');
  });
});
