import './retries.js';
import { expect } from '@open-wc/testing';
import type { LitElement } from 'lit';
import type {} from 'axe-core';

/** Fails a test on Lit dev-mode warnings (e.g. class-field shadowing), as Spectrum's helper does. */
const originalWarn = console.warn.bind(console);
export const litWarnings: string[] = [];
console.warn = (...args: unknown[]) => {
  const text = args.map(String).join(' ');
  if (/Lit is in dev mode/.test(text)) return;
  if (/lit\.dev\/msg|class-field-shadowing|change-in-update/.test(text)) litWarnings.push(text);
  originalWarn(...args);
};
afterEach(() => {
  const found = litWarnings.splice(0);
  expect(found, 'Lit dev-mode warnings').to.deep.equal([]);
});

export type Engine = 'chromium' | 'firefox' | 'webkit';

/** The engine running the tests: Chromium, Firefox, or WebKit (WebKitGTK's MiniBrowser in CI). */
export const engine: Engine = /Firefox\//.test(navigator.userAgent)
  ? 'firefox'
  : /Chrome\/|Chromium\//.test(navigator.userAgent)
    ? 'chromium'
    : 'webkit';

/** Why a test is skipped in an engine: a server command that only Chromium's launcher has. */
export const NEEDS_CDP = 'the server command goes to the Chrome DevTools Protocol, which only the Chromium launcher has';

/**
 * `it` in every engine except those named, where the test is skipped with the reason in its
 * title, so the run's list of skipped tests says what was not checked there and why.
 */
export function itExceptIn(skip: Partial<Record<Engine, string>>) {
  const reason = skip[engine];
  if (!reason) return it;
  return (title: string, fn: Mocha.AsyncFunc) => it.skip(`${title} [skipped in ${engine}: ${reason}]`, fn);
}

export function $(el: Element, selector: string): HTMLElement {
  const found = el.shadowRoot!.querySelector<HTMLElement>(selector);
  if (!found) throw new Error(`no ${selector} in <${el.localName}>`);
  return found;
}

export async function settle(...elements: LitElement[]) {
  for (let i = 0; i < 3; i++) await Promise.all(elements.map((el) => el.updateComplete));
}

/** Waits for `count` rendered frames (layout, content-visibility and focus updates land there). */
export async function frames(count = 2) {
  for (let i = 0; i < count; i++) await new Promise((resolve) => requestAnimationFrame(resolve));
}

/**
 * Scrolls the window until `el` is in the middle of the viewport, and lets it render. Not
 * scrollIntoView: WebKit does not scroll to an element inside a content-visibility:auto host that
 * is off screen (its content is not laid out yet), so this scrolls by the measured box until the
 * box is really in view.
 */
export async function scrollToMiddle(el: Element) {
  for (let i = 0; i < 4; i++) {
    const box = el.getBoundingClientRect();
    const offset = box.top + box.height / 2 - innerHeight / 2;
    if (box.height && Math.abs(offset) < 2) return;
    window.scrollBy(0, offset);
    await frames();
  }
  const box = el.getBoundingClientRect();
  if (!box.height || box.bottom < 0 || box.top > innerHeight) throw new Error(`could not scroll <${el.localName}> into view`);
}

/** The parent in the flat tree: the slot an element is assigned to, its parent, or its shadow host. */
function composedParent(node: Element): Element | null {
  const parent = node.assignedSlot ?? node.parentElement ?? node.parentNode;
  return parent instanceof ShadowRoot ? parent.host : parent instanceof Element ? parent : null;
}

/**
 * The viewport rectangle an element's painting is clipped to: the padding boxes of its flat-tree
 * ancestors that clip their content (overflow other than visible, paint containment, or
 * content-visibility: auto or hidden, which brings paint containment), intersected.
 */
export function clipRect(el: Element) {
  const clip = { left: -Infinity, top: -Infinity, right: Infinity, bottom: Infinity };
  for (let node = composedParent(el); node; node = composedParent(node)) {
    const style = getComputedStyle(node);
    const clips =
      style.overflowX !== 'visible' ||
      style.overflowY !== 'visible' ||
      /paint|content|strict/.test(style.contain) ||
      style.contentVisibility === 'auto' ||
      style.contentVisibility === 'hidden';
    if (!clips) continue;
    const box = node.getBoundingClientRect();
    clip.left = Math.max(clip.left, box.left + parseFloat(style.borderLeftWidth));
    clip.top = Math.max(clip.top, box.top + parseFloat(style.borderTopWidth));
    clip.right = Math.min(clip.right, box.right - parseFloat(style.borderRightWidth));
    clip.bottom = Math.min(clip.bottom, box.bottom - parseFloat(style.borderBottomWidth));
  }
  return clip;
}

/**
 * How far left of a list item its marker ("1.", "•") reaches as hit testing sees it, in px: the
 * leftmost point on its first line that still hits the item. A clipped part of the marker does not
 * hit, so a clipped marker reaches less far than the same marker unclipped.
 */
