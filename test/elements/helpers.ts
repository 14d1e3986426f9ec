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

export function $(el: Element, selector: string): HTMLElement {
  const found = el.shadowRoot!.querySelector<HTMLElement>(selector);
  if (!found) throw new Error(`no ${selector} in <${el.localName}>`);
  return found;
}

export async function settle(...elements: LitElement[]) {
  for (let i = 0; i < 3; i++) await Promise.all(elements.map((el) => el.updateComplete));
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
  const axe = (window as unknown as { axe: typeof import('axe-core') }).axe;
  const results = await axe.run(el, { resultTypes: ['violations'] });
  const serious = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  expect(serious.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).to.deep.equal([]);
}

export type Pixels = { width: number; height: number; at(x: number, y: number): [number, number, number] };

/** What the browser painted in `rect` (viewport coordinates, as getBoundingClientRect gives), as pixels. */
export async function screenshot(rect: { x: number; y: number; width: number; height: number }, save?: string): Promise<Pixels> {
  const { executeServerCommand } = await import('@web/test-runner-commands');
  const clip = { x: Math.max(0, Math.floor(rect.x + scrollX)), y: Math.max(0, Math.floor(rect.y + scrollY)), width: Math.ceil(rect.width), height: Math.ceil(rect.height) };
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
  for (let y = 0; y < pixels.height; y++) for (let x = 0; x < pixels.width; x++) {
    const key = pixels.at(x, y).join(',');
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  const colours = [...counts.entries()].sort((a, b) => b[1] - a[1]).map(([key]) => key.split(',').map(Number) as [number, number, number]);
  const background = colours[0]!;
  return Math.max(...colours.map((colour) => contrast(colour, background)));
}
