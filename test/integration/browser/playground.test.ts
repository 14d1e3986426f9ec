import { expect } from '@open-wc/testing';
import { defaultConfigs } from '../../../src/engine/index.js';
import { parentAtHome } from '../../fixtures/answers.js';
import { QuizHarness } from '../../support/harness.js';
import { contrast, viewport } from '../../support/helpers.js';
import { closePages, openPage, until, widgetsReady } from '../../support/pages.js';

// The demo's theme playground, where agencies build their embed code, used as an agency would.

async function playground(): Promise<Window & typeof globalThis> {
  // The editor keeps its work in localStorage: each test starts from the default content.
  localStorage.removeItem('care-choice-editor');
  const frame = document.createElement('iframe');
  frame.style.width = '1200px';
  frame.style.height = '800px';
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  frame.src = '/demo/playground.html';
  document.body.append(frame);
  await loaded;
  const win = frame.contentWindow as Window & typeof globalThis;
  await until(win, () => win.document.getElementById('preview-quiz')?.shadowRoot?.querySelector('[part~="base"]'), 'the preview');
  return win;
}

function set(win: Window, name: string, value: string) {
  const field = win.document.querySelector<HTMLInputElement | HTMLSelectElement>(`[name="${name}"]`)!;
  field.value = value;
  field.dispatchEvent(new Event('input', { bubbles: true }));
  field.dispatchEvent(new Event('change', { bubbles: true }));
}

const rgb = (value: string) => value.match(/\d+/g)!.slice(0, 3).map(Number) as [number, number, number];

/** The package's version, as the CDN addresses must pin it. */
const pkg = { version: '' };

