// npm run bench: builds, then measures the drop-in script in headless Chromium with 4x CPU
// throttling. Reports medians of several runs; it reports, it never fails on timings.
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize } from 'node:path';
import { gzipSync } from 'node:zlib';
import puppeteer from 'puppeteer-core';

const RUNS = Number(process.env.BENCH_RUNS ?? 5);
const THROTTLE = 4;
const root = process.cwd();

if (!process.argv.includes('--no-build')) execFileSync('npm', ['run', 'build', '--silent'], { stdio: 'inherit' });

const chrome = [process.env.CHROME_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'].find((p) => p && existsSync(p));
if (!chrome) {
  console.error('No Chromium found: apt-get install -y chromium, or set CHROME_PATH.');
  process.exit(1);
}

const types = { '.html': 'text/html', '.js': 'text/javascript' };
const server = createServer((req, res) => {
  const path = normalize(decodeURIComponent(new URL(req.url, 'http://x').pathname)).replace(/^(\.\.[/\\])+/, '');
  const file = join(root, path);
  if (!file.startsWith(root) || !existsSync(file)) {
    res.writeHead(404).end();
    return;
  }
  res.writeHead(200, { 'content-type': types[extname(file)] ?? 'application/octet-stream', 'cache-control': 'no-store' });
  res.end(readFileSync(file));
});
await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
const base = `http://127.0.0.1:${server.address().port}`;

const browser = await puppeteer.launch({
  executablePath: chrome,
  headless: true,
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
});

async function measure(path, run) {
  const page = await browser.newPage();
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

const first = [];
const many = [];
for (let i = 0; i < RUNS; i++) {
  first.push(
    await measure('/bench/first-question.html', async (page) => {
      await page.waitForFunction(() => window.__firstQuestion !== undefined, { timeout: 30_000 });
      return { ms: await page.evaluate(() => window.__firstQuestion) };
    }),
  );
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

const code = readFileSync('dist/care-choice.js');
const rows = [
  ['dist/care-choice.js, gzip', `${(gzipSync(code, { level: 9 }).length / 1024).toFixed(2)} KB (${(code.length / 1024).toFixed(1)} KB raw)`],
  ['navigation → first question visible', `${median(first.map((r) => r.ms)).toFixed(0)} ms`],
  ['render 50 tables + 20 quizzes', `${median(many.map((r) => r.ms)).toFixed(0)} ms`],
  ['long tasks on that page (count)', `${median(many.map((r) => r.longTasks))}`],
  ['longest task on that page', `${median(many.map((r) => r.longestTask)).toFixed(0)} ms`],
  ['JS heap, one quiz page', `${median(first.map((r) => r.heapMB)).toFixed(1)} MB`],
  ['JS heap, 70-element page', `${median(many.map((r) => r.heapMB)).toFixed(1)} MB`],
];
console.log(`\ncare-choice benchmark: headless Chromium, ${THROTTLE}x CPU throttling, median of ${RUNS} runs\n`);
const width = Math.max(...rows.map((r) => r[0].length));
console.log(`| ${'measure'.padEnd(width)} | value |`);
console.log(`|${'-'.repeat(width + 2)}|-------|`);
for (const [name, value] of rows) console.log(`| ${name.padEnd(width)} | ${value} |`);
