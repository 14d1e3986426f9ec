import { html } from 'lit';
import type { CareChoiceConfig } from '../engine/index.js';
import { safeHref } from './safe-href.js';

/** A config date (YYYY-MM-DD) as the reader writes dates: "November 25, 2026", "25 de noviembre de 2026". */
export function localDate(iso: string, lang: string): string {
  const [year, month, day] = iso.split('-').map(Number);
  try {
    return new Intl.DateTimeFormat(lang, { dateStyle: 'long', timeZone: 'UTC' }).format(Date.UTC(year!, month! - 1, day!));
  } catch {
    return iso;
  }
}

/**
 * Every source, rendered the same way wherever it is listed: the title (linked when it has an
 * address), then who published it and when, with "no date given" said out loud.
 */
export function renderSources(config: CareChoiceConfig, undated: string) {
  return html`<ul class="sources">
    ${config.sources.map((source) => {
      const href = safeHref(source.href);
      const when = source.date ? localDate(source.date, config.lang) : undated;
      return html`<li>
        ${href ? html`<a href=${href} rel="noopener">${source.title}</a>` : source.title}.
        ${source.publisher ? `${source.publisher} (${when}).` : `(${when})`}
      </li>`;
    })}
  </ul>`;
}
