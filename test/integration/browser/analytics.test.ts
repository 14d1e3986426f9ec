import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { defaultConfigs, type Answers } from '../../../src/engine/index.js';
import { hospitalRecovery, parentAtHome } from '../../fixtures/answers.js';
import { QuizHarness, ResultHarness } from '../../support/harness.js';
import { closePages, openPage, pageWith, widgetsReady, type PageWindow } from '../../support/pages.js';

// analytics="datalayer": what reaches window.dataLayer during a visit, against the built
// dist/care-choice.js in a page like a site's. A page script stops the call-to-action link from
// navigating the test page away (its click still counts).

const en = defaultConfigs.en!;
type Page = PageWindow & { dataLayer?: Record<string, unknown>[] };

const HEAD = `<script>addEventListener('click', (e) => { if (e.composedPath().some((n) => n.localName === 'a')) e.preventDefault(); });</script>`;
const CTA = 'cta-href="/contact" agency-name="Harbor Care"';

async function page(snippet: string, head = '') {
  const win = (await openPage(pageWith(snippet, 'head', { head: HEAD + head }))) as Page;
  await widgetsReady(win);
  return win;
}

const quizIn = (win: Window, selector = 'care-choice-quiz') => new QuizHarness(win.document.querySelector<HTMLElement>(selector)!);

/** Everything a family could say in the quiz: question and option ids, labels, reasons. */
const answerWords = new Set(en.questions.flatMap((q) => [q.id, q.text, ...q.options.flatMap((o) => [o.id, o.label, o.reason])]));

/** The pushes of a full run with `answers` that ends in `result`: start, each step once, complete, lead. */
function fullRun(steps: number[], result: string) {
  return [
    { event: 'care_choice_start' },
    ...steps.map((total, i) => ({ event: 'care_choice_step', care_choice_step: i + 1, care_choice_total: total })),
    { event: 'care_choice_complete', care_choice_result: result },
    { event: 'generate_lead', care_choice_result: result },
  ];
}

async function runAndFollowCta(quiz: QuizHarness, answers: Answers) {
  const result = await quiz.completeWith(answers);
  result!.cta!.click();
  return result!;
}

