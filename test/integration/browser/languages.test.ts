import { expect } from '@open-wc/testing';
import { defaultConfigs } from '../../../src/engine/index.js';
import { es } from '../../../src/engine/texts/es.js';
import { parentAtHome } from '../../fixtures/answers.js';
import { QuizHarness } from '../../support/harness.js';
import { closePages, frames, openPage, until, widgetsReady, type PageWindow } from '../../support/pages.js';

// The Spanish pack (dist/care-choice.es.js) beside the main script, in every order a site loads
// them, on the built files.

const en = defaultConfigs.en!;
const RECORDER = `<script>
  window.__errors = []; window.__warnings = [];
  addEventListener('error', (e) => __errors.push(String(e.message)));
  const warn = console.warn; console.warn = (...a) => { __warnings.push(a.join(' ')); warn.apply(console, a); };
</script>`;
const MAIN = (extra = '') => `<script src="/dist/care-choice.js"${extra}></script>`;
const PACK = (extra = '') => `<script src="/dist/care-choice.es.js"${extra}></script>`;
const QUIZ = '<care-choice-quiz lang="es"></care-choice-quiz>';

const page = (head: string, body = QUIZ) =>
  openPage(`<!doctype html><html lang="en"><head><meta charset="utf-8">${RECORDER}${head}</head><body>${body}</body></html>`);

async function speaksSpanish(win: PageWindow) {
  await widgetsReady(win);
  const quiz = new QuizHarness(win.document.querySelector('care-choice-quiz')!);
  await until(win, () => quiz.heading === (es.questions as { text: string }[])[0]!.text, 'the Spanish first question');
  expect(quiz.element.shadowRoot!.querySelector('[part~="base"]')!.getAttribute('lang')).to.equal('es');
  await quiz.answer('for-whom', ['myself']);
  await quiz.next();
  expect(quiz.buttons.slice(0, 2)).to.deep.equal(['Atrás', 'Siguiente']);
  expect(win.__errors).to.deep.equal([]);
  expect(win.__warnings.filter((w) => w.startsWith('care-choice'))).to.deep.equal([]);
}

