import { existsSync } from 'node:fs';
import { esbuildPlugin } from '@web/dev-server-esbuild';
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
 * `executeServerCommand('ax-tree')`: Chromium's full accessibility tree (the stock a11ySnapshot
 * prunes table and row nodes, which are exactly what the compare-table tests need to see).
 */
function axTreePlugin() {
  return {
    name: 'ax-tree-command',
    async executeCommand({ command, session }) {
      if (command !== 'ax-tree') return undefined;
      const page = session.browser.getPage(session.id);
      return page.accessibility.snapshot({ interestingOnly: false });
    },
  };
}

export default {
  files: ['test/elements/**/*.test.ts'],
  nodeResolve: { exportConditions: ['development'] },
  plugins: [axTreePlugin(), esbuildPlugin({ ts: true, tsconfig: 'tsconfig.json', target: 'es2021' })],
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
