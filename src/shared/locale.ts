/**
 * The language an element speaks: its own `lang`, else the nearest `lang` up the tree (crossing
 * shadow roots), else `<html lang>`, else English.
 */
export function resolveLang(element: Element): string {
  let node: Node | null = element;
  while (node) {
    if (node instanceof Element && node.getAttribute('lang')) return node.getAttribute('lang')!;
    node = node.parentNode ?? (node instanceof ShadowRoot ? node.host : null);
  }
  return document.documentElement.lang || 'en';
}

/** Fills `{name}` placeholders. Values are plain text; the result is rendered as text, never HTML. */
export function format(template: string, values: Record<string, string | number> = {}): string {
  return template.replace(/\{(\w+)\}/g, (match, key: string) => (key in values ? String(values[key]) : match));
}
