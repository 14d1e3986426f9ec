import { defineConfig } from 'vitest/config';
import { asciiOnly, minifyTemplates } from './scripts/minify-templates.js';

// The drop-in build: one classic, self-registering script with Lit, the engine and the content inlined.
export default defineConfig({
  plugins: [minifyTemplates(), asciiOnly()],
  build: {
    target: 'es2021',
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
  },
  test: {
    include: ['test/engine/**/*.test.ts', 'test/*.test.ts'],
    environment: 'node',
  },
});
