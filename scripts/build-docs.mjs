// The documentation site in dist/docs/ (the last step of `npm run build`), one page per entry of
// docs/pages.json. Each page loads the built drop-in script and the Spanish pack from beside it,
// as a site that hosts them does, so every HTML example on a page is also live under its code.
// A link to a page, heading or file that does not exist stops the build (scripts/docs-site.mjs).
// `--check` only renders every page and checks the README's links too, writing nothing (the docs
// test runs it).
import { copyFileSync, cpSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { build } from 'vite';
import { PAGES, links, renderPage, resolveLink } from './docs-site.mjs';

if (process.argv.includes('--check')) {
  const problems = [];
  for (const page of PAGES) {
    try {
      renderPage(page);
    } catch (error) {
      problems.push(error.message);
    }
  }
  // The README is read on GitHub and npm, not on the site: its links go to files of the repository.
  for (const href of links(readFileSync('README.md', 'utf8'))) {
    const path = href.split('#')[0];
    if (/^(https?:|mailto:)/.test(href)) continue;
    if (!existsSync(path)) problems.push(`README.md: link ${href}: no such file`);
    else if (path.endsWith('.md') && href.includes('#')) {
      try {
        resolveLink(href.replace(/^docs\//, ''), 'docs/index.md');
      } catch (error) {
        problems.push(`README.md: ${error.message}`);
      }
    }
  }
  if (problems.length) {
    console.error(problems.join('\n'));
    process.exit(1);
  }
  console.log(`${PAGES.length} pages and the README: every link goes somewhere`);
  process.exit(0);
}

const OUT = 'dist/docs';
const scripts = ['care-choice.js', 'care-choice.es.js'];
for (const file of scripts) {
  if (!existsSync(`dist/${file}`)) {
    console.error(`dist/${file} is missing: run \`npm run build\` first.`);
    process.exit(1);
  }
}
// The pages are written to a staging folder, then built by Vite as a multi-page site (the style
// sheet and pictures get hashed names, so a host can cache them for good). The drop-in scripts are
// copied as they are, from Vite's public folder: the pages load them with classic script tags, as
// a site does, and Vite leaves those alone.
const STAGE = 'node_modules/.cache/docs-site';
rmSync(STAGE, { recursive: true, force: true });
mkdirSync(`${STAGE}/public`, { recursive: true });
const sri = {};
for (const file of scripts) {
  copyFileSync(`dist/${file}`, `${STAGE}/public/${file}`);
  if (existsSync(`dist/${file}.sri`)) sri[file] = readFileSync(`dist/${file}.sri`, 'utf8').trim();
}
copyFileSync('docs/site.css', `${STAGE}/site.css`);
cpSync('docs/images', `${STAGE}/images`, { recursive: true });
for (const page of PAGES) writeFileSync(`${STAGE}/${page.page}`, renderPage(page, { sri }));

await build({
  configFile: false,
  root: resolve(STAGE),
  base: './',
  publicDir: resolve(STAGE, 'public'),
  logLevel: 'error',
  build: {
    outDir: resolve(OUT),
    emptyOutDir: true,
    rollupOptions: { input: Object.fromEntries(PAGES.map((page) => [page.page.replace(/\.html$/, ''), resolve(STAGE, page.page)])) },
  },
});
console.log(`${OUT}/: ${PAGES.length} pages`);
