import { html } from 'lit';
import { format, wordedDate } from '../engine/format.js';
import type { CareChoiceConfig } from '../engine/index.js';
import { safeHref } from './safe-href.js';

/**
 * A config date (YYYY-MM-DD) as the reader writes dates: "November 25, 2026", "25 de noviembre
 * de 2026", from the language's own month names and pattern (`date.months`, `date.format`).
 * Intl.DateTimeFormat is the fallback for a language that gives none: its first use on a page
 * loads the browser's locale data, about 70 ms on a slow phone, inside a render.
 */
export function localDate(iso: string, config: CareChoiceConfig): string {
  const worded = wordedDate(iso, config);
  if (worded) return worded;
  const [year, month, day] = iso.split('-').map(Number);
  try {
    return new Intl.DateTimeFormat(config.lang, { dateStyle: 'long', timeZone: 'UTC' }).format(Date.UTC(year!, month! - 1, day));
  } catch {
    return iso;
  }
}

/**
 * Every source, rendered the same way wherever it is listed: the title (linked when it has an
 * address), then who published it and when, with "no date given" said out loud, and when this
 * tool last checked it (`checked`: "checked {date}").
 */
export function renderSources(config: CareChoiceConfig, undated: string, checked: string) {
  return html`<ul class="sources">
    ${config.sources.map((source) => {
      const href = safeHref(source.href);
      const when =
        (source.date ? localDate(source.date, config) : undated) +
        (source.checked ? `; ${format(checked, { date: localDate(source.checked, config) })}` : '');
      return html`<li>
        ${href ? html`<a href=${href} rel="noopener">${source.title}</a>` : source.title}${source.publisher ? `. ${source.publisher} (${when}).` : ` (${when}).`}
      </li>`;
    })}
  </ul>`;
}
