// Writes the light-DOM fallback of each element in each built-in language to dist/snippets/
// (<tag>.<lang>.html): the markup to paste between an element's tags, which the WordPress plugin
// prints from the server. Made by src/fallback/fallback-html.ts, the generator the playground uses.
import { mkdirSync, writeFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { build } from 'esbuild';

const entry = 'node_modules/.cache/snippets/generate.mjs';
await build({
  stdin: {
    contents: `
      import '../src/lang/es.ts';
      export { defaultConfigs } from '../src/engine/index.ts';
      export { quizFallback, tableFallback } from '../src/fallback/fallback-html.ts';`,
    resolveDir: 'scripts',
    loader: 'ts',
  },
  bundle: true,
  format: 'esm',
  platform: 'node',
  outfile: entry,
  logLevel: 'warning',
});
const { defaultConfigs, quizFallback, tableFallback } = await import(pathToFileURL(entry).href);

mkdirSync('dist/snippets', { recursive: true });
const written = [];
for (const [lang, config] of Object.entries(defaultConfigs)) {
  for (const [tag, html] of [
    ['care-choice-quiz', quizFallback(config)],
    ['care-compare-table', tableFallback(config)],
  ]) {
    const file = `dist/snippets/${tag}.${lang}.html`;
    writeFileSync(file, `${html}\n`);
    written.push(file);
  }
}
console.log(`fallback snippets: ${written.join(', ')}`);
