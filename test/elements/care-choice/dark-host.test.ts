import { expect, fixture, html } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import { ifDefined } from 'lit/directives/if-defined.js';
import '../../../src/define.js';
import { parentAtHome } from '../../fixtures/answers.js';
import { QuizHarness } from '../../support/harness.js';
import { NEEDS_CDP, contrast, engine, frames, itExceptIn, screenshot, viewport, type Pixels } from '../../support/helpers.js';

// #25.4: on a dark site every text the widgets paint stays readable (4.5:1), in every theme,
// measured on screenshots of what the browser painted (Chromium: the screenshot command).
const itPainted = itExceptIn({ firefox: NEEDS_CDP, webkit: NEEDS_CDP });

const colorScheme = (value: 'light' | 'dark') => executeServerCommand('emulate-media-features', [{ name: 'prefers-color-scheme', value }]);

/** What the browser painted in an element's box, once, with where that box starts: each text's box is read from it. */
type Painted = { pixels: Pixels; left: number; top: number };
async function painted(el: Element): Promise<Painted> {
  const box = el.getBoundingClientRect();
  const [left, top] = [Math.max(0, Math.floor(box.left)), Math.max(0, Math.floor(box.top))];
  return { pixels: await screenshot({ x: left, y: top, width: box.width, height: box.height }), left, top };
}

/**
 * The contrast of one text node as painted: in its own box, the most common colour is what is
 * behind it, the most different one is the text.
 */
async function textContrast(text: Text, area?: Painted, save?: string): Promise<number> {
  const range = document.createRange();
  range.selectNodeContents(text);
  const box = range.getBoundingClientRect();
  const pixels = area?.pixels ?? (await screenshot({ x: box.x, y: box.y, width: box.width, height: box.height }, save));
  const page = area?.pixels;
  const [left, top] = area ? [Math.floor(box.left) - area.left, Math.floor(box.top) - area.top] : [0, 0];
  const [width, height] = page ? [Math.ceil(box.width), Math.ceil(box.height)] : [pixels.width, pixels.height];
  const counts = new Map<number, number>();
  for (let y = Math.max(0, top); y < Math.min(top + height, pixels.height); y++)
    for (let x = Math.max(0, left); x < Math.min(left + width, pixels.width); x++) {
      const [r, g, b] = pixels.at(x, y);
      const key = (r << 16) | (g << 8) | b;
      counts.set(key, (counts.get(key) ?? 0) + 1);
    }
  const colours = [...counts.entries()]
    .sort((a, b) => b[1] - a[1])
    .map(([key]): [number, number, number] => [key >> 16, (key >> 8) & 255, key & 255]);
  return Math.max(...colours.map((colour) => contrast(colour, colours[0]!)));
}

/** Every visible, non-blank text node in an element's shadow root and the shadow roots inside it. */
function paintedTexts(root: ShadowRoot): Text[] {
  const found: Text[] = [];
  const walk = (node: Node) => {
    for (const child of node.childNodes) {
      if (child instanceof Text && child.data.trim()) {
        const range = document.createRange();
        range.selectNodeContents(child);
        const box = range.getBoundingClientRect();
        const parent = child.parentElement!;
        if (box.width > 2 && box.height > 2 && !parent.closest('.sr-only')) found.push(child);
      }
      if (child instanceof Element && child.shadowRoot) walk(child.shadowRoot);
      walk(child);
    }
  };
  walk(root);
  return found;
}

/** The texts whose painted contrast is under 4.5:1, as "text (ratio)". */
async function unreadable(host: Element, name: string): Promise<string[]> {
  const low: string[] = [];
  const area = await painted(host);
  for (const text of paintedTexts(host.shadowRoot!)) {
    const ratio = await textContrast(text, area);
    if (ratio < 4.5) low.push(`${name}: "${text.data.trim().slice(0, 40)}" (${ratio.toFixed(2)}:1)`);
  }
  return low;
}

const DARK_PAGE = 'background: #121212; color: #e8e8e8; padding: 1rem';

describe('on a dark site', function () {
  // Hundreds of texts, each read from a screenshot: slow on a busy machine, not a timing check.
  this.timeout(40000);
  // Tall, so every widget is on screen at once (a screenshot only sees the viewport).
  before(() => viewport(1000, 5000));
  after(async () => {
    // The emulation command exists only where the tests that set it ran (Chromium).
    if (engine === 'chromium') await colorScheme('light');
    await viewport(800, 600);
  });

  itPainted('the table caption and its Sources and "Reviewed" lines keep 4.5:1 with the default theme', async () => {
    const page = await fixture<HTMLElement>(html`<div style=${DARK_PAGE}><care-compare-table></care-compare-table></div>`);
    const table = page.querySelector('care-compare-table')!;
    await table.updateComplete;
    await frames();
    const root = table.shadowRoot!;
    const caption = [...root.querySelector('caption')!.childNodes].find((n): n is Text => n instanceof Text && !!n.data.trim())!;
    expect(await textContrast(caption, undefined, 'dark-host-caption.png'), 'caption').to.be.at.least(4.5);
    const source = root.querySelector('[part~="source"]')!;
    const lines = paintedTexts(root).filter((text) => source.contains(text.parentElement));
    expect(lines.map((text) => text.data.trim()).join(' ')).to.match(/^Sources\b.*\bReviewed\b/s);
    for (const line of lines) expect(await textContrast(line), line.data.trim()).to.be.at.least(4.5);
    await screenshot(page.getBoundingClientRect(), 'dark-host-table.png');
  });

  for (const [theme, scheme] of [
    [undefined, 'light'],
    ['light', 'light'],
    ['auto', 'light'],
    ['auto', 'dark'],
    ['dark', 'dark'],
  ] as const) {
    itPainted(`every text of the quiz, the result and the table keeps 4.5:1 (theme=${theme ?? 'none'}, system ${scheme})`, async () => {
      await colorScheme(scheme);
      const page = await fixture<HTMLElement>(html`<div style=${DARK_PAGE}>
        <care-choice theme=${ifDefined(theme)}>
          <care-choice-quiz theme=${ifDefined(theme)} cta-href="tel:+15555550123" agency-name="Harbor Care" no-result></care-choice-quiz>
          <care-choice-result theme=${ifDefined(theme)} cta-href="tel:+15555550123" agency-name="Harbor Care"></care-choice-result>
          <care-compare-table theme=${ifDefined(theme)}></care-compare-table>
        </care-choice>
      </div>`);
      const quiz = new QuizHarness(page.querySelector('care-choice-quiz')!);
      const result = page.querySelector('care-choice-result')!;
      const table = page.querySelector('care-compare-table')!;
      await quiz.settle();
      await frames();
      const low = [...(await unreadable(quiz.element, 'quiz')), ...(await unreadable(result, 'result (empty)'))];
      await quiz.completeWith(parentAtHome, 'matters-most');
      await frames();
      low.push(...(await unreadable(quiz.element, 'quiz (last question)')));
      await quiz.completeWith(parentAtHome);
      await frames();
      low.push(...(await unreadable(result, 'result')), ...(await unreadable(table, 'table')));
      await screenshot(page.getBoundingClientRect(), `dark-host-${theme ?? 'none'}-${scheme}.png`);
      expect(low).to.deep.equal([]);
    });
  }
});
