import { expect } from '@open-wc/testing';
import { defaultConfigs } from '../../../src/engine/index.js';
import { parentAtHome } from '../../fixtures/answers.js';
import { QuizHarness, ResultHarness } from '../../support/harness.js';
import { closePages, frames, openPage, pageWith, until, widgetsReady, type PageWindow } from '../../support/pages.js';

// The README's provider example on the built script: the quiz without its own result, the result
// card in an <aside>, and the table. Every element that starts empty and fills in later must
// show what it filled in with (WebKit left the card blank at its placeholder height, #22).

const en = defaultConfigs.en!;
const EXAMPLE = `<care-choice>
  <care-choice-quiz no-result></care-choice-quiz>
  <aside><care-choice-result cta-href="/contact" agency-name="Harbor Care Partners"></care-choice-result></aside>
  <care-compare-table></care-compare-table>
</care-choice>`;

/** The element's box is in view, laid out and painted: its centre hits it (or what is inside it). */
function painted(win: PageWindow, root: ShadowRoot, el: Element | null) {
  if (!el) return false;
  const box = el.getBoundingClientRect();
  if (box.width < 1 || box.height < 1 || box.bottom < 0 || box.top > win.innerHeight) return false;
  const hit = root.elementFromPoint(box.left + box.width / 2, box.top + box.height / 2);
  return !!hit && (hit === el || el.contains(hit));
}

/** Scrolls `el`'s top into view the way a visitor would (by the measured box, not scrollIntoView). */
async function scrollTo(win: PageWindow, el: Element) {
  for (let i = 0; i < 4; i++) {
    win.scrollBy(0, el.getBoundingClientRect().top - 20);
    await frames(win, 2);
  }
}

describe("the README's provider example (built script)", () => {
  afterEach(closePages);

  for (const height of [700, 400]) {
    it(`after the quiz, the card in the <aside> shows its heading and text, painted (viewport ${height}px high)`, async () => {
      const win = await openPage(pageWith(`<h1>Care options</h1>${EXAMPLE}<p style="height: 1500px">More of the article.</p>`, 'head'), {
        width: 800,
        height,
      });
      await widgetsReady(win);
      const doc = win.document;
      const quiz = new QuizHarness(doc.querySelector('care-choice-quiz')!);
      const card = new ResultHarness(doc.querySelector('care-choice-result')!);
      await quiz.completeWith(parentAtHome);
      await card.settle();
      expect(card.heading).to.equal(en.results['care-manager'].title);
      const root = card.element.shadowRoot!;
      await scrollTo(win, card.element);
      const heading = root.querySelector('[part~="heading"]');
      await until(win, () => painted(win, root, heading), 'the card heading to be painted', 60);
      const text = root.querySelector('[part~="heading"] ~ p, [part~="confidence"], [part~="about"]');
      expect(text?.textContent?.trim(), 'text under the heading').to.not.equal('');
      expect(text!.getBoundingClientRect().height, 'the text has a box').to.be.above(0);
      // The card grew to its content: taller than the heading and the text together.
      expect(card.element.getBoundingClientRect().height).to.be.above(heading!.getBoundingClientRect().height * 2);
      expect(win.__errors).to.deep.equal([]);
    });
  }
});
