/**
 * A Web Test Runner launcher for WebKitGTK (Debian's `webkit2gtk-driver`): `WebKitWebDriver`
 * drives `MiniBrowser --automation` over W3C WebDriver (HTTP), in a private Xvfb display.
 *
 * Small on purpose, instead of @web/test-runner-webdriver: that one needs webdriverio, whose
 * dependencies include the npm geckodriver and edgedriver packages, which download their binaries
 * at install time. This launcher speaks the few WebDriver commands the runner needs with fetch.
 *
 * No window manager runs in the Xvfb display, so no window there ever gets the X input focus. That
 * does not matter here: the WebDriver session makes WebKit treat the page as focused
 * (document.hasFocus() is true) and key actions are dispatched inside WebKit, not through X, so
 * focus, :focus-visible and the keyboard tests work without `xdotool windowfocus` (tried: the whole
 * suite passes with and without it, so the launcher does not use it).
 *
 * Accelerated compositing is off by default (`compositing: false`, WEBKIT_DISABLE_COMPOSITING_MODE):
 * under Xvfb it composites with software GL, and a frame then took about 70 ms instead of 20 ms on
 * a 2-core machine (the 25-run property test of embed.test.ts timed out). Layout, hit testing and
 * clipping do not depend on it; painting takes WebKit's non-composited path.
 */
import { execFileSync, spawn } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { createServer } from 'node:net';

/** WebDriver key codes for the key names the tests press (W3C WebDriver, "keyboard actions"). */
const KEYS = {
  Tab: '\uE004',
  Enter: '\uE007',
  Shift: '\uE008',
  Control: '\uE009',
  Alt: '\uE00A',
  Escape: '\uE00C',
  Space: '\uE00D',
  PageUp: '\uE00E',
  PageDown: '\uE00F',
  End: '\uE010',
  Home: '\uE011',
  ArrowLeft: '\uE012',
  ArrowUp: '\uE013',
  ArrowRight: '\uE014',
  ArrowDown: '\uE015',
  Backspace: '\uE003',
  Delete: '\uE017',
};

/** MiniBrowser from Debian's libwebkit2gtk (any architecture), or MINIBROWSER_PATH. */
export function findMiniBrowser() {
  if (process.env.MINIBROWSER_PATH) return process.env.MINIBROWSER_PATH;
  for (const lib of ['/usr/lib', '/usr/libexec']) {
    const dirs = existsSync(lib) ? readdirSync(lib) : [];
    for (const dir of ['', ...dirs.map((d) => `${d}/`)]) {
      for (const api of ['webkit2gtk-4.1', 'webkit2gtk-4.0', 'webkitgtk-6.0']) {
        const path = `${lib}/${dir}${api}/MiniBrowser`;
        if (existsSync(path)) return path;
      }
    }
  }
  return undefined;
}

export function findOnPath(command) {
  for (const dir of (process.env.PATH ?? '').split(':')) {
    if (dir && existsSync(`${dir}/${command}`)) return `${dir}/${command}`;
  }
  return undefined;
}

/** The WebKitGTK version of the installed library, e.g. "2.50.6" (Debian), for the run's label. */
function webkitGtkVersion() {
  try {
    return execFileSync('dpkg-query', ['-W', '-f=${Version}', 'libwebkit2gtk-4.1-0'], { encoding: 'utf8' }).replace(/-.*/, '');
  } catch {
    return '';
  }
}

function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

/** Starts Xvfb on the first free display; resolves with ":N" once it accepts clients. */
function startXvfb() {
  return new Promise((resolve, reject) => {
    // -displayfd: Xvfb picks a free display and writes its number to fd 3 when it is ready.
    const xvfb = spawn('Xvfb', ['-displayfd', '3', '-screen', '0', '1280x1024x24', '-nolisten', 'tcp'], {
      stdio: ['ignore', 'ignore', 'pipe', 'pipe'],
    });
    let err = '';
    xvfb.stderr.on('data', (chunk) => (err += chunk));
    xvfb.once('error', reject);
    xvfb.once('exit', (code) => reject(new Error(`Xvfb exited (${code}): ${err.trim()}`)));
    let out = '';
    xvfb.stdio[3].on('data', (chunk) => {
      out += chunk;
      if (out.includes('\n')) resolve({ process: xvfb, display: `:${out.trim()}` });
    });
  });
}

class WebKitGtkLauncher {
  constructor({
    driverPath,
    browserPath,
    args = [],
    windowSize = { width: 1024, height: 768 },
    startTimeout = 30000,
    compositing = false,
  }) {
    this.name = 'WebKit';
    this.type = 'webdriver';
    this.concurrency = 1;
    this.driverPath = driverPath;
    this.browserPath = browserPath;
    this.args = args;
    this.windowSize = windowSize;
    this.startTimeout = startTimeout;
    this.compositing = compositing;
    this.urls = new Map();
    this.children = [];
    const version = webkitGtkVersion();
    if (version) this.name = `WebKitGTK ${version}`;
  }

  initialize(config) {
    this.config = config;
  }

  /** One WebDriver command; throws with the driver's message on a WebDriver error. */
  async command(method, path, body, timeout = this.startTimeout) {
    const response = await fetch(`${this.base}${path}`, {
      method,
      headers: body ? { 'content-type': 'application/json' } : undefined,
      body: body ? JSON.stringify(body) : undefined,
      signal: AbortSignal.timeout(timeout),
    });
    const json = await response.json().catch(() => ({}));
    if (!response.ok) {
      const { error, message } = json.value ?? {};
      throw new Error(`WebKitWebDriver ${method} ${path}: ${error ?? response.status} ${message ?? ''}`.trim());
    }
    return json.value;
  }

