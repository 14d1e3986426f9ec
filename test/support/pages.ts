import './retries.js';
// Test pages that load the built drop-in script the way sites do, in an iframe, recording what
// the page's console and error handlers see.

export type PageWindow = Window & typeof globalThis & { __errors: string[]; __warnings: string[] };

/** Where the script tag goes, as agencies and page builders place it. */
export const PLACEMENTS = [
  'head',
  'inline-above',
  'defer',
  'async',
  'module',
  'end-of-body',
  'injected',
  'innerhtml-before-load',
  'innerhtml-after-load',
] as const;
export type Placement = (typeof PLACEMENTS)[number];

const RECORDER = `<script>
  window.__errors = []; window.__warnings = [];
  addEventListener('error', (e) => __errors.push(String(e.message)));
  addEventListener('unhandledrejection', (e) => __errors.push(String(e.reason)));
  for (const [name, list] of [['error', __errors], ['warn', __warnings]]) {
    const original = console[name];
    console[name] = (...args) => { list.push(args.map(String).join(' ')); original.apply(console, args); };
  }
</script>`;

const SCRIPT = '/dist/care-choice.js';

/** A whole page: `snippet` (the widget markup) with the script placed as named. */
export function pageWith(snippet: string, placement: Placement, { head = '', lang = 'en' } = {}): string {
  const tag = (extra = '') => `<script src="${SCRIPT}"${extra}></script>`;
  const json = JSON.stringify(snippet).replace(/</g, '\\u003c');
  const parts: Record<Placement, [string, string]> = {
    head: [tag(), snippet],
    'inline-above': ['', `${tag()}\n${snippet}`],
    defer: [tag(' defer'), snippet],
    async: [tag(' async'), snippet],
    module: [tag(' type="module"'), snippet],
    'end-of-body': ['', `${snippet}\n${tag()}`],
    injected: [
      '',
      `${snippet}<script>document.head.append(Object.assign(document.createElement('script'), { src: '${SCRIPT}' }));</script>`,
    ],
    'innerhtml-before-load': ['', `<div id="slot"></div><script>document.getElementById('slot').innerHTML = ${json};</script>${tag()}`],
    'innerhtml-after-load': [
      tag(),
      `<div id="slot"></div><script>addEventListener('load', () => { document.getElementById('slot').innerHTML = ${json}; });</script>`,
    ],
  };
  const [inHead, inBody] = parts[placement];
  return `<!doctype html><html lang="${lang}"><head><meta charset="utf-8">${RECORDER}${head}${inHead}</head><body>${inBody}</body></html>`;
}

/** Opens `html` in an iframe of the given width; resolves once it has loaded. */
export async function openPage(html: string, { width = 800, height = 700 } = {}): Promise<PageWindow> {
  return openFrame((frame) => (frame.srcdoc = html), width, height) as Promise<PageWindow>;
}

/**
 * Opens a page of the test server (`/demo/playground.html`, `/dist/playground/index.html`) in an
 * iframe, at a desktop size unless told; resolves once it has loaded.
 */
export async function openAddress(src: string, { width = 1280, height = 900 } = {}): Promise<Window & typeof globalThis> {
  return openFrame((frame) => (frame.src = src), width, height);
}

async function openFrame(load: (frame: HTMLIFrameElement) => void, width: number, height: number) {
  const frame = document.createElement('iframe');
  frame.style.width = `${width}px`;
  frame.style.height = `${height}px`;
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  load(frame);
  document.body.append(frame);
  await loaded;
  return frame.contentWindow as Window & typeof globalThis;
}

export function closePages() {
  document.querySelectorAll('iframe').forEach((frame) => frame.remove());
}

export async function frames(win: Window, count = 2) {
  for (let i = 0; i < count; i++) await new Promise((resolve) => win.requestAnimationFrame(resolve));
  await new Promise((resolve) => win.setTimeout(resolve, 0));
}

/**
 * Waits until `check()` holds, a frame at a time, for at least `tries` frames and at least
 * `tries` × 25 ms: on a busy machine frames keep coming while the work waited for (a script
 * served, a worker's answer) lags, so a frame count alone gives up too early there.
 */
export async function until(win: Window, check: () => unknown, what: string, tries = 200) {
  const patience = performance.now() + tries * 25;
  for (let i = 0; i < tries || performance.now() < patience; i++) {
    if (check()) return;
    await frames(win, 1);
  }
  throw new Error(`timed out waiting for ${what}`);
}

/**
 * Every care-choice element of the page has upgraded, rendered, and has no update pending (a
 * config child parsed after the element upgraded is read and rendered in a later update, which
 * can wait for a render slot), for two frames in a row.
 */
export async function widgetsReady(win: Window) {
  const widgets = () => [...win.document.querySelectorAll('care-choice, care-choice-quiz, care-choice-result, care-compare-table')];
  await until(win, () => widgets().length && widgets().every((el) => el.shadowRoot?.firstElementChild), 'every widget to render');
  const settled = () => widgets().every((el) => !(el as Element & { isUpdatePending?: boolean }).isUpdatePending);
  let calm = 0;
  await until(win, () => (calm = settled() ? calm + 1 : 0) >= 2, 'every widget to finish updating');
  return widgets();
}
