/** Where a source module ships in the npm package: src/x/y.ts -> dist/esm/x/y.js. */
const shipped = (path) => path.replace(/^\/?src\//, 'dist/esm/').replace(/\.ts$/, '.js');

/** Every `module` reference inside a manifest node, rewritten in place to the shipped file. */
function pointAtShippedFiles(node) {
  if (Array.isArray(node)) return node.forEach(pointAtShippedFiles);
  if (!node || typeof node !== 'object') return;
  for (const [key, value] of Object.entries(node)) {
    if ((key === 'module' || key === 'path') && typeof value === 'string' && /^\/?src\//.test(value)) node[key] = shipped(value);
    else pointAtShippedFiles(value);
  }
}

export default {
  globs: ['src/elements/**/*.ts', 'src/shared/care-choice-element.ts', 'src/define.ts'],
  // Only the elements and their base: the helpers beside an element (print, popup, directives) are internal.
  exclude: ['src/**/*.styles.ts', 'src/elements/*/!(care-)*.ts'],
  litelement: true,
  packagejson: false,
  plugins: [
    {
      // The manifest describes the package's public surface: tools (IDEs, Storybook, linters) read
      // it to offer what a page may use. Private and protected members, and the module-level
      // constants the elements share among themselves, are not part of it.
      name: 'care-choice-public-surface',
      packageLinkPhase({ customElementsManifest }) {
        for (const module of customElementsManifest.modules) {
          module.declarations = (module.declarations ?? []).filter((d) => d.kind === 'class' || d.kind === 'mixin');
          const declared = new Set(module.declarations.map((d) => d.name));
          // A definition is public when it names a tag; the base's loop over its dependencies
          // (`customElements.define(tag, element)`) is read by the analyzer as one named "tag".
          module.exports = (module.exports ?? []).filter((e) =>
            e.kind === 'custom-element-definition' ? e.name.includes('-') : declared.has(e.declaration?.name),
          );
          for (const declaration of module.declarations) {
            // Internal reactive state (Lit's `state: true`) is declared in `static properties` beside
            // the attributes; the analyzer lists it as attributes named after private fields.
            const hidden = new Set((declaration.members ?? []).filter((m) => m.privacy && m.privacy !== 'public').map((m) => m.name));
            declaration.members = (declaration.members ?? []).filter((m) => !hidden.has(m.name));
            declaration.attributes = (declaration.attributes ?? []).filter((a) => !hidden.has(a.fieldName));
          }
        }
      },
    },
    {
      // Paths point at the files the package ships (dist/esm/*.js), which is what a tool that reads
      // the manifest from node_modules can open; src/ is not published.
      name: 'care-choice-shipped-paths',
      packageLinkPhase({ customElementsManifest }) {
        pointAtShippedFiles(customElementsManifest.modules);
      },
    },
    {
      // The analyzer lists modules in file-system order, which differs between machines and runs;
      // sort them so the committed manifest is stable and the drift test compares like with like.
      name: 'care-choice-stable-order',
      packageLinkPhase({ customElementsManifest }) {
        customElementsManifest.modules.sort((a, b) => a.path.localeCompare(b.path));
      },
    },
  ],
};
