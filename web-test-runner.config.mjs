import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { build } from 'esbuild';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { defaultReporter } from '@web/test-runner';
import { chromeLauncher } from '@web/test-runner-chrome';

/** A locally installed Chromium: CHROME_PATH first, then the usual places. */
function findChromium() {
  const candidates = [
    process.env.CHROME_PATH,
    '/usr/bin/chromium',
    '/usr/bin/chromium-browser',
    '/usr/bin/google-chrome',
    '/usr/bin/google-chrome-stable',
    '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
  ].filter(Boolean);
  const found = candidates.find((path) => existsSync(path));
  if (!found) {
    console.error(
      'No Chromium found for the browser tests. Install one (Debian/Ubuntu: `apt-get install -y chromium`) ' +
        'or set CHROME_PATH to a Chrome or Chromium binary.',
    );
    process.exit(1);
  }
  return found;
}

/**
 * Server commands the element tests need beyond the stock ones:
 * - `ax-tree`: Chromium's full accessibility tree (the stock a11ySnapshot prunes table and row
 *   nodes, which are exactly what the compare-table tests need to see);
 * - `emulate-media-features`: any media feature, e.g. `forced-colors: active`, which the stock
 *   emulateMedia command does not cover;
 * - `screenshot`: a PNG (base64) of a region of the page as the browser painted it, so tests can
 *   check what a person sees (forced colors, focus rings), not only what the CSS says.
 */
function pageCommandsPlugin() {
  const cdpSessions = new WeakMap();
  return {
    name: 'care-choice-page-commands',
    async executeCommand({ command, payload, session }) {
      const page = () => session.browser.getPage(session.id);
      if (command === 'ax-tree') return page().accessibility.snapshot({ interestingOnly: false });
      if (command === 'screenshot') {
        // `path` (under test-results/) also keeps the picture, for a person to look at.
        const { x, y, width, height, path } = payload;
        const safePath = path ? `test-results/${String(path).replace(/[^a-z0-9._-]/gi, '_')}` : undefined;
        const base64 = await page().screenshot({ encoding: 'base64', clip: { x, y, width, height }, captureBeyondViewport: false });
        if (safePath) {
          mkdirSync('test-results', { recursive: true });
          writeFileSync(safePath, Buffer.from(base64, 'base64'));
        }
        return base64;
      }
      if (command === 'emulate-media-features') {
        // Straight to CDP: puppeteer's emulateMediaFeatures rejects names it does not know. The
        // session stays open, since emulation ends with the session that set it.
        if (!cdpSessions.has(page())) cdpSessions.set(page(), await page().createCDPSession());
        await cdpSessions.get(page()).send('Emulation.setEmulatedMedia', { features: payload });
        return true;
      }
      return undefined;
    },
  };
}

/** Ends the run with a plain "N passed, N failed" line that CI logs can be read by. */
function plainSummaryReporter() {
  const count = (suite, into) => {
    for (const test of suite?.tests ?? []) {
      if (test.skipped) into.skipped++;
      else if (test.passed) into.passed++;
      else into.failed++;
    }
    for (const child of suite?.suites ?? []) count(child, into);
    return into;
  };
  let line = '';
  return {
    onTestRunFinished({ sessions }) {
      const totals = { passed: 0, failed: 0, skipped: 0 };
      for (const session of sessions) {
        count(session.testResults, totals);
        if (!session.passed && !session.testResults?.tests?.length && !session.testResults?.suites?.length) totals.failed++;
      }
      line = `browser tests: ${totals.passed} passed, ${totals.failed} failed, ${totals.skipped} skipped`;
    },
    start() {
      // Written at exit, after the dynamic progress display has let go of the terminal.
      process.on('exit', () => line && process.stdout.write(`${line}\n`));
    },
  };
}

/**
 * The React and Vue pages of the embed tests, bundled here (React and Vue from node_modules, no CDN);
 * the pages load the built dist/care-choice.js beside them, as a site would.
 */
await build({
  entryPoints: ['test/pages/react-app.ts', 'test/pages/vue-app.ts'],
  bundle: true,
  format: 'esm',
  target: 'es2021',
  outdir: 'node_modules/.cache/framework-pages',
  define: { 'process.env.NODE_ENV': '"production"', __VUE_OPTIONS_API__: 'false', __VUE_PROD_DEVTOOLS__: 'false', __VUE_PROD_HYDRATION_MISMATCH_DETAILS__: 'false' },
  logLevel: 'warning',
});

/** The strict policy the CSP page is served with, as a real HTTP header. */
const STRICT_CSP = "default-src 'self'; script-src 'self'; style-src 'self'; require-trusted-types-for 'script'";

export default {
  middleware: [
    function strictCsp(context, next) {
      if (context.path === '/test/pages/csp.html') context.set('Content-Security-Policy', STRICT_CSP);
      return next();
    },
  ],
  reporters: [defaultReporter(), plainSummaryReporter()],
  files: ['test/elements/**/*.test.ts'],
  nodeResolve: { exportConditions: ['development'] },
  plugins: [pageCommandsPlugin(), esbuildPlugin({ ts: true, tsconfig: 'tsconfig.json', target: 'es2021' })],
  concurrency: 1,
  concurrentBrowsers: 1,
  testFramework: { config: { timeout: 10000 } },
  browsers: [
    chromeLauncher({
      launchOptions: {
        executablePath: findChromium(),
        // --no-sandbox: CI runs as root. The rest keep Chromium from reaching for the network.
        args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
      },
    }),
  ],
};
