const MARK = 'data-care-choice-print';
let sheet: CSSStyleSheet | undefined;

/**
 * Prints just one widget: the outermost host around `element` stays visible and moves to the top
 * of the page, everything else is hidden for the print. Uses a constructable sheet (allowed under
 * a strict CSP) added on first use and a mark removed again after printing.
 */
export function printOnly(element: Element) {
  let host: Element = element;
  while (host.getRootNode() instanceof ShadowRoot) host = (host.getRootNode() as ShadowRoot).host;
  if (!sheet) {
    sheet = new CSSStyleSheet();
    // Written minified: the drop-in's minifier sees only css`` templates.
    const page = `html[${MARK}]`;
    const widget = `${page} [${MARK}]`;
    sheet.replaceSync(
      `@media print{${page} body *{visibility:hidden!important}${widget},${widget} *{visibility:visible!important}` +
        `${widget}{position:absolute!important;inset:0 auto auto 0!important;inline-size:100%!important;margin:0!important}}`,
    );
    document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
  }
  const cleanup = () => {
    document.documentElement.removeAttribute(MARK);
    host.removeAttribute(MARK);
  };
  document.documentElement.setAttribute(MARK, '');
  host.setAttribute(MARK, '');
  window.addEventListener('afterprint', cleanup, { once: true });
  window.print();
}
