import { html, nothing, type PropertyValues } from 'lit';
import { PROFESSION_KEYS, PROFESSIONS_FOR, own, type CareChoiceConfig, type ProfessionKey, type TableRow } from '../../engine/index.js';
import { CareChoiceElement } from '../../shared/care-choice-element.js';
import { hostStyles } from '../../shared/host.styles.js';
import { checkLinkAttribute, safeHref } from '../../shared/safe-href.js';
import { checkTheme } from '../../shared/warn.js';
import { localDate, renderSources } from '../../shared/sources.js';
import { StoreController } from '../../shared/store-controller.js';
import { tokenStyles } from '../../shared/tokens.styles.js';
import { styles } from './care-compare-table.styles.js';

/* eslint-disable lit-a11y/no-redundant-role -- Safari drops table semantics when the stacked layout
   sets display:block on the table's parts; the explicit roles keep rows and headers announced. */

const HIGHLIGHTS: Readonly<Record<string, readonly ProfessionKey[]>> = {
  'case-manager': PROFESSIONS_FOR['case-manager'],
  'care-manager': PROFESSIONS_FOR['care-manager'],
  both: PROFESSIONS_FOR.both,
  none: [],
};

/**
 * @summary A side-by-side comparison of a case manager and a care manager, with its source.
 * @tag care-compare-table
 *
 * Inside a `<care-choice>` provider it marks the column(s) the answers point to, "Likely fit for
 * you", once the family has their result. In a narrow column (under about 34rem) it becomes
 * stacked cards. A plain table between its tags (for example the fallback from `dist/snippets/`)
 * shows until the script runs and wherever it never does: feeds, reader modes, crawlers.
 *
 * @csspart base - The wrapper around table and source line.
 * @csspart table - The table.
 * @csspart column - A profession's column header.
 * @csspart column-recommended - The column header of a recommended profession.
 * @csspart badge - The badge of a marked column: "Likely fit for you" after the quiz, or the `highlight-label`.
 * @csspart row-header - A row's question.
 * @csspart cell - An answer cell.
 * @csspart source - The sources and review date under the table.
 * @csspart notice - With `debug`: the list of config and link problems.
 *
 * @cssprop [--care-choice-accent=#1f6f5c] - Brand colour: the recommended column and badge.
 * @cssprop [--care-choice-accent-contrast=#ffffff] - Text on the badge.
 * @cssprop [--care-choice-surface=#ffffff] - Background.
 * @cssprop [--care-choice-surface-alt=#f2f6f5] - Header background.
 * @cssprop [--care-choice-text=#1d2321] - Text colour.
 * @cssprop [--care-choice-muted-text=#4d5754] - The source line.
 * @cssprop [--care-choice-border=#8a9793] - Borders.
 * @cssprop [--care-choice-radius=0.5rem] - Corner radius.
 * @cssprop [--care-choice-font-family=inherit] - Font; inherits the page's by default.
 * @cssprop [--care-choice-font-size=1rem] - Base text size.
 * @cssprop [--care-choice-spacing=1rem] - Space around blocks.
 * @cssprop [--care-choice-focus-ring=#1a56b8] - Keyboard focus outline.
 * @cssprop [--care-choice-dark-accent=#7fd6bd] - Brand colour in the dark scheme (theme="dark", or "auto" in dark mode); the light --care-choice-accent is not used there.
 * @cssprop [--care-choice-dark-accent-contrast=#0c1f1a] - Text on the dark-scheme accent colour.
 * @cssprop [--care-choice-dark-surface=#161b1a] - Background in the dark scheme.
 * @cssprop [--care-choice-dark-surface-alt=#222a28] - Tinted background in the dark scheme.
 * @cssprop [--care-choice-dark-text=#eef3f1] - Text colour in the dark scheme.
 * @cssprop [--care-choice-dark-muted-text=#b9c6c2] - Secondary text in the dark scheme.
 * @cssprop [--care-choice-dark-border=#71807b] - Borders in the dark scheme.
 * @cssprop [--care-choice-dark-focus-ring=#8ab4ff] - Keyboard focus outline in the dark scheme.
 */
export class CareCompareTable extends CareChoiceElement {
  static override styles = [hostStyles, tokenStyles, styles];

  /** Reactive properties (attributes and internal state), declared without decorators: smaller in the drop-in. */
  static override properties = {
    theme: { reflect: true },
    rows: {},
    highlight: {},
    highlightLabel: { attribute: 'highlight-label' },
    sourceHref: { attribute: 'source-href' },
    announcement: { state: true },
  };

  /** Colour scheme: `light` (default), `dark`, or `auto` to follow the visitor's system setting. */
  theme?: 'light' | 'dark' | 'auto';

  /** Which rows to show, and in what order, as comma-separated row ids (e.g. `focus,duties,employer`). All by default. */
  rows = '';

  /**
   * Marks a column without a quiz: `case-manager`, `care-manager`, `both` or `none`, labelled with
   * `highlight-label`. Overrides the provider's result.
   */
  highlight = '';

  /** The label of a column marked with `highlight` (default "Highlighted"); never a claim about the reader. */
  highlightLabel = '';

  /** Where the article's title in the sources links to, e.g. the page's own copy of the article. */
  sourceHref = '';

  private announcement = '';

