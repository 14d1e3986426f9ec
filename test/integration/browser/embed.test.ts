import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { defaultConfigs, evaluate, type Answers } from '../../../src/engine/index.js';
import { firstOptions, parentAtHome } from '../../fixtures/answers.js';
import { QuizHarness } from '../../support/harness.js';
import { engine } from '../../support/helpers.js';

// Every check here runs against the built dist/care-choice.js, loaded by a page the way a site
// loads it. Test names start with the page, so a failure says which page and which check.

const en = defaultConfigs.en!;

type PageWindow = Window & { __violations: string[]; __errors: string[]; __events: { type: string; detail: any }[]; __renders: number };

async function open(src: string, { width = 800, sandbox }: { width?: number; sandbox?: string } = {}) {
  const frame = document.createElement('iframe');
  frame.style.width = `${width}px`;
  frame.style.height = '700px';
  if (sandbox !== undefined) frame.setAttribute('sandbox', sandbox);
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  frame.src = src;
  document.body.append(frame);
  await loaded;
  return frame;
}

const win = (frame: HTMLIFrameElement) => frame.contentWindow as PageWindow;

async function frames(w: Window, count = 2) {
  for (let i = 0; i < count; i++) await new Promise((r) => w.requestAnimationFrame(r));
  await new Promise((r) => w.setTimeout(r, 0));
}

async function until(w: Window, check: () => unknown, what: string) {
  for (let i = 0; i < 200; i++) {
    if (check()) return;
    await frames(w, 1);
  }
  throw new Error(`timed out waiting for ${what}`);
}

const heading = (quiz: Element) => quiz.shadowRoot!.querySelector('#question-heading')?.textContent?.trim() ?? '';
const resultOf = (quiz: Element) => quiz.shadowRoot!.querySelector('care-choice-result');

const careManagerTitle = en.results['care-manager'].title;

/** Answers a family caring for a parent at home would give, through the page's quiz; the result heading. */
async function completeQuiz(w: Window, quiz: Element) {
  await until(w, () => quiz.shadowRoot?.querySelector('input'), 'a question');
  const result = await new QuizHarness(quiz as HTMLElement).completeWith(parentAtHome);
  return result?.heading ?? '';
}

function visible(el: Element) {
  const style = el.ownerDocument.defaultView!.getComputedStyle(el);
  const box = el.getBoundingClientRect();
  return style.display !== 'none' && style.visibility !== 'hidden' && box.width > 0 && box.height > 0;
}

