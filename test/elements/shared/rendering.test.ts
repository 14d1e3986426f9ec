import { expect, fixture, html } from '@open-wc/testing';
import { executeServerCommand, sendKeys } from '@web/test-runner-commands';
import '../../../src/define.js';
import { parentAtHome } from '../../fixtures/answers.js';
import { QuizHarness } from '../../support/harness.js';
import { NEEDS_CDP, itExceptIn, paintedTextContrast, screenshot, shiftTab, viewport } from '../../support/helpers.js';
import { closePages, openPage, widgetsReady } from '../../support/pages.js';

// What a person sees, checked on screenshots of what the browser painted. Screenshots and
// forced-colors emulation go to the Chrome DevTools Protocol: those checks run in Chromium.
const itPainted = itExceptIn({ firefox: NEEDS_CDP, webkit: NEEDS_CDP });

const forcedColors = (value: 'active' | 'none') => executeServerCommand('emulate-media-features', [{ name: 'forced-colors', value }]);

describe('rendering', () => {
  before(() => viewport(900, 900));

  for (const mode of ['none', 'active'] as const) {
    itPainted(`every control's label is readable (forced-colors: ${mode})`, async () => {
      await forcedColors(mode);
      const quiz = new QuizHarness(
        await fixture(
          html`<care-choice-quiz intro cta-href="tel:+15555550123" cta-label="Call us" agency-name="Harbor Care"></care-choice-quiz>`,
        ),
      );
      await quiz.settle();
      const checks: [string, Element][] = [['Start', quiz.button('start-button')!]];
      for (const [name, el] of checks) expect(await paintedTextContrast(el), name).to.be.at.least(4.5);
      await quiz.start();
      expect(await paintedTextContrast(quiz.button('next-button')!), 'Next').to.be.at.least(4.5);
      await quiz.completeWith(parentAtHome, 'matters-most');
      expect(quiz.button('next-button')!.textContent!.trim()).to.equal('See my result');
      expect(await paintedTextContrast(quiz.button('next-button')!), 'See my result').to.be.at.least(4.5);
      expect(await paintedTextContrast(quiz.button('back-button')!), 'Back').to.be.at.least(4.5);
      const result = await quiz.completeWith(parentAtHome);
      result!.cta!.scrollIntoView({ block: 'center' });
      expect(await paintedTextContrast(result!.cta!), 'the call to action').to.be.at.least(4.5);
      const restart = result!.element.shadowRoot!.querySelector('[part~="restart-button"]')!;
      restart.scrollIntoView({ block: 'center' });
      expect(await paintedTextContrast(restart), 'Start over').to.be.at.least(4.5);
      await forcedColors('none');
    });
  }

  it('keyboard: after Shift+Tab back into the answers and Enter, Tab on the next question reaches its answers', async () => {
    const quiz = new QuizHarness(await fixture(html`<care-choice-quiz></care-choice-quiz>`));
    await quiz.settle();
    const shadow = quiz.element.shadowRoot!;
    for (const id of ['for-whom', 'situation', 'works-for', 'needs', 'duration']) {
      expect(quiz.questionId).to.equal(id);
      await quiz.answer(id, parentAtHome[id]!);
      // From Next, back into the answers (past Back on later questions).
      quiz.button('next-button')!.focus();
      for (let i = 0; i < 3 && shadow.activeElement?.localName !== 'input'; i++) {
        await shiftTab();
      }
      expect(shadow.activeElement?.localName, `${id}: Shift+Tab reaches an answer`).to.equal('input');
      await sendKeys({ press: 'Enter' });
      await quiz.settle();
      expect(quiz.questionId).to.not.equal(id);
      await sendKeys({ press: 'Tab' });
      expect(shadow.activeElement?.localName, `after ${id}: Tab reaches the next question's answers`).to.equal('input');
    }
  });

  itPainted('the focus ring of the result heading is painted on all four sides inside the quiz', async () => {
    const quiz = new QuizHarness(await fixture(html`<care-choice-quiz></care-choice-quiz>`));
    const result = await quiz.completeWith(parentAtHome);
    const heading = result!.element.shadowRoot!.querySelector<HTMLElement>('#heading')!;
    heading.scrollIntoView({ block: 'center' });
    // Keyboard focus, as after "See my result" pressed with Enter (a key press makes it :focus-visible).
    await sendKeys({ press: 'Shift' });
    heading.focus();
    const box = heading.getBoundingClientRect();
    const ring = getComputedStyle(heading);
    expect(ring.outlineStyle).to.equal('solid');
    const reach = parseFloat(ring.outlineOffset) + parseFloat(ring.outlineWidth) / 2;
    const pixels = await screenshot({ x: box.x - 8, y: box.y - 8, width: box.width + 16, height: box.height + 16 });
    const ringColour = ring.outlineColor.match(/\d+/g)!.slice(0, 3).map(Number);
    const isRing = ([r, g, b]: number[]) =>
      Math.abs(r! - ringColour[0]!) < 40 && Math.abs(g! - ringColour[1]!) < 40 && Math.abs(b! - ringColour[2]!) < 40;
    const midX = Math.round(pixels.width / 2);
    const midY = Math.round(pixels.height / 2);
    const at = (dx: number, dy: number) => isRing(pixels.at(Math.round(dx), Math.round(dy)));
    expect(at(midX, 8 - reach), 'top edge').to.equal(true);
    expect(at(midX, 8 + box.height + reach - 1), 'bottom edge').to.equal(true);
    expect(at(8 - reach, midY), 'left edge').to.equal(true);
    expect(at(8 + box.width + reach - 1, midY), 'right edge').to.equal(true);
  });

  describe('layout', () => {
    afterEach(closePages);

    it('keeps a readable measure on a wide page, as a token', async () => {
      await viewport(1280, 900);
      const quiz = new QuizHarness(await fixture(html`<care-choice-quiz></care-choice-quiz>`));
      await quiz.settle();
      const option = quiz.element.shadowRoot!.querySelector('[part~="option"]')!;
      expect(option.getBoundingClientRect().width).to.be.at.most(48 * 16);
      quiz.element.style.setProperty('--care-choice-max-width', '30rem');
      expect(quiz.element.getBoundingClientRect().width).to.equal(30 * 16);
      await viewport(900, 900);
    });

    it('puts space between sibling widgets (the README provider snippet)', async () => {
      const win = await openPage(
        `<!doctype html><html lang="en"><body style="margin:0">
        <script src="/dist/care-choice.js"></script>
        <care-choice>
          <care-choice-quiz no-result></care-choice-quiz>
          <aside><care-choice-result cta-href="/contact" agency-name="Harbor Care Partners"></care-choice-result></aside>
          <care-compare-table></care-compare-table>
        </care-choice></body></html>`,
        { width: 800, height: 2400 },
      );
      const [, quiz, result, table] = await widgetsReady(win);
      const gap = (a: Element, b: Element) => b.getBoundingClientRect().top - a.getBoundingClientRect().bottom;
      expect(gap(quiz!, result!), 'quiz to result').to.be.at.least(12);
      expect(gap(result!, table!), 'result to table').to.be.at.least(12);
    });

    itPainted('the table header and the marked column stay inside the rounded corners', async () => {
      const table = await fixture(
        html`<care-compare-table highlight="care-manager" style="--care-choice-radius: 16px; width: 700px"></care-compare-table>`,
      );
      await (table as unknown as { updateComplete: Promise<unknown> }).updateComplete;
      const tableEl = table.shadowRoot!.querySelector('table')!;
      // 2px in from both edges lies outside a 16px curve: the page must show there, not the header
      // background or the marked column's edge (the marked column is the right one).
      tableEl.scrollIntoView({ block: 'start' });
      let box = tableEl.getBoundingClientRect();
      const top = await screenshot({ x: box.right - 8, y: box.top, width: 8, height: 8 });
      expect(top.at(top.width - 3, 2), 'top-right corner').to.deep.equal([255, 255, 255]);
      tableEl.scrollIntoView({ block: 'end' });
      box = tableEl.getBoundingClientRect();
      const bottom = await screenshot({ x: box.right - 8, y: box.bottom - 8, width: 8, height: 8 });
      expect(bottom.at(bottom.width - 3, bottom.height - 3), 'bottom-right corner').to.deep.equal([255, 255, 255]);
    });

    it('choosing an answer does not change its size (no bold rewrap)', async () => {
      const wrapper = await fixture(html`<div style="width: 320px"><care-choice-quiz></care-choice-quiz></div>`);
      const quiz = new QuizHarness(wrapper.querySelector('care-choice-quiz')!);
      await quiz.completeWith(parentAtHome, 'needs');
      const options = [...quiz.element.shadowRoot!.querySelectorAll('[part~="option"]')];
      const before = options.map((o) => o.getBoundingClientRect().height);
      await quiz.answer('needs', quiz.options);
      const after = options.map((o) => o.getBoundingClientRect().height);
      expect(after).to.deep.equal(before);
    });

    it('in quirks mode (no doctype) the table keeps the page font size and line height', async () => {
      // A srcdoc frame is never in quirks mode, so this is a real page.
      const frame = document.createElement('iframe');
      const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
      frame.src = '/test/pages/quirks.html';
      document.body.append(frame);
      await loaded;
      const win = frame.contentWindow!;
      expect(win.document.compatMode).to.equal('BackCompat');
      const [table] = await widgetsReady(win);
      const cell = getComputedStyle(table!.shadowRoot!.querySelector('td')!);
      expect(cell.fontSize).to.equal('18px');
      expect(parseFloat(cell.lineHeight) / 18).to.be.closeTo(1.5, 0.01);
    });
  });
});
