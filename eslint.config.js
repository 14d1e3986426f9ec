// Lint: TypeScript, Lit templates, web-component and template accessibility rules, and the
// import boundaries of the layout (engine < shared < elements). `npm test` runs it.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import lit from 'eslint-plugin-lit';
import wc from 'eslint-plugin-wc';
import litA11y from 'eslint-plugin-lit-a11y';
import globals from 'globals';

const outsideEngine = 'The engine is pure TypeScript: it imports only its own modules (no Lit, no DOM-side code).';

/** Bare package imports, and relative ones that climb `depth` folders or more, i.e. out of src/engine. */
const engineBoundary = (depth) => [
  'error',
  {
    patterns: [
      { regex: '^[^.]', message: outsideEngine },
      { regex: `^${'\\.\\./'.repeat(depth)}`, message: outsideEngine },
    ],
  },
];

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'custom-elements.json', 'wordpress/**/*.js', 'bench/**', 'test/pages/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      // Tests and hostile-input checks build odd values on purpose.
      '@typescript-eslint/no-explicit-any': 'off',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['src/**/*.ts'],
    ...lit.configs['flat/recommended'],
  },
  {
    files: ['src/**/*.ts'],
    ...wc.configs['flat/recommended'],
    settings: { wc: { elementBaseClasses: ['LitElement', 'CareChoiceElement'] } },
  },
  {
    files: ['src/**/*.ts'],
    ...litA11y.configs.recommended,
  },
  {
    files: ['src/**/*.ts'],
    rules: {
      // Registration lives only in src/define.ts (guarded), and in the base's guarded dependencies.
      'wc/no-self-class': 'off',
    },
  },
  {
    files: ['test/**/*.ts'],
    // chai's property assertions (`expect(x).to.exist`) read as expressions.
    rules: { '@typescript-eslint/no-unused-expressions': 'off' },
  },
  { files: ['src/engine/*.ts'], rules: { 'no-restricted-imports': engineBoundary(1) } },
  { files: ['src/engine/*/**/*.ts'], rules: { 'no-restricted-imports': engineBoundary(2) } },
  {
    files: ['src/engine/**/*.ts'],
    rules: {
      'no-restricted-globals': [
        'error',
        ...[
          'window',
          'document',
          'CustomEvent',
          'sessionStorage',
          'localStorage',
          'HTMLElement',
          'customElements',
          'navigator',
          'location',
        ].map((name) => ({ name, message: outsideEngine })),
      ],
    },
  },
  {
    files: ['src/shared/**/*.ts', 'src/context/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [{ regex: '(^|/)elements/', message: 'Shared code serves the elements; it never imports them.' }] },
      ],
    },
  },
  {
    // Type-aware rules for the shipped code: promises that are dropped or misused, and values whose
    // type TypeScript cannot see (any) flowing into the widget.
    files: ['src/**/*.ts'],
    extends: [tseslint.configs.recommendedTypeCheckedOnly],
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
    rules: {
      // Lit calls listeners bound in templates (@click=${this.onNext}) with the host as `this`.
      '@typescript-eslint/unbound-method': 'off',
    },
  },
);
