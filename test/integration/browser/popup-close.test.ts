import { expect } from '@open-wc/testing';
import { engine, screenshot, viewport } from '../../support/helpers.js';
import { closePages, openPage, pageWith, widgetsReady } from '../../support/pages.js';

// #25.5: the popup's Close button sits evenly: as far from the dialog's top as from its side, and
// its edge lines up with the quiz's content (the answers), on a 390 px phone and at 1280 px.

describe('popup Close button (built script)', () => {
  // Room for the 1280 px page, so its screenshot is not clipped (WebKit keeps its own window).
  before(() => viewport(1400, 1000));
  after(() => viewport(800, 600));
  afterEach(closePages);

  for (const [width, height] of [
    [390, 844],
    [1280, 800],
  ] as const) {
    it(`at ${width} px: its gaps to the dialog's top and side are equal, and it lines up with the answers`, async () => {
      const win = await openPage(pageWith('<care-choice-quiz mode="popup"></care-choice-quiz>', 'head'), { width, height });
      await widgetsReady(win);
      const quiz = win.document.querySelector('care-choice-quiz')!;
      const root = quiz.shadowRoot!;
      root.querySelector<HTMLButtonElement>('[part~="trigger"]')!.click();
      const dialog = root.querySelector('dialog')!;
      await (quiz as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
      await Promise.all(dialog.getAnimations().map((a) => a.finished));
      const frame = dialog.getBoundingClientRect();
      const border = parseFloat(getComputedStyle(dialog).borderTopWidth);
      const close = root.querySelector('[part~="close-button"]')!.getBoundingClientRect();
      const option = root.querySelector('[part~="option"]')!.getBoundingClientRect();
      const top = close.top - frame.top - border;
      const side = frame.right - border - close.right;
      expect(Math.abs(top - side), `top ${top} px, side ${side} px`).to.be.below(1);
      expect(Math.abs(close.right - option.right), 'Close ends where the answers end').to.be.below(1);
      if (engine === 'chromium') {
        // For a person to look at (test-results/): the dialog's top as painted.
        const offset = win.frameElement!.getBoundingClientRect();
        await screenshot({ x: offset.x + frame.x, y: offset.y + frame.y, width: frame.width, height: 200 }, `popup-close-${width}.png`);
      }
    });
  }
});
