// Runs before Lit in the drop-in script. Lit registers its version in page globals and calls
// polyfill hooks found there; a page (or another script) that left something else under those
// names would stop the widget from loading at all. Only values Lit could not use are removed.
const page = globalThis as unknown as Record<string, unknown>;
for (const name of ['litHtmlVersions', 'reactiveElementVersions', 'litElementVersions']) {
  if (page[name] !== undefined && !Array.isArray(page[name])) delete page[name];
}
for (const name of ['litHtmlPolyfillSupport', 'reactiveElementPolyfillSupport', 'litElementPolyfillSupport', 'litElementHydrateSupport']) {
  if (page[name] !== undefined && typeof page[name] !== 'function') delete page[name];
}
