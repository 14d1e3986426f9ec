import { expect } from '@open-wc/testing';
import { dischargeThenHome, hospitalRecovery, parentAtHome } from '../../fixtures/answers.js';
import { QuizHarness } from '../../support/harness.js';
import { closePages, frames, openPage, pageWith, widgetsReady } from '../../support/pages.js';

// Issue #25.2: the call to action and its disclosure sit within the first screen of the result, on
// a 390x844 phone and in the popup at 1280 px, measured in the built script in a page. An iframe
// of that size is the viewport, so WebKit (whose window cannot be resized) measures it too.

const CTA = 'cta-href="https://harbor.example/contact" agency-name="Harbor Care"';
const SETS = { parentAtHome, dischargeThenHome, hospitalRecovery };

/** Boxes of the result's heading, call to action and disclosure, in the page's viewport. */
function boxes(quiz: HTMLElement) {
  const card = quiz.shadowRoot!.querySelector('care-choice-result')!.shadowRoot!;
  const box = (selector: string) => card.querySelector(selector)!.getBoundingClientRect();
  return {
    card: box('[part~="card"]'),
    heading: box('[part~="heading"]'),
    cta: box('[part~="cta"]'),
    disclosure: box('[part~="disclosure"]'),
  };
}

describe('the call to action is on the first screen of the result (built script)', () => {
  afterEach(closePages);

  for (const [name, answers] of Object.entries(SETS)) {
    it(`on a 390x844 phone (${name})`, async () => {
      const win = await openPage(pageWith(`<care-choice-quiz ${CTA}></care-choice-quiz>`, 'head'), { width: 390, height: 844 });
      await widgetsReady(win);
      const quiz = win.document.querySelector<HTMLElement>('care-choice-quiz')!;
      await new QuizHarness(quiz).completeWith(answers);
      await frames(win);
      win.scrollTo(0, 0);
      const { card, heading, cta, disclosure } = boxes(quiz);
      console.log(
        `390x844 ${name}: CTA top - heading top = ${Math.round(cta.top - heading.top)} px; disclosure bottom - card top = ${Math.round(disclosure.bottom - card.top)} px`,
      );
      expect(disclosure.bottom - card.top, 'the CTA and its disclosure fit in one screen from the top of the result').to.be.at.most(844);
      // Three reasons show; the rest wait behind "Show all reasons".
      const root = quiz.shadowRoot!.querySelector('care-choice-result')!.shadowRoot!;
      expect(root.querySelectorAll('[part~="reasons"] li')).to.have.length(3);
      expect(root.querySelector('[part~="show-all-button"]')!.getAttribute('aria-expanded')).to.equal('false');
      expect(cta.left).to.be.at.least(0);
      expect(cta.right).to.be.at.most(390);
    });

    it(`in the popup at 1280x800 (${name})`, async () => {
      const win = await openPage(pageWith(`<care-choice-quiz mode="popup" ${CTA}></care-choice-quiz>`, 'head'), {
        width: 1280,
        height: 800,
      });
      await widgetsReady(win);
      const quiz = win.document.querySelector<HTMLElement & { show(): void }>('care-choice-quiz')!;
      quiz.show();
      await new QuizHarness(quiz).completeWith(answers);
      const dialog = quiz.shadowRoot!.querySelector('dialog')!;
      await Promise.all(dialog.getAnimations().map((a) => a.finished));
      dialog.scrollTop = 0;
      await frames(win);
      const { heading, cta, disclosure } = boxes(quiz);
      const visible = dialog.getBoundingClientRect();
      // The popup's call to action says who provides it, as the card in the page does.
      const card = quiz.shadowRoot!.querySelector('care-choice-result')!.shadowRoot!;
      expect(card.querySelector('[part~="disclosure"]')!.textContent!.trim()).to.equal(
        'Provided by Harbor Care, which may offer paid care services.',
      );
      console.log(
        `popup 1280x800 ${name}: CTA top - heading top = ${Math.round(cta.top - heading.top)} px; disclosure bottom = ${Math.round(disclosure.bottom)} of ${Math.round(visible.bottom)} px`,
      );
      expect(disclosure.bottom, 'the CTA and its disclosure are visible when the result opens').to.be.at.most(
        Math.min(visible.bottom, 800),
      );
    });
  }
});
