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
