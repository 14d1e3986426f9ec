// npm run docs (after `npm run build`): the documentation site in dist/docs/, one page per entry of
// docs/pages.json. Each page loads the built drop-in script and the Spanish pack from beside it,
// as a site that hosts them does, so every HTML example on a page is also live under its code.
// A link to a page, heading or file that does not exist stops the build (scripts/docs-site.mjs).
import { copyFileSync, cpSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { PAGES, renderPage } from './docs-site.mjs';

const OUT = 'dist/docs';
const scripts = ['care-choice.js', 'care-choice.es.js'];
for (const file of scripts) {
  if (!existsSync(`dist/${file}`)) {
    console.error(`dist/${file} is missing: run \`npm run build\` first.`);
    process.exit(1);
  }
}
mkdirSync(OUT, { recursive: true });
const sri = {};
for (const file of scripts) {
  copyFileSync(`dist/${file}`, `${OUT}/${file}`);
  if (existsSync(`dist/${file}.sri`)) sri[file] = readFileSync(`dist/${file}.sri`, 'utf8').trim();
}
copyFileSync('docs/site.css', `${OUT}/site.css`);
cpSync('docs/images', `${OUT}/images`, { recursive: true });
for (const page of PAGES) writeFileSync(`${OUT}/${page.page}`, renderPage(page, { sri }));
console.log(`${OUT}/: ${PAGES.length} pages`);
