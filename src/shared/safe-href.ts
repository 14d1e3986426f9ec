/** Only web, mail and phone links: an agency- or URL-supplied `javascript:` link never renders. */
export function safeHref(href: string | null | undefined): string | null {
  if (!href) return null;
  const trimmed = href.trim();
  if (/^(https?:|mailto:|tel:)/i.test(trimmed)) return trimmed;
  // Relative links are fine: they stay on the agency's own site.
  if (/^(\/|\.\/|\.\.\/|#|\?)/.test(trimmed) || !/^[a-z][a-z0-9+.-]*:/i.test(trimmed)) return trimmed;
  return null;
}
