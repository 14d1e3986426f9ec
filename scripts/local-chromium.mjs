// What the scripts that drive headless Chromium share (bench, screenshots) and the browser tests'
// config uses too: where Chromium is, how it is launched, and a local server for the repo's files.
import { existsSync, readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize } from 'node:path';
import puppeteer from 'puppeteer-core';

/** Where a Chromium may be: CHROME_PATH first, then the usual places. */
/** Chromium's flags for every headless run here: --no-sandbox (CI runs as root); the rest keep it from reaching for the network. */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

export const CHROMIUM_CANDIDATES = [
  process.env.CHROME_PATH,
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
];

/** The first Chromium found, or the end of the run with how to get one. */
export function findChromium() {
  const found = CHROMIUM_CANDIDATES.find((path) => path && existsSync(path));
  if (found) return found;
  console.error('No Chromium found: apt-get install -y chromium, or set CHROME_PATH.');
  process.exit(1);
}

/** Headless Chromium kept off the network (no updates, sync or background requests). */
export const launchChromium = () =>
  puppeteer.launch({
    executablePath: findChromium(),
    headless: true,
    args: CHROMIUM_ARGS,
  });

const TYPES = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.css': 'text/css', '.json': 'application/json' };

/**
 * Serves the repository's files, and the pages `pageFor(url)` generates (HTML, or undefined for a
 * file), on a free local port, uncached. `?delay=<ms>` on any address holds the response back, as a
 * slow network would. Resolves to the server and its base URL.
 */
export async function serveRepo(pageFor = () => undefined) {
  const root = process.cwd();
  const server = createServer((req, res) => {
    const url = new URL(req.url, 'http://x');
    const delay = Number(url.searchParams.get('delay') ?? 0);
    if (delay) {
      url.searchParams.delete('delay');
      setTimeout(() => server.emit('request', Object.assign(req, { url: `${url.pathname}${url.search}` }), res), delay);
      return;
    }
    const page = pageFor(url);
    if (page !== undefined) {
      res.writeHead(200, { 'content-type': TYPES['.html'], 'cache-control': 'no-store' });
      res.end(page);
      return;
    }
    const file = join(root, normalize(decodeURIComponent(url.pathname)).replace(/^(\.\.[/\\])+/, ''));
    if (!file.startsWith(root) || !existsSync(file)) return void res.writeHead(404).end();
    res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream', 'cache-control': 'no-store' });
    res.end(readFileSync(file));
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { server, base: `http://127.0.0.1:${server.address().port}` };
}
