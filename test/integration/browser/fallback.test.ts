import { expect } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import { defaultConfigs } from '../../../src/engine/index.js';
import { quizFallback, tableFallback } from '../../../src/fallback/fallback-html.js';
import { QuizHarness } from '../../support/harness.js';
import { itExceptIn } from '../../support/helpers.js';
import { closePages, frames, until, widgetsReady } from '../../support/pages.js';

// Content before the script: the fallback markup from dist/snippets (what the WordPress plugin
// prints and the playground's embed code carries) read without JavaScript, replaced without a
// jump, and answered before the script arrives.

const en = defaultConfigs.en!;
// Layout shifts are measured with the Layout Instability API, which only Chromium has.
const NO_LAYOUT_SHIFT_API = 'the browser has no Layout Instability API (layout-shift entries) to measure with';
const itMeasuresShifts = itExceptIn({ firefox: NO_LAYOUT_SHIFT_API, webkit: NO_LAYOUT_SHIFT_API });
const snippet = async (tag: string, lang = 'en') => (await fetch(`/dist/snippets/${tag}.${lang}.html`)).text();
const CTA = '<p><a href="tel:+15555550123">Call us: 555-0123</a></p>';

/** A phone-sized page; `sandbox` without allow-scripts turns JavaScript off in it. */
async function open(html: string, { scripts = true, width = 390, height = 700 } = {}) {
  const frame = document.createElement('iframe');
  frame.style.width = `${width}px`;
  frame.style.height = `${height}px`;
  if (!scripts) frame.setAttribute('sandbox', 'allow-same-origin');
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  frame.srcdoc = html;
  document.body.append(frame);
  await loaded;
  return frame.contentWindow as Window & typeof globalThis & { __shifts: number[] };
}

const SHIFTS = `<script>window.__shifts = []; new PerformanceObserver((l) => { for (const e of l.getEntries()) if (!e.hadRecentInput) __shifts.push(e.value); }).observe({ type: 'layout-shift', buffered: true });</script>`;
const article = Array.from(
  { length: 10 },
  (_, i) => `<p>Paragraph ${i + 1} of the article, about caring for a parent after a hospital stay and where families find help.</p>`,
).join('');

async function pageWithFallback(head = '') {
  const quiz = (await snippet('care-choice-quiz')).replace('<!--care-choice-cta-->', CTA);
  const table = await snippet('care-compare-table');
  return `<!doctype html><html lang="en"><head><meta charset="utf-8">${SHIFTS}${head}<style>body{margin:0;padding:8px;font:16px/1.5 Georgia,serif}</style></head><body>
    <h1>Case manager or care manager?</h1>
    <care-choice-quiz cta-href="tel:+15555550123" cta-label="Call us: 555-0123" agency-name="Harbor">${quiz}</care-choice-quiz>
    <p>How they differ:</p>
    <care-compare-table>${table}</care-compare-table>${article}</body></html>`;
}

/** Loads the drop-in script into a page, as a site's footer or a slow network delivers it. */
async function loadScript(win: Window) {
  const script = win.document.createElement('script');
  const loaded = new Promise((resolve) => script.addEventListener('load', resolve, { once: true }));
  script.src = '/dist/care-choice.js';
  win.document.body.append(script);
  await loaded;
  await widgetsReady(win);
  await frames(win, 3);
}

