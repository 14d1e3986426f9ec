import { LINK_PROTOCOLS, linkProblem } from '../engine/index.js';
import { warnOnce } from './warn.js';

/**
 * Judges a link by the URL the browser will actually use, after our string check (which names
 * likely mistakes): the address it resolves to against the page, or why it cannot be used.
 */
function checkLink(value: string | null | undefined): { href?: string; problem?: string } {
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

// Config links are the same on every widget of a page (sources, associations): each is parsed once.
const checked = new Map<string, string | null>();

/** The address to render for a link, or null when the link policy refuses it. */
export function safeHref(value: string | null | undefined): string | null {
  if (!value) return null;
  const key = `${document.baseURI} ${value}`;
  let href = checked.get(key);
  if (href === undefined) checked.set(key, (href = checkLink(value).href ?? null));
  return href;
}

/**
 * Checks a link attribute and, when it cannot be used, says so once per page with the fix and
 * what the widget does instead (`consequence`). Elements that pass a link on (the quiz to its
 * result card) make the same call, so the console gets one message.
 */
export function checkLinkAttribute(name: string, value: string, consequence: string): { href?: string; problem?: string } {
  const link = checkLink(value);
  if (link.problem) warnOnce(`${name}: ${link.problem}. ${consequence}`);
  return link.problem ? { problem: `${name}: ${link.problem}` } : link;
}
