export default {
  globs: ['src/elements/**/*.ts', 'src/shared/care-choice-element.ts', 'src/define.ts'],
  exclude: ['src/**/*.styles.ts', 'src/elements/care-choice-result/print.ts'],
  litelement: true,
  packagejson: false,
  plugins: [
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
