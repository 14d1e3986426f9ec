import { expect } from '@open-wc/testing';
import { defaultConfigs } from '../../../src/engine/index.js';
import { hospitalRecovery, parentAtHome } from '../../fixtures/answers.js';
import { QuizHarness, ResultHarness } from '../../support/harness.js';
import { widgetsReady } from '../../support/pages.js';

// This file loads no element from src/: it checks the built drop-in script as a site would use it
// (the engine's default content and the harness only name what to expect and what to click).
const en = defaultConfigs.en!;

/** An iframe page; resolves once it has loaded (scripts included). */
async function page(body: string): Promise<Window> {
  const frame = document.createElement('iframe');
  frame.style.width = '800px';
  frame.style.height = '600px';
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  frame.srcdoc = `<!doctype html><html lang="en"><head><script>
      window.__errors = [];
      addEventListener('error', (e) => __errors.push(String(e.message)));
      const error = console.error;
      console.error = (...a) => { __errors.push(a.join(' ')); error(...a); };
    </script></head><body>${body}</body></html>`;
  document.body.append(frame);
  await loaded;
  return frame.contentWindow!;
}

const errors = (win: Window) => (win as unknown as { __errors: string[] }).__errors;

async function frames(win: Window, count = 3) {
  for (let i = 0; i < count; i++) await new Promise((r) => win.requestAnimationFrame(r));
}

describe('dist/care-choice.js', () => {
  afterEach(() => document.querySelectorAll('iframe').forEach((f) => f.remove()));

  it('loads twice without error and defines the four elements once', async () => {
    const win = await page(
      '<script src="/dist/care-choice.js"></script><script src="/dist/care-choice.js"></script><care-choice-quiz></care-choice-quiz>',
    );
    expect(errors(win)).to.deep.equal([]);
    for (const tag of ['care-choice', 'care-choice-quiz', 'care-choice-result', 'care-compare-table']) {
      expect(win.customElements.get(tag), tag).to.exist;
    }
    expect(win.document.querySelector('care-choice-quiz')!.shadowRoot).to.exist;
  });

  it('pasted into an empty page, the quiz completes by clicking with no error and no other request', async () => {
    const win = await page('<script src="/dist/care-choice.js"></script><care-choice-quiz></care-choice-quiz>');
    const quiz = new QuizHarness(win.document.querySelector('care-choice-quiz')!);
    const result = await quiz.completeWith(hospitalRecovery);
    expect(result!.heading).to.equal(en.results['case-manager'].title);
    expect(errors(win)).to.deep.equal([]);
    const requests = win.performance.getEntriesByType('resource').map((entry) => new URL(entry.name).pathname);
    expect(requests).to.deep.equal(['/dist/care-choice.js']);
  });

  it('elements parsed before the script upgrade into their provider (define order)', async () => {
    const win = await page(`<care-choice>
        <care-choice-quiz no-result></care-choice-quiz>
        <care-choice-result></care-choice-result>
      </care-choice>
      <script src="/dist/care-choice.js"></script>`);
    await widgetsReady(win);
    const quiz = new QuizHarness(win.document.querySelector('care-choice-quiz')!);
    const result = new ResultHarness(win.document.querySelector('care-choice-result')!);
    expect(result.empty).to.equal(true);
    await quiz.completeWith(parentAtHome);
    await result.settle();
    expect(result.heading).to.equal(en.results['care-manager'].title);
  });

  it('a provider added to the page later still shares one store', async () => {
    const win = await page('<script src="/dist/care-choice.js"></script>');
    win.document.body.insertAdjacentHTML(
      'beforeend',
      '<care-choice><care-compare-table></care-compare-table><care-choice-quiz no-result></care-choice-quiz></care-choice>',
    );
    await widgetsReady(win);
    await new QuizHarness(win.document.querySelector('care-choice-quiz')!).completeWith(parentAtHome);
    const table = win.document.querySelector('care-compare-table')! as HTMLElement & { updateComplete: Promise<unknown> };
    for (let i = 0; i < 3; i++) await table.updateComplete;
    expect([...table.shadowRoot!.querySelectorAll('[part~="column-recommended"]')].map((th) => th.id)).to.deep.equal(['col-careManager']);
  });

  it('watches <html lang> (and every lang around the widgets) with one MutationObserver, however many widgets', async () => {
    const win = await page(`<script>
        window.__langObservers = 0;
        const observe = MutationObserver.prototype.observe;
        MutationObserver.prototype.observe = function (target, options) {
          if (options && options.attributeFilter && options.attributeFilter.includes('lang')) window.__langObservers++;
          return observe.call(this, target, options);
        };
      </script><script src="/dist/care-choice.js"></script><script src="/dist/care-choice.es.js"></script><main lang="en"></main>`);
    const main = win.document.querySelector('main')!;
    main.innerHTML = '<care-choice-quiz></care-choice-quiz><care-compare-table></care-compare-table>'.repeat(35);
    await frames(win, 6);
    expect(main.querySelectorAll('care-choice-quiz, care-compare-table')).to.have.length(70);
    expect((win as unknown as { __langObservers: number }).__langObservers).to.equal(1);
    // A language switch on the wrapper reaches the widgets through that one observer.
    main.lang = 'es';
    await frames(win, 6);
    const quiz = new QuizHarness(main.querySelector('care-choice-quiz')!);
    await quiz.settle();
    expect(quiz.buttons).to.include('Siguiente');
  });
});