  sessionCommand(method, path, body, timeout) {
    return this.command(method, `/session/${this.sessionId}${path}`, body, timeout);
  }

  async start() {
    const onExit = () => this.killChildren();
    process.once('exit', onExit);
    try {
      const xvfb = await startXvfb();
      this.children.push({ process: xvfb.process, group: false });
      this.display = xvfb.display;
      const port = await freePort();
      this.base = `http://127.0.0.1:${port}`;
      // Own process group, so stopping it also stops the MiniBrowser it started.
      const driver = spawn(this.driverPath, [`--port=${port}`], {
        env: { ...process.env, DISPLAY: this.display, ...(this.compositing ? {} : { WEBKIT_DISABLE_COMPOSITING_MODE: '1' }) },
        stdio: ['ignore', 'ignore', 'pipe'],
        detached: true,
      });
      this.children.push({ process: driver, group: true });
      let driverLog = '';
      driver.stderr.on('data', (chunk) => (driverLog += chunk));
      const deadline = Date.now() + this.startTimeout;
      for (;;) {
        const ready = await this.command('GET', '/status', undefined, 1000).then(
          (v) => v?.ready,
          () => false,
        );
        if (ready) break;
        if (driver.exitCode !== null || Date.now() > deadline) throw new Error(`WebKitWebDriver did not start: ${driverLog.trim()}`);
        await new Promise((r) => setTimeout(r, 100));
      }
      // A browser that cannot open its window leaves this request hanging: the timeout ends it.
      const session = await this.command('POST', '/session', {
        capabilities: {
          alwaysMatch: {
            'webkitgtk:browserOptions': { binary: this.browserPath, args: ['--automation', ...this.args] },
          },
        },
      }).catch((error) => {
        throw new Error(`${error.message}\n${driverLog.trim()}`);
      });
      this.sessionId = session.sessionId;
      this.capabilities = session.capabilities;
      await this.sessionCommand('POST', '/window/rect', { x: 0, y: 0, ...this.windowSize });
    } catch (error) {
      this.killChildren();
      throw error;
    }
  }

  async startSession(id, url) {
    if (!this.starting) this.starting = this.start();
    await this.starting;
    this.urls.set(id, url);
    await this.sessionCommand('POST', '/url', { url });
  }

  isActive(id) {
    return this.urls.has(id);
  }

  getBrowserUrl(id) {
    return this.urls.get(id);
  }

  async stopSession(id) {
    // Leave the test page so that nothing it started keeps running into the next file.
    await this.sessionCommand('POST', '/url', { url: 'about:blank' });
    this.urls.delete(id);
    return {};
  }

  startDebugSession() {
    throw new Error('The WebKitGTK launcher has no debug mode: run MiniBrowser by hand on the test URL.');
  }

  /**
   * For the stock sendKeys command: each entry is a key name ("ArrowDown"), one character, or a
   * chord of them ("Shift+Tab": the keys held down in order, then let go in reverse).
   */
  async sendKeys(_id, keys) {
    const value = (key) => KEYS[key] ?? key;
    for (const entry of keys) {
      const chord = entry === '+' ? ['+'] : entry.split('+');
      for (const key of chord) {
        if ([...key].length !== 1 && !(key in KEYS)) throw new Error(`The WebKitGTK launcher does not know the key "${key}"`);
      }
      const down = chord.map((key) => ({ type: 'keyDown', value: value(key) }));
      const up = [...chord].reverse().map((key) => ({ type: 'keyUp', value: value(key) }));
      await this.sessionCommand('POST', '/actions', { actions: [{ type: 'key', id: 'keyboard', actions: [...down, ...up] }] });
    }
  }

  killChildren() {
    for (const { process: child, group } of this.children.reverse()) {
      if (child.exitCode !== null || child.signalCode !== null) continue;
      try {
        if (group) process.kill(-child.pid, 'SIGTERM');
        else child.kill('SIGTERM');
      } catch {
        // already gone
      }
    }
    this.children = [];
  }

  async stop() {
    if (this.sessionId) await this.command('DELETE', `/session/${this.sessionId}`, undefined, 10000).catch(() => undefined);
    this.sessionId = undefined;
    this.starting = undefined;
    this.killChildren();
  }
}

/**
 * @param {{ driverPath?: string, browserPath?: string, args?: string[], compositing?: boolean,
 *   windowSize?: { width: number, height: number }, startTimeout?: number }} [options]
 */
export function webkitGtkLauncher(options = {}) {
  const driverPath = options.driverPath ?? process.env.WEBKIT_WEBDRIVER_PATH ?? findOnPath('WebKitWebDriver');
  const browserPath = options.browserPath ?? findMiniBrowser();
  const missing = [
    !driverPath && 'WebKitWebDriver (Debian: webkit2gtk-driver)',
    !browserPath && 'MiniBrowser (Debian: libwebkit2gtk-4.1-0)',
    !findOnPath('Xvfb') && 'Xvfb (Debian: xvfb)',
  ].filter(Boolean);
  if (missing.length) {
    throw new Error(`The WebKit browser tests need ${missing.join(', ')}.`);
  }
  return new WebKitGtkLauncher({ ...options, driverPath, browserPath });
}