describe('the Spanish pack in every load order (built files)', () => {
  afterEach(closePages);

  const orders: [string, string, string?][] = [
    ['pack before the main script', PACK() + MAIN()],
    ['pack after the main script', MAIN() + PACK()],
    ['both defer, pack first', PACK(' defer') + MAIN(' defer')],
    ['both defer, main first', MAIN(' defer') + PACK(' defer')],
    ['both async', MAIN(' async') + PACK(' async')],
    ['pack twice', PACK() + MAIN() + PACK()],
    ['main as a module', PACK() + MAIN(' type="module"')],
    ['both at the end of the body', '', `${QUIZ}${MAIN()}${PACK()}`],
  ];
  for (const [name, head, body] of orders) {
    it(`${name}: the quiz speaks Spanish, no warning`, async () => {
      await speaksSpanish(await page(head, body));
    });
  }

  it('a pack that arrives after the visitor started switches the quiz to Spanish, keeping the answers', async () => {
    const win = await page(MAIN());
    const quiz = new QuizHarness((await widgetsReady(win))[0] as HTMLElement);
    expect(quiz.heading).to.equal(en.questions[0]!.text);
    await quiz.answer('for-whom', ['partner']);
    await quiz.next();
    const script = win.document.createElement('script');
    script.src = '/dist/care-choice.es.js';
    win.document.head.append(script);
    await until(win, () => quiz.buttons.includes('Atrás'), 'Spanish');
    await quiz.back();
    expect(quiz.checked).to.deep.equal(['partner']);
    const result = await quiz.completeWith(parentAtHome);
    expect(result!.heading).to.equal((es.results as Record<string, { title: string }>)['care-manager']!.title);
  });

  it('both scripts added by the page after it loaded: Spanish, and no false warning about the pack', async () => {
    // The page's clock for the widget's 2 s wait: the test runs it when it chooses, never sleeps.
    const win = (await page(
      `<script>window.__delayed = []; const set = setTimeout;
        window.setTimeout = (fn, ms, ...rest) => (ms === 2000 ? __delayed.push(fn) : set(fn, ms, ...rest));</script>`,
      QUIZ,
    )) as PageWindow & { __delayed: (() => void)[] };
    for (const src of ['/dist/care-choice.js', '/dist/care-choice.es.js']) {
      const script = win.document.createElement('script');
      script.src = src;
      win.document.head.append(script);
      await new Promise((resolve) => script.addEventListener('load', resolve, { once: true }));
    }
    await speaksSpanish(win);
    expect(win.__delayed, 'the wait for a pack being added').to.have.length(1);
    win.__delayed.forEach((run) => run());
    expect(win.__warnings.filter((w) => w.startsWith('care-choice'))).to.deep.equal([]);
  });

  it('lang="es" without the pack: English, marked lang="en", and one warning naming the file to add', async () => {
    const win = await page(MAIN(), `${QUIZ}${QUIZ}`);
    await widgetsReady(win);
    await frames(win, 4);
    const quiz = new QuizHarness(win.document.querySelector('care-choice-quiz')!);
    expect(quiz.heading).to.equal(en.questions[0]!.text);
    expect(quiz.element.shadowRoot!.querySelector('[part~="base"]')!.getAttribute('lang')).to.equal('en');
    const warnings = win.__warnings.filter((w) => w.startsWith('care-choice'));
    expect(warnings).to.have.length(1);
    expect(warnings[0]).to.contain('care-choice.es.js');
  });

  it('a pack from another release is refused with one warning that names both files, and the quiz stays English', async () => {
    // The built pack with the fingerprint of another English (what an older or newer release has).
    const other = (await (await fetch('/dist/care-choice.es.js')).text()).replace(/layout:-?\d+/, 'layout:12345');
    expect(other).to.contain('layout:12345');
    const win = await page(`${MAIN()}<script>${other}</script>`);
    const quiz = new QuizHarness((await widgetsReady(win))[0] as HTMLElement);
    await quiz.settle();
    expect(quiz.heading).to.equal(en.questions[0]!.text);
    const warnings = win.__warnings.filter((w) => w.startsWith('care-choice'));
    expect(warnings[0]).to.match(
      /language pack cannot be used[\s\S]*care-choice\.es\.js is from another version than care-choice\.js; use both files from the same release/,
    );
    // Said in words, without the "Error:" of a thrown error's string.
    expect(warnings[0]).not.to.contain('Error:');
    expect(win.__errors).to.deep.equal([]);
  });

  it('an agency can ship its own pack the same way (French here), or a broken one is named', async () => {
    const french = {
      lang: 'fr',
      questions: [{ id: 'for-whom', text: 'Qui a besoin de soins ?' }],
      strings: { 'quiz.next': 'Suivant', 'quiz.back': 'Retour' },
    };
    const win = await page(
      `${MAIN()}<script>(window.careChoiceLanguages = window.careChoiceLanguages || []).push(${JSON.stringify(french)}, { lang: 'de', questions: 'kaputt' });</script>`,
      '<care-choice-quiz lang="fr"></care-choice-quiz>',
    );
    const quiz = new QuizHarness((await widgetsReady(win))[0] as HTMLElement);
    expect(quiz.heading).to.equal('Qui a besoin de soins ?');
    expect(quiz.buttons).to.include('Suivant');
    const warnings = win.__warnings.filter((w) => w.startsWith('care-choice'));
    expect(warnings).to.have.length(1);
    expect(warnings[0]).to.match(/language pack cannot be used[\s\S]*questions: must be an array/);
  });

  it('packs pushed after load are registered each on its own: a bad one warns, never throws, the good one works (#22)', async () => {
    const win = await page(MAIN(), '');
    const french = { lang: 'fr', questions: [{ id: 'for-whom', text: 'Qui a besoin de soins ?' }] };
    const unreadable = {
      get lang(): string {
        throw new Error('unreadable');
      },
    };
    const queue = (win as unknown as { careChoiceLanguages: unknown[] }).careChoiceLanguages;
    expect(() => queue.push(unreadable, { lang: 'de', questions: 'kaputt' }, french)).not.to.throw();
    win.document.body.insertAdjacentHTML('beforeend', '<care-choice-quiz lang="fr"></care-choice-quiz>');
    const quiz = new QuizHarness((await widgetsReady(win))[0] as HTMLElement);
    await quiz.settle();
    expect(quiz.heading).to.equal('Qui a besoin de soins ?');
    const warnings = win.__warnings.filter((w) => w.startsWith('care-choice'));
    expect(warnings).to.have.length(2);
    expect(warnings[0]).to.match(/language pack cannot be used[\s\S]*unreadable/);
    expect(warnings[1]).to.match(/language pack cannot be used[\s\S]*questions: must be an array/);
    expect(win.__errors).to.deep.equal([]);
  });
});