describe('theme playground', () => {
  before(async () => {
    pkg.version = ((await (await fetch('/package.json')).json()) as { version: string }).version;
    await viewport(1300, 900);
  });
  afterEach(closePages);

  it('Dark gives a dark preview with readable text, and the code sets only what the agency changed', async () => {
    const win = await playground();
    set(win, 'theme', 'dark');
    const quiz = win.document.getElementById('preview-quiz')!;
    await (quiz as unknown as { updateComplete: Promise<unknown> }).updateComplete;
    const base = win.getComputedStyle(quiz.shadowRoot!.querySelector('[part~="base"]')!);
    const heading = win.getComputedStyle(quiz.shadowRoot!.querySelector('#question-heading')!);
    expect(rgb(base.backgroundColor)).to.deep.equal([22, 27, 26]);
    expect(contrast(rgb(heading.color), rgb(base.backgroundColor))).to.be.at.least(4.5);
    const code = (win.document.getElementById('snippet') as HTMLTextAreaElement).value;
    expect(code).to.contain('theme="dark"');
    expect(code).not.to.contain('--care-choice-surface');
    // The colour fields show the dark scheme's colours, and a colour chosen now is a dark one.
    expect((win.document.querySelector('[name="surface"]') as HTMLInputElement).value).to.equal('#161b1a');
    set(win, 'accent', '#7fb3d5');
    const dark = (win.document.getElementById('snippet') as HTMLTextAreaElement).value;
    expect(dark).to.contain('--care-choice-dark-accent: #7fb3d5;');
    expect(dark).not.to.contain('--care-choice-accent:');
  });

  it('says on the page when the call-to-action link will not be shown, and leaves defaults out of the code', async () => {
    const win = await playground();
    const warning = win.document.getElementById('link-warning')!;
    set(win, 'cta-href', 'www.harbor.example/contact');
    expect(warning.textContent).to.contain('write https://www.harbor.example/contact');
    set(win, 'cta-href', 'tel:+15555550100');
    expect(warning.textContent).to.equal('');
    const code = (win.document.getElementById('snippet') as HTMLTextAreaElement).value;
    expect(code).not.to.match(/ lang="|theme="light"/);
  });

  it('warns when a colour pair is hard to read', async () => {
    const win = await playground();
    const warning = win.document.getElementById('contrast-warning')!;
    expect(warning.textContent!.trim()).to.equal('');
    set(win, 'accent', '#ffee00');
    await until(win, () => /contrast/i.test(warning.textContent!), 'the warning');
    expect(warning.textContent).to.match(/4\.5/);
    set(win, 'accent', '#0b4f6c');
    await until(win, () => warning.textContent!.trim() === '', 'the warning to clear');
  });

  it('offers the nearest passing colour, applies it with one press, and never copies a failing colour silently', async () => {
    const win = await playground();
    const warning = win.document.getElementById('contrast-warning')!;
    const fix = win.document.getElementById('contrast-fix') as HTMLButtonElement;
    const snippet = win.document.getElementById('snippet') as HTMLTextAreaElement;
    expect(fix.hidden).to.equal(true);
    set(win, 'accent', '#ffee00');
    await until(win, () => !fix.hidden, 'the fix button');
    // While the colour fails, the code says so at its top.
    expect(snippet.value).to.match(/^<!-- Warning: low contrast/);
    const offered = fix.textContent!.match(/#[0-9a-f]{6}/)![0];
    expect(offered).not.to.equal('#ffee00');
    // Same hue family, darker: a yellow becomes a dark yellow, not some other colour.
    const [r, g, b] = rgb(
      `rgb(${parseInt(offered.slice(1, 3), 16)},${parseInt(offered.slice(3, 5), 16)},${parseInt(offered.slice(5), 16)})`,
    );
    expect(r).to.be.greaterThan(b);
    expect(g).to.be.greaterThan(b);
    expect(contrast([r, g, b], [255, 255, 255])).to.be.at.least(4.5);
    fix.click();
    await until(win, () => warning.textContent!.trim() === '', 'the warning to clear');
    expect((win.document.querySelector('[name="accent"]') as HTMLInputElement).value).to.equal(offered);
    expect(win.document.activeElement).to.equal(win.document.querySelector('[name="accent"]'));
    expect(fix.hidden).to.equal(true);
    expect(snippet.value).to.contain(`--care-choice-accent: ${offered};`);
    expect(snippet.value).not.to.contain('Warning: low contrast');
    // A background too dark for the text: the fix moves the background the agency changed.
    set(win, 'surface', '#333333');
    await until(win, () => !fix.hidden, 'the fix button for the background');
    expect(fix.textContent).to.contain('background');
    fix.click();
    await until(win, () => warning.textContent!.trim() === '', 'the warning to clear again');
  });

  it("asks where the script lives: a pinned CDN address by default, the agency's own upload, never a placeholder", async () => {
    const win = await playground();
    const snippet = win.document.getElementById('snippet') as HTMLTextAreaElement;
    const copy = win.document.getElementById('copy') as HTMLButtonElement;
    const jsdelivr = `https://cdn.jsdelivr.net/npm/care-choice@${pkg.version}/dist/care-choice.js`;
    expect(snippet.value).to.contain(`<script src="${jsdelivr}" defer></script>`);
    expect(snippet.value).not.to.match(/your-site|example\/care-choice|put its address/);
    const choose = (value: string) => {
      const radio = win.document.querySelector<HTMLInputElement>(`[name="script-host"][value="${value}"]`)!;
      radio.click();
    };
    choose('unpkg');
    expect(snippet.value).to.contain(`<script src="https://unpkg.com/care-choice@${pkg.version}/dist/care-choice.js" defer></script>`);
    set(win, 'lang', 'es');
    expect(snippet.value).to.contain(`https://unpkg.com/care-choice@${pkg.version}/dist/care-choice.es.js`);
    // Own upload: no code until a real address is typed, and a reason on the page.
    choose('own');
    expect(snippet.value).to.equal('');
    expect(copy.disabled).to.equal(true);
    expect(win.document.getElementById('script-warning')!.textContent).to.contain('Type the address');
    set(win, 'script-url', 'https://your-site.example/care-choice.js');
    expect(snippet.value).to.equal('');
    expect(win.document.getElementById('script-warning')!.textContent).to.contain('example address');
    set(win, 'script-url', 'https://harbor-care.org/assets/care-choice.js');
    expect(copy.disabled).to.equal(false);
    expect(snippet.value).to.contain('<script src="https://harbor-care.org/assets/care-choice.js" defer></script>');
    expect(snippet.value).to.contain('<script src="https://harbor-care.org/assets/care-choice.es.js" defer></script>');
    expect(win.document.getElementById('script-warning')!.textContent).to.equal('');
  });

  it('copies embed code that runs as pasted: a fresh page with it (script address pointed at the local build) gives a working quiz', async function () {
    this.timeout(30000);
    const win = await playground();
    set(win, 'cta-href', 'tel:+15555550199');
    set(win, 'cta-label', 'Call Harbor');
    let copied = '';
    Object.defineProperty(win.navigator, 'clipboard', {
      value: { writeText: async (text: string) => void (copied = text) },
      configurable: true,
    });
    (win.document.getElementById('copy') as HTMLButtonElement).click();
    await until(win, () => copied, 'the copy');
    const cdn = `https://cdn.jsdelivr.net/npm/care-choice@${pkg.version}/dist/care-choice.js`;
    expect(copied.split(cdn).length).to.equal(2);
    // The one substitution: the CDN address becomes the local build of the same file.
    const page = await openPage(
      `<!doctype html><html lang="en"><head><meta charset="utf-8"><script>window.__errors = []; addEventListener('error', (e) => __errors.push(String(e.message)));</script></head><body>${copied.replace(cdn, '/dist/care-choice.js')}</body></html>`,
    );
    const [quiz] = await widgetsReady(page);
    expect(page.__errors).to.deep.equal([]);
    const result = await new QuizHarness(quiz as HTMLElement).completeWith(parentAtHome);
    expect(result?.heading).to.equal(defaultConfigs.en!.results['care-manager'].title);
    expect(result?.cta?.getAttribute('href')).to.equal('tel:+15555550199');
  });

  it('keeps the preview in view while the form scrolls, and can show the result screen', async () => {
    const win = await playground();
    expect(win.getComputedStyle(win.document.getElementById('preview')!).position).to.equal('sticky');
    (win.document.getElementById('show-result') as HTMLButtonElement).click();
    const quiz = win.document.getElementById('preview-quiz')!;
    await until(
      win,
      () => quiz.shadowRoot!.querySelector('care-choice-result')?.shadowRoot?.querySelector('[part~="heading"]'),
      'the result screen',
    );
  });

  it('writes embed code that carries the fallback content, with the call to action, in the chosen language', async () => {
    const win = await playground();
    set(win, 'cta-href', 'tel:+15555550199');
    set(win, 'cta-label', 'Call Harbor');
    let code = (win.document.getElementById('snippet') as HTMLTextAreaElement).value;
    const { quizFallback } = await import('../../../src/fallback/fallback-html.js');
    const { defaultConfigs } = await import('../../../src/engine/index.js');
    expect(code).to.contain(
      quizFallback(defaultConfigs.en!, { ctaHref: 'tel:+15555550199', ctaLabel: 'Call Harbor', agencyName: 'Your Agency' }),
    );
    expect(code).to.contain('<a href="tel:+15555550199">Call Harbor</a>');
    set(win, 'lang', 'es');
    code = (win.document.getElementById('snippet') as HTMLTextAreaElement).value;
    expect(code).to.contain('care-choice.es.js');
    expect(code).to.contain('¿Quién necesita los cuidados?');
  });

  it('has a styled copy button', async () => {
    const win = await playground();
    const copy = win.getComputedStyle(win.document.getElementById('copy')!);
    expect(parseFloat(copy.minHeight)).to.be.at.least(44);
    expect(rgb(copy.backgroundColor)).not.to.deep.equal([239, 239, 239]);
    expect(parseFloat(copy.borderTopLeftRadius)).to.be.greaterThan(0);
  });
});
