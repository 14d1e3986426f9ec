import { format, wordedDate } from '../engine/format.js';
import { linkProblem, own, PROFESSION_KEYS, type CareChoiceConfig, type ProfessionKey, type TableRow } from '../engine/index.js';

// The light-DOM fallback: plain HTML from the same content the elements render, for readers
// without JavaScript (feeds, newsletters, reader modes, crawlers) and for the moment before the
// script arrives. It uses no class and no style, so it takes the page's own look, and it is built
// by the build (dist/snippets), the playground and, through those files, the WordPress plugin.

/** Text for HTML: never markup, whatever the config says. */
function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (ch) => `&#${ch.charCodeAt(0)};`);
}

const link = (href: string | undefined, text: string) =>
  href && !linkProblem(href) ? `<a href="${escapeHtml(href.trim())}">${escapeHtml(text)}</a>` : escapeHtml(text);

/** A config date in the language's own words, as the elements write it. */
const date = (iso: string, config: CareChoiceConfig) => wordedDate(iso, config) ?? iso;

/** The sources line under the table and in the quiz's fallback. */
function sources(config: CareChoiceConfig): string {
  const undated = own(config.strings, 'result.undated') ?? '';
  const items = config.sources.map((source) => {
    const checked = source.checked
      ? `; ${format(own(config.strings, 'result.checked') ?? '{date}', { date: date(source.checked, config) })}`
      : '';
    const when = (source.date ? date(source.date, config) : undated) + checked;
    return `${link(source.href, source.title)}${source.publisher ? `. ${escapeHtml(source.publisher)} (${escapeHtml(when)}).` : ` (${escapeHtml(when)}).`}`;
  });
  const review = format(own(config.strings, 'result.review') ?? '', { date: date(config.contentDate, config) });
  return `<p>${escapeHtml(own(config.strings, 'result.sources') ?? 'Sources')}: ${items.join(' ')} ${escapeHtml(review)}</p>`;
}

/**
 * The comparison as a plain table: caption, column and row headers with `scope`, the sources
 * under it. Every body row is one line starting `<tr data-row="ID">`, so a server can keep only
 * the rows a page asks for (`rows` ids, in their order) without parsing HTML.
 */
export function tableFallback(config: CareChoiceConfig): string {
  const cell = (key: ProfessionKey, field: TableRow['field']) => {
    const profession = config.professions[key];
    const value = profession[field];
    if (Array.isArray(value)) return `<td><ul>${value.map((item) => `<li>${escapeHtml(item)}</li>`).join('')}</ul></td>`;
    return `<td>${field === 'association' ? link(profession.associationHref, String(value ?? '')) : escapeHtml(String(value ?? ''))}</td>`;
  };
  return [
    '<table>',
    `<caption>${escapeHtml(config.table.caption)}</caption>`,
    `<thead><tr><td></td>${PROFESSION_KEYS.map((key) => `<th scope="col">${escapeHtml(config.professions[key].name)}</th>`).join('')}</tr></thead>`,
    '<tbody>',
    ...config.table.rows.map(
      (row) =>
        `<tr data-row="${escapeHtml(row.id)}"><th scope="row">${escapeHtml(row.label)}</th>${PROFESSION_KEYS.map((key) => cell(key, row.field)).join('')}</tr>`,
    ),
    '</tbody>',
    '</table>',
    sources(config),
  ].join('\n');
}

/** Where a server or page puts the agency's call to action in the quiz fallback. */
const CTA_MARKER = '<!--care-choice-cta-->';

/**
 * The quiz's first screen as plain HTML: its title and sentence, the first question with real
 * radio buttons (an answer picked before the script arrives is kept), a line for when the quiz
 * does not start, and the agency's call to action with the line saying who provides it (or
 * `CTA_MARKER` where a server adds both). `name` keeps two quizzes' radio groups apart on one page.
 *
 * The line shows for as long as the element has not rendered (it has no slot for this content):
 * while the script loads, and for good when it failed (a wrong address, a blocker), so it is
 * worded to read right in both cases. Its second sentence, about JavaScript being off, is in a
 * `<noscript>`, so it shows only when that is the case. No inline script or style: strict CSP
 * pages and feeds take it as it is.
 */
export function quizFallback(
  config: CareChoiceConfig,
  {
    ctaHref,
    ctaLabel,
    agencyName = '',
    name = 'care-choice',
  }: { ctaHref?: string; ctaLabel?: string; agencyName?: string; name?: string } = {},
): string {
  const text = (key: string) => escapeHtml(own(config.strings, key) ?? '');
  const [first] = config.questions;
  const agency = agencyName.trim();
  // Without the script there is no result: a `{result}` in the address is left empty.
  const href = ctaHref?.replace(/\{result\}|%7Bresult%7D/gi, '');
  const cta =
    href === undefined
      ? CTA_MARKER
      : href && !linkProblem(href)
        ? `<p>${link(href, ctaLabel || own(config.strings, 'result.cta') || href)}</p>\n<p>${
            agency ? escapeHtml(format(own(config.strings, 'cta.disclosure') ?? '', { agency })) : text('cta.disclosure.generic')
          }</p>`
        : '';
  return [
    `<h2>${text('quiz.intro.title')}</h2>`,
    `<p>${text('quiz.intro.text')}</p>`,
    first
      ? `<fieldset data-question="${escapeHtml(first.id)}"><legend>${escapeHtml(first.text)}</legend>${first.options
          .map(
            (option) =>
              `<label><input type="${first.multiple ? 'checkbox' : 'radio'}" name="${escapeHtml(`${name}-${first.id}`)}" value="${escapeHtml(option.id)}"> ${escapeHtml(option.label)}</label><br>`,
          )
          .join('')}</fieldset>`
      : '',
    `<p>${text('quiz.not-loaded')}<noscript> ${text('quiz.no-script')}</noscript></p>`,
    cta,
  ].join('\n');
}
