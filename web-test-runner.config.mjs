import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { relative } from 'node:path';
import { build } from 'esbuild';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { defaultReporter } from '@web/test-runner';
import { chromeLauncher, puppeteerCore } from '@web/test-runner-chrome';
import { CHROMIUM_ARGS, CHROMIUM_CANDIDATES } from './scripts/local-chromium.mjs';
import { findOnPath, webkitGtkLauncher } from './test/launchers/webkitgtk.mjs';

/** The first of `candidates` that exists, or the end of the run with `help` on how to get one. */
function findBrowser(candidates, help) {
  const found = candidates.filter(Boolean).find((path) => existsSync(path));
  if (found) return found;
  console.error(help);
  process.exit(1);
}

/** A locally installed Chromium: CHROME_PATH first, then the usual places. */
const findChromium = () =>
  findBrowser(
    CHROMIUM_CANDIDATES,
    'No Chromium found for the browser tests. Install one (Debian/Ubuntu: `apt-get install -y chromium`) or set CHROME_PATH to a Chrome or Chromium binary.',
  );

/** A locally installed Firefox: FIREFOX_PATH first, then Debian's firefox-esr, then firefox. */
const findFirefox = () =>
  findBrowser(
    [process.env.FIREFOX_PATH, findOnPath('firefox-esr'), findOnPath('firefox')],
    'No Firefox found for the browser tests. Install one (Debian: `apt-get install -y firefox-esr`), set FIREFOX_PATH, or leave Firefox out with BROWSERS=chromium,webkit.',
  );

/**
 * The engines to run, from BROWSERS (a comma list of chromium, firefox, webkit); all three by
 * default, as CI runs them.
 */
const ENGINES = ['chromium', 'firefox', 'webkit'];
const engines = (process.env.BROWSERS ?? ENGINES.join(','))
  .split(',')
  .map((name) => name.trim().toLowerCase())
  .filter(Boolean);
for (const name of engines) {
  if (!ENGINES.includes(name)) {
    console.error(`BROWSERS: unknown engine "${name}" (known: ${ENGINES.join(', ')})`);
    process.exit(1);
  }
}

/** "Firefox 153.7.0esr" from `firefox-esr --version`, for the run's labels; the bare name if that fails. */
function labelled(name, executable) {
  try {
    const version = execFileSync(executable, ['--version'], {
      encoding: 'utf8',
      timeout: 10000,
      stdio: ['ignore', 'pipe', 'ignore'],
    }).match(/\d+(\.\d+)+\w*/);
    return version ? `${name} ${version[0]}` : name;
  } catch {
    return name;
  }
}

function browsers() {
  const launchers = [];
  if (engines.includes('chromium')) {
    const executablePath = findChromium();
    const chromium = chromeLauncher({
      launchOptions: {
        executablePath,
        args: CHROMIUM_ARGS,
      },
    });
    chromium.name = labelled('Chromium', executablePath);
    launchers.push(chromium);
  }
  if (engines.includes('firefox')) {
    // Puppeteer over WebDriver BiDi: no geckodriver. Passing puppeteer-core as the custom puppeteer
    // makes the launcher honour `browser: 'firefox'` (and name the run "Firefox").
    const executablePath = findFirefox();
    const firefox = chromeLauncher({
      puppeteer: puppeteerCore,
      launchOptions: { browser: 'firefox', executablePath, headless: true },
    });
    firefox.name = labelled('Firefox', executablePath);
    launchers.push(firefox);
  }
  if (engines.includes('webkit')) {
    try {
      // WEBKIT_COMPOSITING=1 turns WebKit's accelerated compositing back on (slow under Xvfb).
      launchers.push(webkitGtkLauncher({ compositing: process.env.WEBKIT_COMPOSITING === '1' }));
    } catch (error) {
      console.error(
        `${error.message} Install them (Debian: \`apt-get install -y webkit2gtk-driver xvfb\`) or leave WebKit out with BROWSERS=chromium,firefox.`,
      );
      process.exit(1);
    }
  }
  return launchers;
}