describe('embed robustness (built script)', () => {
  afterEach(() => document.querySelectorAll('iframe').forEach((f) => f.remove()));

  it('strict CSP + Trusted Types page: the quiz completes with no violation', async () => {
    const frame = await open('/test/pages/csp.html');
    const w = win(frame);
    const quiz = w.document.querySelector('care-choice-quiz')!;
    await until(w, () => heading(quiz), 'the first question');
    expect(await completeQuiz(w, quiz)).to.equal(careManagerTitle);
    const table = w.document.querySelector('care-compare-table')!;
    expect(table.shadowRoot!.querySelectorAll('tbody tr').length).to.equal(en.table.rows.length);
    expect(w.__violations).to.deep.equal([]);
    expect(w.__errors).to.deep.equal([]);
    // The policy really is in force: HTML from a string is refused without a Trusted Types policy
    // (Chromium and WebKit: "…requires 'TrustedHTML' assignment", Firefox: "Sink type mismatch…").
    expect(() => w.document.body.insertAdjacentHTML('beforeend', '<p>x</p>')).to.throw(/TrustedHTML|Sink type mismatch/);
    expect(w.document.body.querySelector(':scope > p')).to.equal(null);
  });

  it('hostile theme CSS page: the quiz stays usable and the table readable', async () => {
    const frame = await open('/test/pages/hostile.html');
    const w = win(frame);
    const quiz = w.document.querySelector('care-choice-quiz')!;
    const table = w.document.querySelector('care-compare-table')!;
    await until(w, () => heading(quiz) && table.shadowRoot?.querySelector('td'), 'the widgets');
    expect(visible(quiz.shadowRoot!.querySelector('[part~="next-button"]')!)).to.equal(true);
    expect(visible(quiz.shadowRoot!.querySelector('input')!)).to.equal(true);
    expect(visible(table.shadowRoot!.querySelector('table')!)).to.equal(true);
    expect(visible(table.shadowRoot!.querySelector('td')!)).to.equal(true);
    expect(w.getComputedStyle(quiz).boxSizing).to.equal('border-box');
    expect(await completeQuiz(w, quiz)).to.equal(careManagerTitle);
    expect(w.__errors).to.deep.equal([]);
  });

  it('script included four ways (classic twice, defer, module): no errors, one working provider', async () => {
    const frame = await open('/test/pages/twice.html');
    const w = win(frame);
    await until(w, () => w.document.querySelector('care-choice-quiz')?.shadowRoot?.querySelector('input'), 'the quiz');
    const quiz = w.document.querySelector('care-choice-quiz')!;
    const result = w.document.querySelector('care-choice-result')!;
    expect(await completeQuiz(w, quiz)).to.equal('');
    await until(w, () => result.shadowRoot!.querySelector('[part~="heading"]'), 'the shared result');
    expect(result.shadowRoot!.querySelector('[part~="heading"]')!.textContent).to.equal(careManagerTitle);
    expect(w.__errors).to.deep.equal([]);
  });

  it('sandboxed iframe without allow-same-origin, with persist: storage throws and the quiz still works', async () => {
    const messages: unknown[] = [];
    const listener = (e: MessageEvent) => e.data && typeof e.data === 'object' && 'storage' in e.data && messages.push(e.data);
    window.addEventListener('message', listener);
    const page = `<!doctype html><html lang="en"><body>
      <script src="${location.origin}/dist/care-choice.js"></script>
      <care-choice-quiz persist id="q"></care-choice-quiz>
      <script>
        let storage = 'available';
        try { sessionStorage.length; } catch (e) { storage = 'blocked'; }
        const errors = [];
        addEventListener('error', (e) => errors.push(e.message));
        const quiz = document.getElementById('q');
        // Waits for what the last action changed to render, not for a time that a busy machine can outlast.
        const settle = async () => {
          await customElements.whenDefined('care-choice-quiz');
          for (let i = 0; i < 3; i++) {
            await quiz.updateComplete;
            await quiz.shadowRoot.querySelector('care-choice-result')?.updateComplete;
          }
        };
        (async () => {
          for (let i = 0; i < 12; i++) {
            await settle();
            if (quiz.shadowRoot.querySelector('care-choice-result')) break;
            quiz.shadowRoot.querySelector('input').click();
            await settle();
            quiz.shadowRoot.querySelector('[part~="next-button"]').click();
          }
          await settle();
          const result = quiz.shadowRoot.querySelector('care-choice-result');
          const heading = result && result.shadowRoot.querySelector('[part~="heading"]');
          parent.postMessage({ storage, errors, result: heading && heading.textContent, at: quiz.shadowRoot.querySelector('#question-heading')?.textContent }, '*');
        })();
      </script></body></html>`;
    const frame = document.createElement('iframe');
    frame.setAttribute('sandbox', 'allow-scripts');
    frame.srcdoc = page;
    document.body.append(frame);
    // The page reports once it is done; the test's own timeout is the only limit.
    while (!messages.length) await new Promise((resolve) => window.addEventListener('message', resolve, { once: true }));
    window.removeEventListener('message', listener);
    const report = messages[0] as { storage: string; errors: string[]; result: string | null };
    expect(report, 'a report from the sandboxed page').to.be.an('object');
    expect(report.storage).to.equal('blocked');
    expect(report.errors).to.deep.equal([]);
    // The page's script picks the first answer every time.
    expect(report.result).to.equal(en.results[evaluate(en, firstOptions(en)).recommendation].title);
  });

  it('50 tables and 20 quizzes page: all render, each quiz keeps its own state', async () => {
    const frame = await open('/test/pages/many.html');
    const w = win(frame);
    const quizzes = [...w.document.querySelectorAll('care-choice-quiz')];
    const tables = [...w.document.querySelectorAll('care-compare-table')];
    expect([quizzes.length, tables.length]).to.deep.equal([20, 50]);
    await until(w, () => [...quizzes, ...tables].every((el) => el.shadowRoot?.firstElementChild), 'every widget');
    expect(tables.every((t) => t.shadowRoot!.querySelectorAll('tbody tr').length === en.table.rows.length)).to.equal(true);
    const [first, second, third] = quizzes;
    first!.shadowRoot!.querySelector<HTMLInputElement>('input')!.click();
    await new QuizHarness(first as HTMLElement).settle();
    first!.shadowRoot!.querySelector<HTMLButtonElement>('[part~="next-button"]')!.click();
    third!.shadowRoot!.querySelectorAll<HTMLInputElement>('input')[2]!.click();
    await Promise.all([first, third].map((quiz) => new QuizHarness(quiz as HTMLElement).settle()));
    expect(heading(first!)).to.equal(en.questions[1]!.text);
    expect(heading(second!)).to.equal(en.questions[0]!.text);
    expect(second!.shadowRoot!.querySelector('input:checked')).to.equal(null);
    expect(third!.shadowRoot!.querySelector<HTMLInputElement>('input:checked')!.value).to.equal('partner');
    expect(w.__errors).to.deep.equal([]);
  });

  for (const framework of ['react', 'vue'] as const) {
    it(`${framework} page: properties, events and re-renders work`, async () => {
      const frame = await open(`/test/pages/${framework}.html`);
      const w = win(frame);
      await until(w, () => w.document.getElementById('quiz')?.shadowRoot?.querySelector('input'), `the ${framework} app`);
      const quiz = w.document.getElementById('quiz')!;
      // An object passed as a property (config), not stringified into an attribute.
      expect(heading(quiz)).to.equal(`From ${framework === 'react' ? 'React' : 'Vue'}: who needs care?`);
      expect(quiz.getAttribute('cta-href')).to.equal('/contact');
      // Events reach the framework's handlers, and its state re-renders the page.
      quiz.shadowRoot!.querySelector<HTMLInputElement>('input')!.click();
      await until(w, () => w.document.getElementById('count')!.textContent === '1', 'the answer event in the app');
      expect(w.__events[0]).to.deep.include({ type: 'care-choice-answer' });
      expect(w.__events[0]!.detail.questionId).to.equal('for-whom');
      // A framework re-render that changes a property updates the element and keeps its state.
      const rendersBefore = w.__renders;
      (w.document.getElementById('change-cta') as HTMLButtonElement).click();
      await until(w, () => quiz.getAttribute('cta-href') === 'tel:+15555550100', 'the new cta-href');
      expect(w.__renders).to.be.greaterThan(rendersBefore);
      expect(quiz.shadowRoot!.querySelector<HTMLInputElement>('input:checked')!.value).to.equal('myself');
      // The first answer is already given; the harness keeps it (the same option) and goes on.
      expect(await completeQuiz(w, quiz)).to.equal(careManagerTitle);
      await until(w, () => w.__events.some((e) => e.type === 'care-choice-complete'), 'the complete event in the app');
      // A language switch from the app re-renders the widget in Spanish.
      (w.document.getElementById('toggle-lang') as HTMLButtonElement).click();
      await until(w, () => /Empezar de nuevo/.test(resultOf(quiz)?.shadowRoot?.textContent ?? ''), 'Spanish');
      expect(w.__errors).to.deep.equal([]);
    });
  }

  it('random answer and Back/Next sequences never strand the quiz, and the result matches evaluate', async () => {
    const frame = await open('/test/pages/twice.html');
    const w = win(frame);
    w.document.body.insertAdjacentHTML('beforeend', '<care-choice-quiz id="random"></care-choice-quiz>');
    const quiz = w.document.getElementById('random') as HTMLElement;
    await until(w, () => heading(quiz), 'the quiz');
    // Each action waits for the quiz (and its result card) to finish updating, not for frames.
    const settled = () => new QuizHarness(quiz).settle();
    const completions: { recommendation: string; answers: Answers }[] = [];
    quiz.addEventListener('care-choice-complete', (e) => completions.push((e as CustomEvent).detail));
    const action = fc.oneof(
      fc.record({ kind: fc.constant('pick' as const), index: fc.nat(9) }),
      fc.constant({ kind: 'next' as const }),
      fc.constant({ kind: 'back' as const }),
      fc.constant({ kind: 'restart' as const }),
    );
    await fc.assert(
      fc.asyncProperty(fc.array(action, { minLength: 5, maxLength: 30 }), async (actions) => {
        const reset = [
          ...quiz.shadowRoot!.querySelectorAll('button'),
          ...(resultOf(quiz)?.shadowRoot?.querySelectorAll('button') ?? []),
        ].find((b) => /Start over/.test(b.textContent!));
        reset?.click();
        await settled();
        completions.length = 0;
        for (const a of actions) {
          const result = resultOf(quiz);
          if (result) {
            // At the result there is always a way on: Start over, or a change-answer button.
            const buttons = [...result.shadowRoot!.querySelectorAll('button')].map((b) => b.textContent!.trim());
            expect(buttons).to.include('Start over');
            const last = completions.at(-1)!;
            expect(last.recommendation).to.equal(evaluate(en, last.answers).recommendation);
            expect(result.shadowRoot!.querySelector('[part~="heading"]')!.textContent).to.equal(
              en.results[evaluate(en, last.answers).recommendation].title,
            );
            if (a.kind === 'back' || a.kind === 'restart')
              result
                .shadowRoot!.querySelector<HTMLButtonElement>(a.kind === 'restart' ? '[part~="restart-button"]' : '[part~="change-button"]')
                ?.click();
          } else {
            const inputs = quiz.shadowRoot!.querySelectorAll<HTMLInputElement>('input');
            expect(inputs.length, 'a question with answers is shown').to.be.greaterThan(1);
            expect(quiz.shadowRoot!.querySelector('[part~="next-button"]'), 'Next is there').to.exist;
            if (a.kind === 'pick') inputs[a.index % inputs.length]!.click();
            if (a.kind === 'next') quiz.shadowRoot!.querySelector<HTMLButtonElement>('[part~="next-button"]')!.click();
            if (a.kind === 'back') quiz.shadowRoot!.querySelector<HTMLButtonElement>('[part~="back-button"]')?.click();
            if (a.kind === 'restart') quiz.shadowRoot!.querySelector<HTMLButtonElement>('[part~="restart-button"]')?.click();
          }
          await settled();
        }
      }),
      // A fixed seed: a failure is the same on every run, and can be replayed. Fewer runs where
      // each costs more (WebKitGTK, Firefox); Chromium covers the breadth.
      { numRuns: engine === 'chromium' ? 25 : 8, seed: 20_22_0001 },
    );
    expect(w.__errors).to.deep.equal([]);
  });
});