describe('fallback content (built files)', () => {
  afterEach(closePages);

  it('with JavaScript off, the table reads in full and the quiz shows its intro, the no-script sentence and the call to action', async () => {
    const win = await open(await pageWithFallback('<script src="/dist/care-choice.js"></script>'), { scripts: false });
    const doc = win.document;
    expect(win.customElements.get('care-compare-table'), 'no script ran').to.equal(undefined);
    const shown = (el: Element | null) => !!el && el.getBoundingClientRect().height > 0;
    const table = doc.querySelector('care-compare-table table')!;
    expect(shown(table)).to.equal(true);
    expect(table.querySelector('caption')!.textContent).to.equal(en.table.caption);
    expect([...table.querySelectorAll('tbody th[scope="row"]')].map((th) => th.textContent)).to.deep.equal(
      en.table.rows.map((row) => row.label),
    );
    expect([...table.querySelectorAll('thead th[scope="col"]')].map((th) => th.textContent)).to.deep.equal([
      en.professions.caseManager.name,
      en.professions.careManager.name,
    ]);
    const quiz = doc.querySelector('care-choice-quiz')!;
    expect(shown(quiz.querySelector('h2'))).to.equal(true);
    expect(quiz.querySelector('h2')!.textContent).to.equal(en.strings['quiz.intro.title']);
    expect(quiz.textContent).to.contain(en.strings['quiz.no-script']);
    expect(quiz.querySelector('legend')!.textContent).to.equal(en.questions[0]!.text);
    const cta = quiz.querySelector('a')!;
    expect(shown(cta)).to.equal(true);
    expect(cta.getAttribute('href')).to.equal('tel:+15555550123');
  });

  itMeasuresShifts('the script replaces the fallback in place: no layout shift above 0.05 (on a phone-slow CPU)', async () => {
    const win = await open(await pageWithFallback());
    await frames(win, 3);
    await executeServerCommand('cpu-throttle', { rate: 4 });
    try {
      await loadScript(win);
    } finally {
      await executeServerCommand('cpu-throttle', { rate: 1 });
    }
    const cls = win.__shifts.reduce((sum, value) => sum + value, 0);
    expect(cls, `layout shift ${cls.toFixed(3)}`).to.be.below(0.05);
    // The widgets rendered, and the fallback is still in the page for feeds and reader modes.
    expect(win.document.querySelector('care-compare-table')!.shadowRoot!.querySelector('table')).to.exist;
    expect(win.document.querySelector('care-compare-table > table')).to.exist;
  });

  itMeasuresShifts('with the script in <head> and no fallback, the widgets render before the first paint: no layout shift', async () => {
    // The bare two-line snippet, script first: the elements upgrade as they are parsed, so their
    // first render must come before the page first paints, or the text below them jumps.
    await executeServerCommand('cpu-throttle', { rate: 4 });
    let win;
    try {
      win = await open(
        `<!doctype html><html lang="en"><head><meta charset="utf-8">${SHIFTS}<script src="/dist/care-choice.js"></script><style>body{margin:0;padding:8px;font:16px/1.5 Georgia,serif}</style></head><body>
        <h1>Case manager or care manager?</h1><care-choice-quiz cta-href="tel:+15555550123" agency-name="Harbor"></care-choice-quiz>
        <p>How they differ:</p><care-compare-table></care-compare-table>${article}</body></html>`,
      );
      await widgetsReady(win);
      await frames(win, 3);
    } finally {
      await executeServerCommand('cpu-throttle', { rate: 1 });
    }
    const cls = win.__shifts.reduce((sum, value) => sum + value, 0);
    expect(cls, `layout shift ${cls.toFixed(3)}`).to.be.below(0.05);
  });

  it('an answer picked in the fallback before the script arrives is kept', async () => {
    const win = await open(await pageWithFallback());
    win.document.querySelector<HTMLInputElement>('care-choice-quiz input[value="older-relative"]')!.click();
    await loadScript(win);
    const quiz = new QuizHarness(win.document.querySelector('care-choice-quiz')!);
    await quiz.settle();
    expect(quiz.questionId).to.equal('for-whom');
    expect(quiz.checked).to.deep.equal(['older-relative']);
  });

  it('moved after that answer was changed in the quiz (as page builders move it), the new answer stays (#22)', async () => {
    const win = await open(await pageWithFallback());
    win.document.querySelector<HTMLInputElement>('care-choice-quiz input[value="older-relative"]')!.click();
    await loadScript(win);
    const element = win.document.querySelector<HTMLElement>('care-choice-quiz')!;
    const quiz = new QuizHarness(element);
    await quiz.settle();
    await quiz.answer('for-whom', ['partner']);
    element.remove();
    win.document.body.append(element);
    await quiz.settle();
    expect(quiz.questionId).to.equal('for-whom');
    expect(quiz.checked).to.deep.equal(['partner']);
  });

  itMeasuresShifts('scrolling down to widgets that were off screen does not make the page jump', async () => {
    const win = await open((await pageWithFallback()).replace('<h1>', `${article}${article}<h1>`), { height: 600 });
    await loadScript(win);
    const before = win.__shifts.length;
    for (let y = 0; y < win.document.documentElement.scrollHeight; y += 300) {
      win.scrollTo(0, y);
      await frames(win, 2);
    }
    const cls = win.__shifts.slice(before).reduce((sum, value) => sum + value, 0);
    expect(cls, `layout shift while scrolling ${cls.toFixed(3)}`).to.be.below(0.05);
  });

  it("an off-screen table keeps its fallback's height until it is laid out, not a generic placeholder", async () => {
    const win = await open((await pageWithFallback()).replace('<h1>', `${article}${article}${article}<h1>`), { height: 500 });
    const table = win.document.querySelector('care-compare-table')!;
    const before = table.getBoundingClientRect().height;
    expect(before).to.be.greaterThan(800);
    await loadScript(win);
    expect(table.getBoundingClientRect().top, 'the table is still off screen').to.be.greaterThan(win.innerHeight);
    // The fallback's own height (WebKit lays it out 16 px taller), not the 384 px placeholder.
    expect(Math.abs(table.getBoundingClientRect().height - before), 'height of the off-screen table').to.be.below(24);
  });

  it('keyboard focus on a fallback answer moves to the same answer in the quiz', async () => {
    const win = await open(await pageWithFallback());
    const radio = win.document.querySelector<HTMLInputElement>('care-choice-quiz input[value="partner"]')!;
    radio.focus();
    radio.click();
    await loadScript(win);
    const quiz = win.document.querySelector('care-choice-quiz')!;
    await until(win, () => quiz.shadowRoot!.activeElement, 'focus inside the quiz');
    expect((quiz.shadowRoot!.activeElement as HTMLInputElement).value).to.equal('partner');
  });

  it('matches the current content: the snippet files are the generator output, and say what the elements render', async () => {
    for (const lang of ['en', 'es']) {
      const config = lang === 'en' ? en : (await import('../../../src/lang/es.js'), defaultConfigs.es!);
      expect(await snippet('care-compare-table', lang), `care-compare-table.${lang}.html`).to.equal(`${tableFallback(config)}\n`);
      expect(await snippet('care-choice-quiz', lang), `care-choice-quiz.${lang}.html`).to.equal(`${quizFallback(config)}\n`);
    }
    // Same words in the fallback table and in the rendered one.
    const win = await open(
      `<!doctype html><html lang="en"><body><script src="/dist/care-choice.js"></script><care-compare-table style="width:900px">${await snippet('care-compare-table')}</care-compare-table></body></html>`,
      { width: 960 },
    );
    const [table] = await widgetsReady(win);
    await until(win, () => table!.shadowRoot!.querySelector('tbody td'), 'the rendered table');
    // Each cell's words, without the label the stacked layout shows above a cell.
    const words = (cell: Element) => {
      const copy = cell.cloneNode(true) as Element;
      copy.querySelector('.cell-label')?.remove();
      return (
        [...copy.querySelectorAll('li')].map((li) => li.textContent!.trim()).join(' | ') || copy.textContent!.replace(/\s+/g, ' ').trim()
      );
    };
    const cells = (root: ParentNode) =>
      [...root.querySelectorAll('tbody tr')].map((tr) => [...tr.querySelectorAll(':scope > th, :scope > td')].map(words));
    expect(cells(table!.shadowRoot!)).to.deep.equal(cells(table!.querySelector(':scope > table')!));
  });
});