describe('analytics="datalayer" (built script)', () => {
  afterEach(closePages);

  for (const [name, answers, totals, result] of [
    // "needs" takes three ticks (three answer events) and is pushed once.
    ['a parent at home', parentAtHome, [6, 6, 6, 6, 6, 6], 'care-manager'],
    // Answering "in hospital" shows one more question: the total follows.
    ['a hospital stay', hospitalRecovery, [6, 7, 7, 7, 7, 7, 7], 'case-manager'],
  ] as const) {
    it(`a full run (${name}) pushes exactly start, each step, complete and generate_lead`, async () => {
      const win = await page(`<care-choice-quiz analytics="datalayer" ${CTA}></care-choice-quiz>`);
      expect(win.dataLayer, 'nothing before the first answer').to.equal(undefined);
      await runAndFollowCta(quizIn(win), answers);
      expect(win.dataLayer).to.deep.equal(fullRun([...totals], result));
    });
  }

  it('pushes nothing, and creates no dataLayer, without the attribute', async () => {
    const win = await page(
      `<care-choice-quiz ${CTA}></care-choice-quiz><care-choice><care-choice-quiz ${CTA}></care-choice-quiz></care-choice>`,
    );
    await runAndFollowCta(quizIn(win), parentAtHome);
    await runAndFollowCta(quizIn(win, 'care-choice care-choice-quiz'), parentAtHome);
    expect('dataLayer' in win).to.equal(false);
  });

  it('never pushes an answer: only the documented keys, and no question, option or reason in any value', async () => {
    const win = await page(`<care-choice-quiz analytics="datalayer" ${CTA}></care-choice-quiz>`);
    const quiz = quizIn(win);
    const result = await runAndFollowCta(quiz, hospitalRecovery);
    await result.change('needs');
    await quiz.answer('needs', ['insurance']);
    await quiz.button('result-button')!.click();
    await quiz.settle();
    const keys = new Set(win.dataLayer!.flatMap((entry) => Object.keys(entry)));
    expect([...keys].sort()).to.deep.equal(['care_choice_result', 'care_choice_step', 'care_choice_total', 'event']);
    const values = win.dataLayer!.flatMap((entry) => Object.values(entry));
    expect(values.filter((value) => answerWords.has(String(value)))).to.deep.equal([]);
    expect(JSON.stringify(win.dataLayer)).to.not.match(/insurance|recovery-plan|in-hospital|myself/);
  });

  it('adds to the page’s own dataLayer (and its push, as Google Tag Manager replaces it)', async () => {
    const win = await page(
      `<care-choice-quiz analytics="datalayer"></care-choice-quiz>`,
      `<script>window.dataLayer = [{ event: 'gtm.js' }]; window.__seen = []; dataLayer.push = function (entry) { __seen.push(entry.event); return Array.prototype.push.call(this, entry); };</script>`,
    );
    await quizIn(win).answer('for-whom', ['myself']);
    expect(win.dataLayer!.map((entry) => entry.event)).to.deep.equal(['gtm.js', 'care_choice_start', 'care_choice_step']);
    expect((win as unknown as { __seen: string[] }).__seen).to.deep.equal(['care_choice_start', 'care_choice_step']);
  });

  it('changing an answer, or arrowing through the options, pushes no step again', async () => {
    const win = await page(`<care-choice-quiz analytics="datalayer"></care-choice-quiz>`);
    const quiz = quizIn(win);
    await quiz.answer('for-whom', ['myself']);
    await quiz.answer('for-whom', ['partner']);
    quiz.element.shadowRoot!.querySelector<HTMLInputElement>('input:checked')!.focus();
    await sendKeys({ press: 'ArrowDown' });
    await quiz.settle();
    expect(quiz.checked).to.deep.equal(['someone-else']);
    await quiz.next();
    await quiz.answer('situation', ['at-home']);
    await quiz.back();
    await quiz.answer('for-whom', ['myself']);
    expect(win.dataLayer!.map((entry) => entry.event)).to.deep.equal(['care_choice_start', 'care_choice_step', 'care_choice_step']);
  });

  it('Start over begins a new run: start and step 1 are pushed again', async () => {
    const win = await page(`<care-choice-quiz analytics="datalayer"></care-choice-quiz>`);
    const quiz = quizIn(win);
    const result = await quiz.completeWith(parentAtHome);
    win.dataLayer!.length = 0;
    await result!.restart();
    await quiz.answer('for-whom', ['myself']);
    expect(win.dataLayer).to.deep.equal([
      { event: 'care_choice_start' },
      { event: 'care_choice_step', care_choice_step: 1, care_choice_total: 6 },
    ]);
  });

  it('makes no network request', async () => {
    // Requests the page's own APIs would make are recorded as they are made; anything else that
    // loads shows up as a resource timing entry.
    const win = await page(
      `<care-choice-quiz analytics="datalayer" ${CTA}></care-choice-quiz>`,
      `<script>
        window.__requests = [];
        const record = (kind) => (...args) => { __requests.push(kind + ' ' + String(args[0] ?? args[1])); };
        const fetch0 = fetch, beacon0 = navigator.sendBeacon.bind(navigator), open0 = XMLHttpRequest.prototype.open;
        window.fetch = (...args) => (record('fetch')(...args), fetch0(...args));
        navigator.sendBeacon = (...args) => (record('beacon')(...args), beacon0(...args));
        XMLHttpRequest.prototype.open = function (...args) { record('xhr')(args[1]); return open0.apply(this, args); };
      </script>`,
    );
    const before = win.performance.getEntriesByType('resource').length;
    await runAndFollowCta(quizIn(win), parentAtHome);
    expect(win.dataLayer).to.have.length(9);
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect((win as unknown as { __requests: string[] }).__requests).to.deep.equal([]);
    expect(
      win.performance
        .getEntriesByType('resource')
        .map((entry) => entry.name)
        .slice(before),
    ).to.deep.equal([]);
  });

  describe('inside a provider', () => {
    const layout = (provider: string, quiz: string) => `<care-choice ${provider}>
      <care-choice-quiz no-result ${quiz}></care-choice-quiz>
      <care-choice-result ${CTA}></care-choice-result>
    </care-choice>`;

    async function run(win: Page) {
      await quizIn(win).completeWith(parentAtHome);
      const card = new ResultHarness(win.document.querySelector('care-choice-result')!);
      await card.settle();
      card.cta!.click();
    }

    it('on the provider: every element inside is counted, the result card’s call to action too', async () => {
      const win = await page(layout('analytics="datalayer"', ''));
      await run(win);
      expect(win.dataLayer).to.deep.equal(fullRun([6, 6, 6, 6, 6, 6], 'care-manager'));
    });

    it('on the provider and the quiz: each action is pushed once', async () => {
      const win = await page(layout('analytics="datalayer"', 'analytics="datalayer"'));
      await run(win);
      expect(win.dataLayer).to.deep.equal(fullRun([6, 6, 6, 6, 6, 6], 'care-manager'));
    });

    it('on the quiz only: its own actions, not a call to action outside it', async () => {
      const win = await page(layout('', 'analytics="datalayer"'));
      await run(win);
      expect(win.dataLayer).to.deep.equal(fullRun([6, 6, 6, 6, 6, 6], 'care-manager').slice(0, -1));
    });

    it('on the quiz only: Start over on the result card outside it begins a new run too', async () => {
      const win = await page(layout('', 'analytics="datalayer"'));
      await run(win);
      win.dataLayer!.length = 0;
      await new ResultHarness(win.document.querySelector('care-choice-result')!).restart();
      await quizIn(win).answer('for-whom', ['myself']);
      expect(win.dataLayer!.map((entry) => entry.event)).to.deep.equal(['care_choice_start', 'care_choice_step']);
    });
  });

  it('a popup quiz pushes the same as an inline one', async () => {
    const win = await page(`<care-choice-quiz mode="popup" analytics="datalayer" ${CTA}></care-choice-quiz>`);
    const quiz = quizIn(win);
    quiz.button('trigger')!.click();
    await runAndFollowCta(quiz, parentAtHome);
    expect(win.dataLayer).to.deep.equal(fullRun([6, 6, 6, 6, 6, 6], 'care-manager'));
  });
});
