import { expect } from '@open-wc/testing';
import type { AxeResults } from 'axe-core';
import { closePages, openPage, pageWith, until, widgetsReady, type PageWindow } from '../../support/pages.js';

// The documentation site as built (`npm run build` writes dist/docs/): every page opened as a
// visitor would, its live examples rendered by the built script beside it, and axe run on the whole
// page. And the integrity value the build writes: a browser accepts the script with it, and refuses
// a script whose bytes do not match.

type DocsPage = { file: string; page: string; title: string };
/** The pages, read before the tests are declared (one test per page), so synchronously. */
function readPages(): DocsPage[] {
  const request = new XMLHttpRequest();
  request.open('GET', '/docs/pages.json', false);
  request.send();
  return JSON.parse(request.responseText);
}
const pages = readPages();

/** Opens a built page of the site in an iframe; resolves once it has loaded. */
async function openSitePage(page: string): Promise<PageWindow> {
  const frame = document.createElement('iframe');
  frame.style.width = '1000px';
  frame.style.height = '800px';
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  frame.src = `/dist/docs/${page}`;
  document.body.append(frame);
  await loaded;
  return frame.contentWindow as PageWindow;
}

/** Axe, loaded into the page itself, on its whole document. */
async function axeOn(win: Window): Promise<AxeResults> {
  const script = win.document.createElement('script');
  const loaded = new Promise((resolve, reject) => {
    script.addEventListener('load', resolve, { once: true });
    script.addEventListener('error', reject, { once: true });
  });
  script.src = '/node_modules/axe-core/axe.min.js';
  win.document.head.append(script);
  await loaded;
  const axe = (win as unknown as { axe: typeof import('axe-core') }).axe;
  return axe.run(win.document, { resultTypes: ['violations'] });
}

describe('the documentation site (dist/docs, built script)', () => {
  afterEach(closePages);

  it('has every page of docs/pages.json', async () => {
    expect(pages.length).to.be.at.least(14);
    for (const { page } of pages) expect((await fetch(`/dist/docs/${page}`)).ok, page).to.equal(true);
  });

  for (const { page, title } of pages) {
    it(`${page}: its live examples render, and axe finds nothing`, async function () {
      this.timeout(30000);
      const win = await openSitePage(page);
      expect(win.document.title).to.equal(`${title} · care-choice`);
      expect(win.document.querySelector('main h1'), 'a heading').to.not.equal(null);
      if (win.document.querySelector('.live')) {
        await until(win, () => win.customElements.get('care-choice-quiz'), 'the built script');
        await widgetsReady(win);
      }
      const results = await axeOn(win);
      expect(results.violations.map((v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).to.deep.equal(
        [],
      );
    });
  }
});

describe('Subresource Integrity (dist/care-choice.js.sri)', () => {
  afterEach(closePages);

  const withIntegrity = (value: string) =>
    pageWith('<care-choice-quiz agency-name="Harbor Care Partners" cta-href="/contact"></care-choice-quiz>', 'head').replace(
      '<script src="/dist/care-choice.js">',
      // The file as built (the test server re-prints the .js files it serves under /dist/).
      `<script src="/untransformed/dist/care-choice.js" integrity="${value}" crossorigin="anonymous">`,
    );

  it('the browser runs the script with the value the build wrote', async () => {
    const sri = (await (await fetch('/dist/care-choice.js.sri')).text()).trim();
    expect(sri).to.match(/^sha384-[A-Za-z0-9+/]{64}$/);
    const win = await openPage(withIntegrity(sri));
    const [quiz] = await widgetsReady(win);
    expect(quiz!.shadowRoot!.querySelector('#question-heading')!.textContent).to.equal('Who needs care?');
  });

  it('and refuses it when a byte differs (a value for other content)', async () => {
    const other = (await (await fetch('/dist/care-choice.es.js.sri')).text()).trim();
    const win = await openPage(withIntegrity(other));
    // The refused script never runs; wait past the load event and a few frames.
    await new Promise((resolve) => (win.document.readyState === 'complete' ? resolve(null) : win.addEventListener('load', resolve)));
    for (let i = 0; i < 5; i++) await new Promise((resolve) => win.requestAnimationFrame(resolve));
    expect(win.customElements.get('care-choice-quiz')).to.equal(undefined);
  });
});
