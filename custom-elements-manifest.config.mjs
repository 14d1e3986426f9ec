export default {
  globs: ['src/elements/**/*.ts', 'src/shared/care-choice-element.ts', 'src/define.ts'],
  exclude: ['src/**/*.styles.ts', 'src/elements/care-choice-result/print.ts'],
  litelement: true,
  packagejson: false,
};
