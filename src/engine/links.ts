/**
 * The one link policy, for attributes and config alike: a link may be `http:`, `https:`, `mailto:`
 * or `tel:`, or relative (it then takes the page's own scheme). The element layer also checks the
 * URL the browser resolves; this pure check mirrors the URL parser so config can be validated
 * without a DOM.
 */
export const LINK_PROTOCOLS = ['http:', 'https:', 'mailto:', 'tel:'];

/**
 * What the URL parser reads: it trims C0 controls and spaces and drops every tab and newline
 * before it looks for a scheme, so `java\tscript:` is a `javascript:` link.
 */
const asParsed = (value: string) => value.replace(/^[\0- ]+|[\0- ]+$/g, '').replace(/[\t\n\r]/g, '');

/** Why `value` cannot be used as a link, with the fix where a likely mistake is recognised. */
export function linkProblem(value: string): string | undefined {
  const link = asParsed(value);
  const scheme = /^[a-z][a-z\d+.-]*:/i.exec(link)?.[0].toLowerCase();
  if (scheme) return LINK_PROTOCOLS.includes(scheme) ? undefined : `"${scheme}" links are not allowed; use https:, http:, mailto: or tel:`;
  // Relative links are fine, but two agency mistakes are common enough to name.
  if (/^www\.|^[a-z\d-]+(\.[a-z\d-]+)*\.(com|org|net|edu|gov|care|health|us|uk|ca|au|io|co)(\/|$)/i.test(link)) {
    return `"${link}" looks like a web address without its scheme; write https://${link}`;
  }
  if (/^[^\s@/:]+@[^\s@/:]+\.[a-z]{2,}$/i.test(link)) return `"${link}" looks like an email address; write mailto:${link}`;
  if (/^\+?[\d\s().-]+$/.test(link) && link.replace(/\D/g, '').length >= 7) {
    return `"${link}" looks like a phone number; write tel:${link.replace(/[^\d+]/g, '')}`;
  }
  return undefined;
}