export function markerReach(li: Element): number {
  const root = li.getRootNode() as Document | ShadowRoot;
  const box = li.getBoundingClientRect();
  const y = box.top + Math.min(box.height, parseFloat(getComputedStyle(li).lineHeight) || 16) / 2;
  let leftmost = box.left;
  for (let x = Math.floor(box.left) - 1; x > box.left - 80; x--) {
    if (root.elementFromPoint(x, y) === li) leftmost = x;
  }
  return box.left - leftmost;
}

export function button(el: Element, name: string): HTMLButtonElement {
  const buttons = [...el.shadowRoot!.querySelectorAll<HTMLButtonElement>('button')];
  const found = buttons.find((b) => b.textContent!.trim() === name);
  if (!found) throw new Error(`no button "${name}" in: ${buttons.map((b) => b.textContent!.trim()).join(' | ')}`);
  return found;
}

/** Axe with only serious and critical violations counted. */
export async function expectNoSeriousViolations(el: Element) {
  // The UMD build sets window.axe when loaded as a module.
  await import('axe-core/axe.min.js');
  // Axe measures the rendered page: let a rendering update decide which content-visibility:auto
  // hosts are on screen first. Before it a host still has its 24rem placeholder height while its
  // content is laid out below it, and WebKit's axe then found white (the page) behind the table's
  // source line in the dark theme.
  await frames();
  const axe = (window as unknown as { axe: typeof import('axe-core') }).axe;
  const results = await axe.run(el, { resultTypes: ['violations'] });
  const serious = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  expect(serious.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).to.deep.equal([]);
}

export type Pixels = { width: number; height: number; at(x: number, y: number): [number, number, number] };

/** What the browser painted in `rect` (viewport coordinates, as getBoundingClientRect gives), as pixels. */
export async function screenshot(rect: { x: number; y: number; width: number; height: number }, save?: string): Promise<Pixels> {
  const { executeServerCommand } = await import('@web/test-runner-commands');
  const clip = {
    x: Math.max(0, Math.floor(rect.x + scrollX)),
    y: Math.max(0, Math.floor(rect.y + scrollY)),
    width: Math.ceil(rect.width),
    height: Math.ceil(rect.height),
  };
  const base64 = await executeServerCommand<string, typeof clip & { path?: string }>('screenshot', { ...clip, path: save });
  const image = await createImageBitmap(await (await fetch(`data:image/png;base64,${base64}`)).blob());
  const canvas = new OffscreenCanvas(image.width, image.height);
  const context = canvas.getContext('2d')!;
  context.drawImage(image, 0, 0);
  const { data, width, height } = context.getImageData(0, 0, image.width, image.height);
  return { width, height, at: (x, y) => [data[(y * width + x) * 4]!, data[(y * width + x) * 4 + 1]!, data[(y * width + x) * 4 + 2]!] };
}

const luminance = ([r, g, b]: [number, number, number]) => {
  const channel = (c: number) => ((c /= 255) <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4);
  return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b);
};

export const contrast = (a: [number, number, number], b: [number, number, number]) => {
  const [high, low] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (high! + 0.05) / (low! + 0.05);
};

/**
 * The contrast a person sees between a control's text and what is right behind it, from a
 * screenshot of the text's own box: the most common colour there is the background (the control's,
 * or the backplate forced colors paints behind text), the most different colour is the text. A
 * label painted in the colour behind it (blank) gives 1.
 */
export async function paintedTextContrast(element: Element, save?: string): Promise<number> {
  const range = element.ownerDocument.createRange();
  range.selectNodeContents(element);
  const box = range.getBoundingClientRect();
  const pixels = await screenshot({ x: box.x, y: box.y, width: box.width, height: box.height }, save);
  const counts = new Map<string, number>();
  for (let y = 0; y < pixels.height; y++)
    for (let x = 0; x < pixels.width; x++) {
      const key = pixels.at(x, y).join(',');
      counts.set(key, (counts.get(key) ?? 0) + 1);
    }
  const colours = [...counts.entries()].sort((a, b) => b[1] - a[1]).map(([key]) => key.split(',').map(Number) as [number, number, number]);
  const background = colours[0]!;
  return Math.max(...colours.map((colour) => contrast(colour, background)));
}

/**
 * Sizes the test page where the launcher can (Chromium, Firefox). WebKit's WebDriver launcher
 * keeps its fixed 1024x768 window, which every test that calls this is written to work in too.
 */
export async function viewport(width: number, height: number) {
  if (engine === 'webkit') return;
  const { setViewport } = await import('@web/test-runner-commands');
  await setViewport({ width, height });
}

/** Shift+Tab in every engine: Puppeteer wants the modifier held; the WebKit launcher takes the chord. */
export async function shiftTab() {
  const { sendKeys } = await import('@web/test-runner-commands');
  if (engine === 'webkit') return sendKeys({ press: 'Shift+Tab' });
  await sendKeys({ down: 'Shift' });
  await sendKeys({ press: 'Tab' });
  await sendKeys({ up: 'Shift' });
}

/** Collects console.warn calls made while `run` runs. */
export async function warningsDuring(run: () => Promise<unknown>): Promise<string[]> {
  const seen: string[] = [];
  const warn = console.warn;
  console.warn = (...args: unknown[]) => seen.push(args.map(String).join(' '));
  try {
    await run();
  } finally {
    console.warn = warn;
  }
  return seen;
}
