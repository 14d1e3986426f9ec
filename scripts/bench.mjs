// npm run bench: builds, then measures the drop-in script in headless Chromium with 4x CPU
// throttling. Reports medians of several runs; it reports, it never fails on timings.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import { launchChromium, serveRepo } from './local-chromium.mjs';

const RUNS = Number(process.env.BENCH_RUNS ?? 5);
// How busy the machine was when the run began (timings on a shared machine are only comparable
// within one run): recorded with the results.
const LOAD = loadavg()[0];
const THROTTLE = 4;

if (!process.argv.includes('--no-build')) execFileSync('npm', ['run', 'build', '--silent'], { stdio: 'inherit' });

// The floor: a bare Lit element with @lit/context rendering one question, built as our script is.
await build({
  entryPoints: ['bench/floor.ts'],
  bundle: true,
  minify: true,
  format: 'iife',
  target: 'es2021',
  outfile: 'node_modules/.cache/bench/floor.js',
  tsconfig: 'tsconfig.base.json',
  logLevel: 'warning',
});

// The layout-shift pages: a phone-sized article with a quiz and a table and text below them, the
// two-line snippet (a) with the script at the end of <body>, (b) the same with the fallback content
// from dist/snippets between the tags, (c) with the script in <head>.
const article = Array.from(
  { length: 12 },
  (_, i) =>
    `<p>Paragraph ${i + 1} of the article goes on about caring for a parent after a hospital stay, what families ask, and where to find help nearby.</p>`,
).join('');
const snippet = (tag) =>
  existsSync(`dist/snippets/${tag}.en.html`)
    ? readFileSync(`dist/snippets/${tag}.en.html`, 'utf8').replace(
        '<!--care-choice-cta-->',
        '<p><a href="tel:+15555550123">Call us: 555-0123</a></p>',
      )
    : '';
const shiftPage = (
  head,
  fallback,
  end,
) => `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
  <script src="/bench/layout-shift.js"></script>${head}<style>body{margin:0 auto;max-width:40rem;padding:1rem;font:17px/1.55 Georgia,serif}</style></head><body>
  <h1>Case manager or care manager?</h1><p>Not sure what help your family needs? Answer a few questions.</p>
  <care-choice-quiz cta-href="tel:+15555550123" cta-label="Call us: 555-0123" agency-name="Harbor Care Partners">${fallback ? snippet('care-choice-quiz') : ''}</care-choice-quiz>
  <p>How the two jobs differ:</p>
  <care-compare-table>${fallback ? snippet('care-compare-table') : ''}</care-compare-table>
  ${article}${end}</body></html>`;
// The script arrives 600 ms after the page, as over a phone network: the page paints before it.
const SCRIPT = '<script src="/dist/care-choice.js?delay=600"></script>';
const shiftPages = {
  '/bench/shift-end.html': shiftPage('', false, SCRIPT),
  '/bench/shift-fallback.html': shiftPage('', true, SCRIPT),
  '/bench/shift-head.html': shiftPage(SCRIPT, false, ''),
};

const { server, base } = await serveRepo((url) => shiftPages[url.pathname]);
if (process.argv.includes('--serve')) {
  console.log(base);
  await new Promise(() => {});
}

const browser = await launchChromium();
const browserVersion = await browser.version();

async function measure(path, run, viewport) {
  const page = await browser.newPage();
  if (viewport) await page.setViewport(viewport);
  await page.emulateCPUThrottling(THROTTLE);
  await page.goto(`${base}${path}`, { waitUntil: 'load' });
  const result = await run(page);
  const { JSHeapUsedSize } = await page.metrics();
  await page.close();
  return { ...result, heapMB: JSHeapUsedSize / 1024 / 1024 };
}

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};

