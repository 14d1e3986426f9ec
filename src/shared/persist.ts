import type { StorageLike } from '../engine/index.js';

/**
 * `sessionStorage`, or nothing where the browser blocks it (sandboxed iframes, privacy modes):
 * even reading the `sessionStorage` property can throw there.
 */
export function sessionStorageOrNothing(): StorageLike | undefined {
  try {
    const storage = window.sessionStorage;
    const probe = '__care-choice__';
    storage.setItem(probe, probe);
    storage.removeItem(probe);
    return storage;
  } catch {
    return undefined;
  }
}

/** A key that keeps two quizzes on one page apart: the element's id, else its position. */
export function storageKeyFor(element: Element): string {
  const tag = element.localName;
  if (element.id) return `care-choice:${tag}#${element.id}`;
  const position = [...document.querySelectorAll(tag)].indexOf(element);
  return `care-choice:${tag}@${position}`;
}

export const FRAGMENT_KEY = 'care-choice';

/** The answers string in the page's URL fragment (`#care-choice=...`), if any. */
export function answersFromFragment(): string | null {
  const hash = window.location.hash.slice(1);
  for (const part of hash.split('&')) {
    const [key, value] = part.split('=');
    if (key === FRAGMENT_KEY && value) return value;
  }
  return null;
}

/** This page's address with the answers in the fragment. */
export function linkWithAnswers(encoded: string): string {
  const url = new URL(window.location.href);
  url.hash = `${FRAGMENT_KEY}=${encoded}`;
  return url.href;
}
