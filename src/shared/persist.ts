import type { StorageLike } from '../engine/index.js';

/**
 * `sessionStorage`, or nothing where the browser blocks it (sandboxed iframes, privacy modes):
 * even reading the `sessionStorage` property can throw there. Where it is there but refuses to
 * store (a full quota, an old private mode), every use already catches what it throws.
 */
export function sessionStorageOrNothing(): StorageLike | undefined {
  try {
    return window.sessionStorage;
  } catch {
    return undefined;
  }
}

/**
 * A name for a widget that stays the same across reloads of the page and differs between widgets
 * on it: its id when that is unique in its root, else its position among its kind, for each
 * shadow root it sits in up to the page (`x-page@0/care-choice-quiz#main`).
 */
export function widgetKey(element: Element): string {
  const parts: string[] = [];
  for (let node: Element | undefined = element; node;) {
    const root = node.getRootNode() as Document | ShadowRoot;
    const tag = node.localName;
    const same = [...root.querySelectorAll(node.id ? `${tag}[id="${CSS.escape(node.id)}"]` : tag)];
    const at = same.indexOf(node);
    parts.unshift(node.id ? `${tag}#${node.id}${same.length > 1 ? `@${at}` : ''}` : `${tag}@${at}`);
    // A shadow root's host; the document has none.
    node = (root as ShadowRoot).host;
  }
  return parts.join('/');
}

/** Where a widget's answers are saved: per page address, per widget. */
export const storageKeyFor = (key: string) => `care-choice:${location.pathname}:${key}`;

const FRAGMENT = 'care-choice';

/** The answers a shared link (`#care-choice=<widget>!<answers>`) carries for the widget named `key`, if it made it. */
export function answersFromLink(key: string): string | null {
  const value = new URLSearchParams(location.hash.slice(1)).get(FRAGMENT) ?? '';
  const at = value.lastIndexOf('!');
  return at > 0 && value.slice(0, at) === key ? value.slice(at + 1) : null;
}

/** The parts of a URL fragment that are not ours (a page's own anchors and parameters), in order. */
const otherFragmentParts = (url: URL) =>
  url.hash
    .slice(1)
    .split('&')
    .filter((part) => part && part.split('=')[0] !== FRAGMENT);

/** This page's address with the widget's answers in the fragment (other fragment parts kept). */
export function linkWithAnswers(key: string, encoded: string): string {
  const url = new URL(location.href);
  url.hash = [...otherFragmentParts(url), `${FRAGMENT}=${encodeURIComponent(key)}!${encoded}`].join('&');
  return url.href;
}

/**
 * Takes the widget's answers out of the address bar and the current history entry, so a reload
 * or Back does not bring old answers back after the person changed them or started over.
 */
export function clearLink(key: string) {
  if (!answersFromLink(key)) return;
  const url = new URL(location.href);
  url.hash = otherFragmentParts(url).join('&');
  try {
    history.replaceState(history.state, '', url.href.replace(/#$/, ''));
  } catch {
    // An opaque document (a sandboxed srcdoc frame) cannot rewrite its address; nothing to clear.
  }
}

/**
 * The result card's readiness answers, kept beside a store's saved answers (`storageKey`, which
 * only `persist` sets) and never anywhere else. With `value`, saves it (an empty one forgets);
 * without, reads what was saved.
 */
export function readiness(storageKey: string | undefined, value?: Record<string, string>): Record<string, unknown> {
  const storage = storageKey ? sessionStorageOrNothing() : undefined;
  const key = `${storageKey}:ready`;
  try {
    if (!storage) return {};
    if (!value) return Object(JSON.parse(storage.getItem(key) ?? '{}')) as Record<string, unknown>;
    if (Object.keys(value).length) storage.setItem(key, JSON.stringify(value));
    else storage.removeItem(key);
  } catch {
    // Blocked, full or corrupt storage: the answers stay in the page.
  }
  return {};
}