const firstQuestion = async (page) => {
  await page.waitForFunction(() => window.__firstQuestion !== undefined, { timeout: 30_000 });
  await new Promise((r) => setTimeout(r, 100));
  const longTasks = await page.evaluate(() => window.__longTasks);
  return { ms: await page.evaluate(() => window.__firstQuestion), longTasks: longTasks.length, longestTask: Math.max(0, ...longTasks) };
};
const layoutShift = async (page) => {
  await new Promise((r) => setTimeout(r, 1500));
  return { cls: await page.evaluate(() => window.__shifts.reduce((sum, value) => sum + value, 0)) };
};
const shifts = Object.fromEntries(Object.keys(shiftPages).map((path) => [path, []]));
const first = [];
const floor = [];
const many = [];
for (let i = 0; i < RUNS; i++) {
  // Alternate which page loads first, so neither always meets a warm browser.
  const pair = [
    ['/bench/first-question.html', first],
    ['/bench/floor.html', floor],
  ];
  for (const [path, into] of i % 2 ? pair.reverse() : pair) into.push(await measure(path, firstQuestion));
  for (const path of Object.keys(shiftPages)) shifts[path].push(await measure(path, layoutShift, { width: 390, height: 844 }));
  many.push(
    await measure('/bench/many.html', async (page) => {
      const { ms } = await page.evaluate(() => window.__run());
      await new Promise((r) => setTimeout(r, 100));
      const longTasks = await page.evaluate(() => window.__longTasks);
      return { ms, longTasks: longTasks.length, longestTask: Math.max(0, ...longTasks) };
    }),
  );
}
await browser.close();
server.close();

const kb = (bytes) => (bytes / 1024).toFixed(2);
const code = readFileSync('dist/care-choice.js');
const pack = existsSync('dist/care-choice.es.js') ? readFileSync('dist/care-choice.es.js') : null;
const floorCode = readFileSync('node_modules/.cache/bench/floor.js');
const ours = median(first.map((r) => r.ms));
const floorMs = median(floor.map((r) => r.ms));
const rows = [
  ['measure', 'care-choice', 'floor (bare Lit + context)'],
  ['script, gzip', `${kb(gzipSync(code, { level: 9 }).length)} KB`, `${kb(gzipSync(floorCode, { level: 9 }).length)} KB`],
  ...(pack ? [['Spanish pack, gzip', `${kb(gzipSync(pack, { level: 9 }).length)} KB`, '']] : []),
  ['navigation → first question visible', `${ours.toFixed(0)} ms (${(ours / floorMs).toFixed(2)}× the floor)`, `${floorMs.toFixed(0)} ms`],
  [
    'long tasks on a page with one quiz',
    `${median(first.map((r) => r.longTasks))} (longest ${median(first.map((r) => r.longestTask)).toFixed(0)} ms)`,
    `${median(floor.map((r) => r.longTasks))} (longest ${median(floor.map((r) => r.longestTask)).toFixed(0)} ms)`,
  ],
  ['render 50 tables + 20 quizzes', `${median(many.map((r) => r.ms)).toFixed(0)} ms`, ''],
  [
    'long tasks on that page',
    `${median(many.map((r) => r.longTasks))} (longest ${median(many.map((r) => r.longestTask)).toFixed(0)} ms)`,
    '',
  ],
  ['layout shift, 390 px: (a) snippet, script at end of <body>', median(shifts['/bench/shift-end.html'].map((r) => r.cls)).toFixed(3), ''],
  [
    'layout shift, 390 px: (b) snippet with fallback content',
    median(shifts['/bench/shift-fallback.html'].map((r) => r.cls)).toFixed(3),
    '',
  ],
  ['layout shift, 390 px: (c) script in <head>', median(shifts['/bench/shift-head.html'].map((r) => r.cls)).toFixed(3), ''],
  ['JS heap, one quiz page', `${median(first.map((r) => r.heapMB)).toFixed(1)} MB`, `${median(floor.map((r) => r.heapMB)).toFixed(1)} MB`],
  ['JS heap, 70-element page', `${median(many.map((r) => r.heapMB)).toFixed(1)} MB`, ''],
];
// The table and how it was measured, for `npm run figures` (docs/generated/figures.md).
mkdirSync('test-results', { recursive: true });
writeFileSync(
  'test-results/bench.json',
  JSON.stringify(
    { date: new Date().toISOString(), runs: RUNS, throttle: THROTTLE, cpus: cpus().length, load: LOAD, browser: browserVersion, rows },
    null,
    2,
  ),
);
console.log(`\ncare-choice benchmark: headless Chromium, ${THROTTLE}x CPU throttling, median of ${RUNS} runs\n`);
const widths = rows[0].map((_, c) => Math.max(...rows.map((r) => r[c].length)));
const line = (r) => `| ${r.map((cell, c) => cell.padEnd(widths[c])).join(' | ')} |`;
console.log(line(rows[0]));
console.log(`|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`);
for (const row of rows.slice(1)) console.log(line(row));
