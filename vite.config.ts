import { defineConfig } from 'vitest/config';
import { languagePack } from './scripts/language-pack.js';
import { asciiOnly, minifyTemplates, squeeze } from './scripts/minify-templates.js';
import { subresourceIntegrity } from './scripts/sri.js';

const test = {
  include: ['test/unit/**/*.test.ts', 'test/integration/node/**/*.test.ts'],
  environment: 'node' as const,
  // A cap, not a timing check: the walks over every answer set and type-aware ESLint take seconds
  // on a loaded 2-core machine.
  testTimeout: 60_000,
  // The counts also go to a file per npm script, for `npm run figures` (used only when together
  // they cover every file).
  reporters: ['default', ['json', { outputFile: `test-results/vitest-${process.env.npm_lifecycle_event ?? 'run'}.json` }]] as [
    'default',
    ['json', { outputFile: string }],
  ],
};

// The drop-in builds. `vite build`: one classic, self-registering script with Lit, the engine and
// the English content inlined. `vite build --mode lang-es`: the Spanish pack, a classic script of
// its own (dist/care-choice.es.js) that only queues its words for the main script. Each build
// also writes the file's Subresource Integrity value beside it (dist/care-choice.js.sri).
export default defineConfig(({ mode }) => {
  const pack = /^lang-([a-z]{2,3})$/.exec(mode)?.[1];
  if (pack) {
    return {
      plugins: [languagePack(pack), squeeze(), asciiOnly(), subresourceIntegrity()],
      build: {
        target: 'es2021',
        outDir: 'dist',
        emptyOutDir: false,
        lib: {
          entry: `src/lang/${pack}.pack.ts`,
          name: 'CareChoiceLanguagePack',
          formats: ['iife'],
          fileName: () => `care-choice.${pack}.js`,
        },
        minify: true,
        sourcemap: false,
      },
      test,
    };
  }
  return {
    plugins: [minifyTemplates(), squeeze({ manglePrivate: true }), asciiOnly(), subresourceIntegrity()],
    build: {
      target: 'es2022',
      outDir: 'dist',
      emptyOutDir: false,
      lib: {
        entry: 'src/bundle.ts',
        name: 'CareChoice',
        formats: ['iife'],
        fileName: () => 'care-choice.js',
      },
      minify: true,
      sourcemap: false,
      rollupOptions: {
        output: {
          // A page that cannot run the widget gets one clear console error instead of an uncaught
          // one: above all a Content-Security-Policy whose trusted-types list lacks lit-html.
          banner: 'try{',
          footer: `}catch(e){console.error(/trusted|createPolicy/i.test(String(e&&e.message))?'care-choice: this page\\'s Content-Security-Policy does not allow the Trusted Types policy "lit-html" the widget needs. Add it to the policy (trusted-types lit-html); see the README. The widget is not shown.':'care-choice: the widget could not start: '+(e&&e.message),e)}`,
        },
      },
    },
    test,
  };
});
