import { LINK_PROTOCOLS, linkProblem } from '../engine/index.js';

/**
 * Judges a link by the URL the browser will actually use, after our string check (which names
 * likely mistakes): the address it resolves to against the page, or why it cannot be used.
 */
export function checkLink(value: string | null | undefined): { href?: string; problem?: string } {
  if (!value) return {};
  const problem = linkProblem(value);
  if (problem) return { problem };
  try {
    const url = new URL(value, document.baseURI);
    if (LINK_PROTOCOLS.includes(url.protocol)) return { href: url.href };
    return { problem: `"${value}" resolves to a "${url.protocol}" link; use https:, http:, mailto: or tel:` };
  } catch {
    return { problem: `"${value}" is not a link the browser can read` };
  }
}

/** The address to render for a link, or null when the link policy refuses it. */
export const safeHref = (value: string | null | undefined): string | null => checkLink(value).href ?? null;

const warned = new Set<string>();

/** Logs a problem once per page, however many widgets or renders meet it. */
export function warnOnce(message: string) {
  if (warned.has(message)) return;
  warned.add(message);
  console.warn(`care-choice: ${message}`);
}