  protected readonly store = new StoreController(this, { config: () => this.source.config, owns: false });
  private lastMarked?: string;
  private warnedRows = '';
  /** The source link as checked: the address to use, or what is wrong with it. */
  private sourceLink: { href?: string; problem?: string } = {};
  /** What render() shows, worked out in willUpdate so that render() only reads. */
  private view: { rows: TableRow[]; marked: readonly ProfessionKey[]; label: string } = { rows: [], marked: [], label: '' };

  /** The marked columns and their label: the page's `highlight`, else the family's likely fit once they have a result. */
  private marked(): { keys: readonly ProfessionKey[]; label: string } {
    const forced = this.highlight ? own(HIGHLIGHTS, this.highlight) : undefined;
    if (forced) return { keys: forced, label: this.highlightLabel || this.t('table.highlighted') };
    const state = this.store.state;
    const result = state?.revealed ? state.result : null;
    return { keys: result ? PROFESSIONS_FOR[result.recommendation] : [], label: this.t('table.likely-fit') };
  }

  private selectedRows(config: CareChoiceConfig): TableRow[] {
    if (!this.rows.trim()) return config.table.rows;
    const ids = this.rows
      .split(',')
      .map((id) => id.trim())
      .filter(Boolean);
    const unknown = ids.filter((id) => !config.table.rows.some((row) => row.id === id));
    if (unknown.length && this.warnedRows !== this.rows) {
      this.warnedRows = this.rows;
      console.warn(
        `care-choice: <care-compare-table> rows: unknown row ${unknown.map((id) => `"${id}"`).join(', ')} skipped. ` +
          `Known rows: ${config.table.rows.map((row) => row.id).join(', ')}.`,
      );
    }
    const chosen = ids.flatMap((id) => config.table.rows.filter((row) => row.id === id));
    // None of them known (a typo, or ids in capitals): the whole table rather than an empty one.
    return chosen.length ? chosen : config.table.rows;
  }

  protected override willUpdate(changed: PropertyValues) {
    super.willUpdate(changed);
    if (changed.has('theme')) checkTheme(this.theme);
    if (changed.has('sourceHref'))
      this.sourceLink = checkLinkAttribute('source-href', this.sourceHref, 'The source is shown without a link.');
    if (changed.has('highlight') && this.highlight && !own(HIGHLIGHTS, this.highlight)) {
      console.warn(
        `care-choice: <care-compare-table> highlight="${this.highlight}" is not one of ${Object.keys(HIGHLIGHTS).join(', ')}; ignored.`,
      );
    }
    const { keys, label } = this.marked();
    this.view = { rows: this.selectedRows(this.effectiveConfig), marked: keys, label };
    const marked = keys.join(',');
    // Announce a change of highlight that came from answers, not the first render.
    if (this.lastMarked !== undefined && marked !== this.lastMarked) {
      const names = keys.map((key) => this.effectiveConfig.professions[key].name);
      this.announcement = names.length ? this.t('table.announce', { names: names.join(', ') }) : '';
    }
    this.lastMarked = marked;
  }

  override render() {
    const config = this.effectiveConfig;
    const { rows, marked, label } = this.view;
    const [article, ...others] = config.sources;
    const sources =
      article && this.sourceLink.href ? { ...config, sources: [{ ...article, href: this.sourceLink.href }, ...others] } : config;
    return html`<div part="base" class="wrap" lang=${config.lang}>
      ${this.renderNotice(this.sourceLink.problem ? [this.sourceLink.problem] : [])}
      <table part="table" role="table">
        <caption>${config.table.caption}</caption>
        <thead role="rowgroup">
          <tr role="row">
            <td role="cell"></td>
            ${PROFESSION_KEYS.map((key) => {
              const recommended = marked.includes(key);
              return html`<th
                scope="col"
                role="columnheader"
                id="col-${key}"
                part=${recommended ? 'column column-recommended' : 'column'}
                class=${recommended ? 'recommended' : nothing}
              >
                ${config.professions[key].name}${recommended ? html`<span part="badge" class="badge">${label}</span>` : nothing}
              </th>`;
            })}
          </tr>
        </thead>
        <tbody role="rowgroup">
          ${rows.map(
            (row) => html`<tr role="row">
              <th scope="row" role="rowheader" part="row-header">${row.label}</th>
              ${PROFESSION_KEYS.map((key) => {
                const profession = config.professions[key];
                const value = profession[row.field];
                const recommended = marked.includes(key);
                const link = row.field === 'association' ? safeHref(profession.associationHref) : null;
                return html`<td role="cell" part="cell" class=${recommended ? 'recommended' : nothing}>
                  <span class="cell-label" aria-hidden="true"
                    >${profession.name}${recommended ? html` <span class="badge">${label}</span>` : nothing}</span
                  >
                  ${
                    Array.isArray(value)
                      ? html`<ul>
                        ${value.map((item) => html`<li>${item}</li>`)}
                      </ul>`
                      : link
                        ? html`<a href=${link} rel="noopener">${value}</a>`
                        : value
                  }
                </td>`;
              })}
            </tr>`,
          )}
        </tbody>
      </table>
      <div part="source" class="source">
        <p>${this.t('result.sources')}:</p>
        ${renderSources(sources, this.t('result.undated'), this.t('result.checked'))}
        <p>${this.t('result.review', { date: localDate(config.contentDate, config) })}</p>
      </div>
      <div class="sr-only" role="status">${this.announcement}</div>
    </div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'care-compare-table': CareCompareTable;
  }
}