/**
 * Server commands the element tests need beyond the stock ones:
 * - `ax-tree`: Chromium's full accessibility tree (the stock a11ySnapshot prunes table and row
 *   nodes, which are exactly what the compare-table tests need to see);
 * - `emulate-media-features`: any media feature, e.g. `forced-colors: active`, which the stock
 *   emulateMedia command does not cover;
 * - `screenshot`: a PNG (base64) of a region of the page as the browser painted it, so tests can
 *   check what a person sees (forced colors, focus rings), not only what the CSS says;
 * - `cpu-throttle`: a slower CPU, as on a phone, for timing-dependent behaviour (render slices).
 * These go to the Chrome DevTools Protocol, so only the Chromium launcher has them; the tests
 * that use them are skipped in Firefox and WebKit (helpers.ts: NEEDS_CDP).
 * - `first-try-failed`: a test that failed its first try and is run again (test/support/retries.ts).
 * - `focus-page`: gives the test page system focus, as a visitor's window has, so keys act as a
 *   visitor's do (a headless page can lose it, e.g. when a Tab leaves the page's last control).
 *   Chromium and Firefox through puppeteer; WebKit's MiniBrowser window always has focus here.
 */
function pageCommandsPlugin() {
  const cdpSessions = new WeakMap();
  return {
    name: 'care-choice-page-commands',
    async executeCommand({ command, payload, session }) {
      if (command === 'first-try-failed') {
        // From test/support/retries.ts, for the run's closing lines.
        const file = relative(process.cwd(), session.testFile);
        firstTries.push({ engine: session.browser.name, key: `${file} > ${payload.title}`, message: payload.message });
        return true;
      }
      if (
        ['ax-tree', 'emulate-media-features', 'screenshot', 'cpu-throttle'].includes(command) &&
        !session.browser.name.startsWith('Chromium')
      ) {
        throw new Error(`${command} needs the Chrome DevTools Protocol, which ${session.browser.name} does not have here`);
      }
      const page = () => session.browser.getPage(session.id);
      if (command === 'focus-page') {
        if (session.browser.name.startsWith('WebKit')) return true;
        await page().bringToFront();
        if (session.browser.name.startsWith('Chromium')) {
          // bringToFront does not reach a headless window's focus; CDP's focus emulation does.
          if (!cdpSessions.has(page())) cdpSessions.set(page(), await page().createCDPSession());
          await cdpSessions.get(page()).send('Emulation.setFocusEmulationEnabled', { enabled: true });
        }
        return true;
      }
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
      if (command === 'cpu-throttle') {
        // A slow phone (4 means four times slower); 1 ends it.
        if (!cdpSessions.has(page())) cdpSessions.set(page(), await page().createCDPSession());
        await cdpSessions.get(page()).send('Emulation.setCPUThrottlingRate', { rate: payload.rate });
        return true;
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

/** An error message's first line, kept short enough for a log line. */
const firstLine = (message) =>
  String(message ?? 'no error message')
    .split('\n')[0]
    .slice(0, 300);

/** Tests that failed their first try, as test/support/retries.ts reports them. */
const firstTries = [];

/**
 * Ends the run with a plain "N passed, N failed" line that CI logs can be read by. Before it, one
 * line per engine (worded so that it is not read as a second closing line), the tests each engine
 * skipped, whose titles carry the reason, the tests slower than half the timeout (the first to time
 * out on a busy machine), the tests that failed a first try (and whether the retry passed), and
 * last the tests that failed with the first line of their error: a CI log is often read from its
 * end only, and a failure must be named there.
 */
function plainSummaryReporter() {
  const count = (suite, into, path) => {
    for (const test of suite?.tests ?? []) {
      if (test.skipped) {
        into.skipped++;
        into.skippedTitles.push([...path, test.name].join(' > '));
        continue;
      }
      if (test.passed) {
        into.passed++;
        into.passedKeys.add([...path, test.name].join(' > '));
      } else {
        into.failed++;
        into.failedTitles.push(`${[...path, test.name].join(' > ')}: ${firstLine(test.error?.message)}`);
      }
      // Half the test timeout: a test this slow on a quiet machine times out on a busy one.
      if ((test.duration ?? 0) > TEST_TIMEOUT / 2)
        into.slowTitles.push(`${(test.duration / 1000).toFixed(1)} s: ${[...path, test.name].join(' > ')}`);
    }
    for (const child of suite?.suites ?? []) count(child, into, [...path, child.name]);
    return into;
  };
  let lines = [];
  return {
    onTestRunFinished({ sessions }) {
      const perEngine = new Map();
      const totals = { passed: 0, failed: 0, skipped: 0 };
      for (const session of sessions) {
        const name = session.browser.name;
        if (!perEngine.has(name))
          perEngine.set(name, {
            passed: 0,
            failed: 0,
            skipped: 0,
            skippedTitles: [],
            failedTitles: [],
            slowTitles: [],
            passedKeys: new Set(),
          });
        const file = relative(process.cwd(), session.testFile);
        const engine = count(session.testResults, perEngine.get(name), [file]);
        if (!session.passed && !session.testResults?.tests?.length && !session.testResults?.suites?.length) {
          // A file that failed before any test ran (an import error, a browser that went away).
          engine.failed++;
          engine.failedTitles.push(`${file}: the file did not run: ${firstLine(session.errors?.[0]?.message)}`);
        }
      }
      lines = [];
      for (const [name, engine] of perEngine) {
        for (const key of ['passed', 'failed', 'skipped']) totals[key] += engine[key];
        lines.push(`browser tests in ${name}: passed ${engine.passed}, failed ${engine.failed}, skipped ${engine.skipped}`);
        for (const title of engine.skippedTitles) lines.push(`  skipped in ${name}: ${title}`);
      }
      for (const [name, engine] of perEngine) {
        for (const title of engine.slowTitles)
          lines.push(`  slow in ${name} (over ${TEST_TIMEOUT / 2000} s, half the default timeout): ${title}`);
      }
      // Retried tests, whatever the second try gave: a pass on the second try is a flake to fix.
      for (const { engine: name, key, message } of firstTries) {
        const again = perEngine.get(name)?.passedKeys.has(key) ? 'passed on the second try' : 'failed both tries';
        lines.push(`  ${again} in ${name}: ${key}; first try: ${message}`);
      }
      for (const [name, engine] of perEngine) {
        for (const title of engine.failedTitles) lines.push(`  FAILED in ${name}: ${title}`);
      }
      lines.push(`browser tests: ${totals.passed} passed, ${totals.failed} failed, ${totals.skipped} skipped`);
      // The counts per engine, for `npm run figures` (which uses them only from a run of every file).
      mkdirSync('test-results', { recursive: true });
      writeFileSync(
        'test-results/browser-tests.json',
        JSON.stringify({
          date: new Date().toISOString(),
          files: [...new Set(sessions.map((s) => relative(process.cwd(), s.testFile)))].sort(),
          engines: [...perEngine].map(([name, e]) => ({ name, passed: e.passed, failed: e.failed, skipped: e.skipped })),
          firstTriesFailed: firstTries,
        }),
      );
    },
    start() {
      // Written at exit, after the dynamic progress display has let go of the terminal.
      process.on('exit', () => lines.length && process.stdout.write(`${lines.join('\n')}\n`));
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
  define: {
    'process.env.NODE_ENV': '"production"',
    __VUE_OPTIONS_API__: 'false',
    __VUE_PROD_DEVTOOLS__: 'false',
    __VUE_PROD_HYDRATION_MISMATCH_DETAILS__: 'false',
  },
  logLevel: 'warning',
});

/** Mocha's timeout per test, in ms. */
const TEST_TIMEOUT = 10000;

/** The strict policy the CSP pages (test/pages/csp*.html) are served with, as a real HTTP header. */
const STRICT_CSP = "default-src 'self'; script-src 'self'; style-src 'self'; require-trusted-types-for 'script'";

export default {
  middleware: [
    function strictCsp(context, next) {
      if (/^\/test\/pages\/csp(-[a-z]+)?\.html$/.test(context.path)) context.set('Content-Security-Policy', STRICT_CSP);
      return next();
    },
    function untransformedBuild(context, next) {
      // The built drop-in files byte for byte, for the Subresource Integrity test: the esbuild plugin
      // re-prints every .js file it serves (with an inline source map), so /dist/care-choice.js is
      // not the file whose hash the build wrote. Answered here, before any plugin sees it.
      const match = /^\/untransformed\/(dist\/care-choice(\.[a-z]{2,3})?\.js)$/.exec(context.path);
      if (!match) return next();
      context.type = 'text/javascript';
      context.body = readFileSync(match[1]);
    },
  ],
  reporters: [defaultReporter(), plainSummaryReporter()],
  files: ['test/elements/**/*.test.ts', 'test/integration/browser/**/*.test.ts'],
  nodeResolve: { exportConditions: ['development'] },
  // target esnext: TypeScript is compiled, JavaScript is served as it is, so the tests of the built
  // script run the exact bytes of dist/care-choice.js (a lower target re-printed every .js file).
  plugins: [pageCommandsPlugin(), esbuildPlugin({ ts: true, tsconfig: 'tsconfig.base.json', target: 'esnext' })],
  concurrency: 1,
  concurrentBrowsers: 1,
  // One retry, reported at the end of the run (test/support/retries.ts): a busy CI machine can
  // starve a test once, and a failed CI keeps every change from landing.
  testFramework: { config: { timeout: TEST_TIMEOUT, retries: 1 } },
  // A whole file's time (the default is 2 minutes): the editor's file takes over a minute in WebKit
  // on a busy machine, and a retried test can take twice its time.
  testsFinishTimeout: 600000,
  browsers: browsers(),
};
