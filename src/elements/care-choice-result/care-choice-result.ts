import { html, nothing, type PropertyValues } from 'lit';
import {
  PROFESSION_KEYS,
  PROFESSIONS_FOR,
  own,
  type CareChoiceStore,
  type EvaluationResult,
  type ProfessionKey,
  type Reason,
  type StoreState,
} from '../../engine/index.js';
import { CareChoiceElement } from '../../shared/care-choice-element.js';
import { hostStyles } from '../../shared/host.styles.js';
import { optionStyles } from '../../shared/option.styles.js';
import { readiness } from '../../shared/persist.js';
import { ShareLinkController } from '../../shared/share-link-controller.js';
import { checkLinkAttribute, safeHref } from '../../shared/safe-href.js';
import { checkTheme, warnOnce } from '../../shared/warn.js';
import { button } from '../../shared/button.js';
import { localDate, renderSources } from '../../shared/sources.js';
import { StoreController } from '../../shared/store-controller.js';
import { tokenStyles } from '../../shared/tokens.styles.js';
import { styles } from './care-choice-result.styles.js';
import { printOnly } from './print.js';

/** What happens to a call to action whose link cannot be used. */
export const CTA_HIDDEN = 'The call to action is hidden until it is fixed.';

/** Every part of the card; the quiz forwards each one as `result__<part>`. */
export const RESULT_PARTS = [
  'base',
  'card',
  'empty',
  'heading',
  'confidence',
  'reasons',
  'change-button',
  'show-all-button',
  'cta',
  'disclosure',
  'about',
  'next-steps',
  'questions',
  'readiness',
  'actions',
  'button',
  'restart-button',
  'print-button',
  'copy-button',
  'footer',
  'notice',
] as const;

type Side = Reason['leansTo'];
const OTHER = { 'case-manager': 'care-manager', 'care-manager': 'case-manager' } as const;
/** How many reasons show before "Show all reasons": with the call to action, one phone screen. */
const SHOWN_REASONS = 3;
/** The readiness check, adapted from the SURE test (Légaré et al. 2010): four yes/no items. */
const READINESS = ['sure', 'know', 'values', 'support'] as const;
type Readiness = Partial<Record<(typeof READINESS)[number], 'yes' | 'no'>>;
const SIDE_STRING: Record<Reason['leansTo'], string> = {
  'case-manager': 'result.leans.caseManager',
  'care-manager': 'result.leans.careManager',
  both: 'result.leans.both',
};
const STRENGTH_STEPS = { weak: 1, moderate: 2, strong: 3 };

/**
 * The call-to-action address for an outcome: `{result}` in the address already checked against
 * the link policy (the URL parser may have encoded its braces) becomes the outcome id, URL-encoded.
 * The scheme was fixed by the check, so the id cannot turn the link into another kind.
 */
const ctaForResult = (href: string, recommendation: string) =>
  href.replace(/\{result\}|%7Bresult%7D/gi, encodeURIComponent(recommendation));

/** What a link leads to, in words for the printed page: the number, the address, or the site. */
function printable(href: string): string {
  const url = new URL(href);
  if (url.protocol === 'tel:' || url.protocol === 'mailto:') return decodeURIComponent(url.pathname);
  return `${url.host}${url.pathname === '/' ? '' : url.pathname}`;
}

/**
 * @summary The likely fit, how strong it is and why, both options, next steps, sources and the agency's call to action.
 * @tag care-choice-result
 *
 * Inside a `<care-choice>` provider it waits (showing its `empty` part) until the quiz is
 * finished once, then follows every change until Start over.
 *
 * @slot footer - Your own content under the result (for example an address or opening hours).
 *
 * @fires {CustomEvent<CareChoiceCtaDetail>} care-choice-cta - The person followed the call to action; navigation goes on.
 * @fires {CustomEvent<CareChoiceResetDetail>} care-choice-reset - The person chose "Start over".
 *
 * @csspart base - The result card.
 * @csspart card - The result card (same element as `base`, named for theming).
 * @csspart empty - The card shown before the quiz is finished.
 * @csspart heading - The likely-fit heading.
 * @csspart confidence - How strong the match is, in words, as three steps and as the lean of the answers.
 * @csspart reasons - The answers that led to this result, grouped by the side they point to.
 * @csspart change-button - A "Change this answer" button.
 * @csspart show-all-button - "Show all reasons", when there are more than three.
 * @csspart cta - The agency's call-to-action link (under the strength of the match, and again after the readiness check).
 * @csspart disclosure - Who provides the call to action and that it may be a paid service, beside it.
 * @csspart about - What each professional is and what to keep in mind, the likely fit first.
 * @csspart next-steps - Next steps.
 * @csspart questions - Questions to ask each professional.
 * @csspart readiness - "Are you ready to choose?": four yes/no checks, each "no" with a next step. The answers stay in the page (kept in `sessionStorage` only with `persist` on the quiz, or on the `<care-choice>` around it).
 * @csspart actions - Start over, Print and Copy link.
 * @csspart button - Every button.
 * @csspart restart-button - The Start over button.
 * @csspart print-button - The Print summary button.
 * @csspart copy-button - The Copy link button.
 * @csspart footer - Disclaimer, sources, review date and who provides the widget.
 * @csspart notice - With `debug`: the list of config and link problems.
 *
 * @cssprop [--care-choice-accent=#1f6f5c] - Brand colour: links, buttons, strength steps.
 * @cssprop [--care-choice-accent-contrast=#ffffff] - Text on the accent colour.
 * @cssprop [--care-choice-surface=#ffffff] - Background.
 * @cssprop [--care-choice-surface-alt=#f2f6f5] - Background of the strength panel.
 * @cssprop [--care-choice-text=#1d2321] - Text colour.
 * @cssprop [--care-choice-muted-text=#4d5754] - Secondary text.
 * @cssprop [--care-choice-border=#8a9793] - Borders.
 * @cssprop [--care-choice-radius=0.5rem] - Corner radius.
 * @cssprop [--care-choice-font-family=inherit] - Font; inherits the page's by default.
 * @cssprop [--care-choice-font-size=1rem] - Base text size.
 * @cssprop [--care-choice-spacing=1rem] - Space around and between blocks.
 * @cssprop [--care-choice-max-width=40rem] - The widest the card grows, for lines that are easy to read.
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
export class CareChoiceResult extends CareChoiceElement {
  static override styles = [hostStyles, tokenStyles, optionStyles, styles];

  /** Reactive properties (attributes and internal state), declared without decorators: smaller in the drop-in. */
  static override properties = {
    allReasons: { state: true },
    ready: { state: true },
    theme: { reflect: true },
    ctaHref: { attribute: 'cta-href' },
    ctaLabel: { attribute: 'cta-label' },
    agencyName: { attribute: 'agency-name' },
    reportHref: { attribute: 'report-href' },
  };

  /** Colour scheme: `light` (default), `dark`, or `auto` to follow the visitor's system setting. */
  theme?: 'light' | 'dark' | 'auto';

  /**
   * Where the call-to-action link points: `https:`, `http:`, `tel:`, `mailto:` or a relative link,
   * judged on the address the browser resolves. Anything else hides the link and logs the fix.
   * `{result}` in it becomes the outcome id (`case-manager`, `care-manager`, `both` or `unsure`),
   * e.g. `https://agency.example/contact?topic={result}`; no answer leaves the page.
   */
  ctaHref = '';

  /** Text of the call-to-action link. */
  ctaLabel = '';

  /** Who provides the widget, named beside the call to action and in the footer. Needed with `cta-href`. */
  agencyName = '';

  /** Where families can report a problem with the information (a page or `mailto:` link). */
  reportHref = '';

  /** A store handed over by the element that renders this one (the quiz). @internal */
  set sharedStore(store: CareChoiceStore | undefined) {
    this.store.use(store);
  }

  private allReasons = false;
  private ready: Readiness = {};
  private readyLoaded = false;

  protected readonly store = new StoreController(this, { config: () => this.source.config, owns: false });
  private readonly shareLink = new ShareLinkController(this, { store: () => this.store.state && this.store.store });
  /** The call to action and report links as checked: the address to use, or what is wrong. */
  private cta: { href?: string; problem?: string } = {};
  private report: { href?: string; problem?: string } = {};

  protected override willUpdate(changed: PropertyValues<this>) {
    super.willUpdate(changed);
    if (changed.has('ctaHref')) this.cta = checkLinkAttribute('cta-href', this.ctaHref, CTA_HIDDEN);
    if (changed.has('reportHref'))
      this.report = checkLinkAttribute('report-href', this.reportHref, 'The "report a problem" link is hidden until it is fixed.');
    if (changed.has('theme')) checkTheme(this.theme);
    if (!this.readyLoaded && this.store.state?.revealed) {
      // Kept only where `persist` (the store owner's) keeps the answers; each value checked on the way in.
      this.readyLoaded = true;
      const saved = readiness(this.store.store.storageKey);
      for (const item of READINESS) if (saved[item] === 'yes' || saved[item] === 'no') this.ready[item] = saved[item];
    }
    if ((changed.has('ctaHref') || changed.has('agencyName')) && this.cta.href && !this.agencyName.trim()) {
      warnOnce('cta-href is set without agency-name: families cannot see who offers the call to action. Add agency-name="Your agency".');
    }
  }

  /** Moves keyboard and screen-reader focus to the result heading. */
  focusHeading() {
    this.renderRoot?.querySelector<HTMLElement>('#heading')?.focus();
  }

  override render() {
    const state = this.store.state;
    const result = state?.revealed ? state.result : null;
    const problems = [this.cta.problem, this.report.problem].filter((p): p is string => !!p);
    if (!state || !result) {
      return html`${this.renderNotice(problems)}
        <div part="empty" class="card empty" lang=${this.effectiveConfig.lang}><p>${this.t('result.empty')}</p></div>`;
    }
    const texts = state.config.results[result.recommendation];
    // A weak match says "possible", so the heading and the strength agree (#25.5).
    const weak = result.strength === 'weak';
    return html`<section part="base card" class="card" aria-labelledby="heading" lang=${state.config.lang}>
      ${this.renderNotice(problems)}
      <p class="kicker">${this.t(weak ? 'result.kicker.weak' : 'result.kicker')}</p>
      <h2 id="heading" part="heading" tabindex="-1">${(weak && texts.weakTitle) || texts.title}</h2>
      <p>${texts.summary}</p>
      ${this.renderValues(state, result)} ${this.renderConfidence(result)} ${this.renderCta(result)}
      ${this.renderReasons(state, result)} ${this.renderAbout(state, result)} ${this.renderNextSteps(result)}
      ${this.renderReadiness(state, result)} ${this.renderCta(result)} ${this.renderQuestions(state)} ${this.renderAnswers(state)}
      ${this.renderActions()} ${this.renderFooter(state)}
    </section>`;
  }

  /** When the result goes against what the person said matters most, it says so in plain words. */
  private renderValues(state: StoreState, result: EvaluationResult) {
    const values = result.values;
    if (!values || (result.recommendation !== 'case-manager' && result.recommendation !== 'care-manager')) return nothing;
    const name = (side: 'case-manager' | 'care-manager') =>
      state.config.professions[side === 'case-manager' ? 'caseManager' : 'careManager'].name.toLowerCase();
    return html`<p class="values">
      ${this.t('result.values', { answer: values.answer, values: name(values.leansTo), result: name(result.recommendation) })}
    </p>`;
  }

  /** Strength in words; three steps that say the same; and the lean of the answers, in words too. */
  private renderConfidence(result: EvaluationResult) {
    const { caseManager, careManager } = result.scores;
    const total = caseManager + careManager;
    const careShare = total ? Math.round((careManager / total) * 100) : 50;
    const words =
      result.recommendation === 'unsure'
        ? this.t('result.strength.unsure')
        : result.recommendation === 'both'
          ? this.t(`result.strength.both.${result.strength}`)
          : this.t('result.strength', { strength: this.t(`result.strength.${result.strength}`) });
    const steps = result.recommendation === 'unsure' ? 0 : STRENGTH_STEPS[result.strength];
    return html`<div part="confidence" class="confidence">
      <p class="strength">${words}</p>
      ${
        steps
          ? html`<div class="steps" aria-hidden="true">
            ${[1, 2, 3].map((step) => html`<span class=${step <= steps ? 'step on' : 'step'}></span>`)}
          </div>`
          : nothing
      }
      ${total ? html`<p class="lean">${this.t('result.meter', { caseManager: 100 - careShare, careManager: careShare })}</p>` : nothing}
    </div>`;
  }

  /**
   * The reasons, grouped by the side they point to, the result's side first, the strongest first
   * in each; the same sentence from several answers once. The first three show, then "Show all".
   */
  private renderReasons(state: StoreState, result: EvaluationResult) {
    // "Change this answer" needs a quiz sharing this store; a lone result card has none.
    const canChange = this.store.shared;
    const fit = result.recommendation;
    const lead =
      fit === 'case-manager' || fit === 'care-manager'
        ? fit
        : result.scores.careManager > result.scores.caseManager
          ? 'care-manager'
          : 'case-manager';
    const sides: Side[] = fit === lead ? [lead, 'both', OTHER[lead]] : ['both', lead, OTHER[lead]];
    // How strongly an answer points its way: its option's weight for that side (both sides for "both").
    const weight = (r: Reason) => {
      const w = state.config.questions.find((q) => q.id === r.questionId)?.options.find((o) => o.id === r.optionId)?.weights;
      return w ? (r.leansTo === 'care-manager' ? 0 : w.caseManager) + (r.leansTo === 'case-manager' ? 0 : w.careManager) : 0;
    };
    const rows = sides.flatMap((side) => {
      const bySentence = new Map<string, Reason[]>();
      for (const reason of result.reasons.filter((r) => r.leansTo === side))
        bySentence.set(reason.text, [...(bySentence.get(reason.text) ?? []), reason]);
      const total = (reasons: Reason[]) => reasons.reduce((sum, r) => sum + weight(r), 0);
      return [...bySentence.values()].sort((a, b) => total(b) - total(a)).map((reasons) => ({ side, reasons }));
    });
    const shown = this.allReasons ? rows : rows.slice(0, SHOWN_REASONS);
    const groups = sides.map((side) => ({ side, rows: shown.filter((row) => row.side === side) })).filter((group) => group.rows.length);
    return html`<section part="reasons" class="reasons" aria-labelledby="why">
      <h3 id="why">${this.t('result.why')}</h3>
      <div id="reason-list">
        ${
          groups.length
            ? groups.map(
                ({ side, rows }) => html`<h4>${this.t(SIDE_STRING[side])}</h4>
                <ul>
                  ${rows.map(({ reasons }) => {
                    const [first] = reasons;
                    const said = reasons.map((r) => this.t('result.you-said', { answer: r.answer })).join(' ');
                    return html`<li>
                      <span class="why">${said} ${first!.text}</span>
                      ${
                        canChange && state.visible.some((q) => q.id === first!.questionId)
                          ? html`<button
                            type="button"
                            part="button change-button"
                            class="link-button"
                            value=${first!.questionId}
                            aria-label=${this.t('result.change.label', { question: first!.question })}
                            @click=${this.onChange}
                          >
                            ${this.t('result.change')}
                          </button>`
                          : nothing
                      }
                    </li>`;
                  })}
                </ul>`,
              )
            : html`<p>${this.t('result.why.none')}</p>`
        }
      </div>
      ${
        rows.length > SHOWN_REASONS
          ? html`<button
            type="button"
            part="button show-all-button"
            class="link-button"
            aria-controls="reason-list"
            aria-expanded=${this.allReasons ? 'true' : 'false'}
            @click=${this.onShowAll}
          >
            ${this.allReasons ? this.t('reasons.showFewer') : this.t('reasons.showAll', { count: rows.length })}
          </button>`
          : nothing
      }
    </section>`;
  }

  /**
   * The agency's call to action, never without the line saying who provides it and that it may be
   * paid (shown twice: under the strength of the match, so it is on a phone's first screen, and
   * after the readiness check).
   */
  private renderCta(result: EvaluationResult) {
    if (!this.cta.href) return nothing;
    const href = ctaForResult(this.cta.href, result.recommendation);
    const agency = this.agencyName.trim();
    return html`<div class="cta">
      <a part="cta" class="button primary" href=${href} data-print=${printable(href)} @click=${this.onCta}>${this.ctaLabel || this.t('result.cta')}</a>
      <p part="disclosure" class="disclosure">${agency ? this.t('cta.disclosure', { agency }) : this.t('cta.disclosure.generic')}</p>
    </div>`;
  }

  /** Both professions, the likely fit first, each with what it is and its limits in equal detail. */
  private renderAbout(state: StoreState, result: EvaluationResult) {
    const fit = PROFESSIONS_FOR[result.recommendation];
    const single = fit.length === 1;
    const order: ProfessionKey[] = single ? [fit[0]!, ...PROFESSION_KEYS.filter((key) => key !== fit[0])] : [...PROFESSION_KEYS];
    return html`<div part="about" class="profiles">
      ${order.map((key, i) => {
        const profession = state.config.professions[key];
        const heading = single && i > 0 ? this.t('result.other', { name: profession.name }) : profession.name;
        return html`<section aria-labelledby="about-${key}">
          <h3 id="about-${key}" tabindex="-1">${heading}</h3>
          <p>${profession.summary}</p>
          <h4>${this.t('result.limits')}</h4>
          <ul>
            ${profession.limits.map((limit) => html`<li>${limit}</li>`)}
          </ul>
        </section>`;
      })}
    </div>`;
  }

  private renderNextSteps(result: EvaluationResult) {
    return html`<section part="next-steps" aria-labelledby="next">
      <h3 id="next" tabindex="-1">${this.t('result.next-steps')}</h3>
      <ol>
        ${result.nextSteps.map((step) => {
          const href = safeHref(step.href);
          return html`<li>${step.text}${href ? html` <a href=${href} rel="noopener">${printable(href)}</a>` : nothing}</li>`;
        })}
      </ol>
    </section>`;
  }

  /**
   * "Are you ready to choose?", adapted from the SURE test: each item a yes/no question (native
   * radios in a fieldset), each "no" a next step that leads where it can help.
   */
  private renderReadiness(state: StoreState, result: EvaluationResult) {
    const fit = PROFESSIONS_FOR[result.recommendation];
    const other = fit.length === 1 ? PROFESSION_KEYS.find((key) => key !== fit[0])! : PROFESSION_KEYS[0];
    const values = state.visible.find((q) => q.values)?.id;
    // Where each "no" leads, named as it is on the card: [target, button text].
    const go: Record<(typeof READINESS)[number], [string | undefined, string]> = {
      sure: ['#ask', this.t('result.questions')],
      know: [
        `#about-${other}`,
        fit.length === 1 ? this.t('result.other', { name: state.config.professions[other].name }) : state.config.professions[other].name,
      ],
      values: [this.store.shared ? values : undefined, this.t('result.change')],
      support: ['#next', this.t('result.next-steps')],
    };
    return html`<section part="readiness" class="readiness" aria-labelledby="ready">
      <h3 id="ready">${this.t('readiness.title')}</h3>
      <p>${this.t('readiness.intro')}</p>
      ${READINESS.map((item) => {
        const no = this.ready[item] === 'no';
        return html`<fieldset>
          <legend>${this.t(`readiness.${item}`)}</legend>
          <div class="options">
            ${(['yes', 'no'] as const).map(
              (answer) =>
                html`<label class="option"
                  ><input type="radio" name="ready-${item}" value=${answer} .checked=${this.ready[item] === answer} @change=${this.onReady} /><span
                    >${this.t(`readiness.${answer}`)}</span
                  ></label
                >`,
            )}
          </div>
          <p class="tip" role="status">${no ? this.t(`readiness.${item}.no`) : nothing}</p>
          ${
            no && go[item][0]
              ? html`<button type="button" part="button" class="link-button" value=${go[item][0]} @click=${this.onGo}>${go[item][1]}</button>`
              : nothing
          }
        </fieldset>`;
      })}
    </section>`;
  }

  private renderQuestions(state: StoreState) {
    return html`<section part="questions" aria-labelledby="ask">
      <h3 id="ask" tabindex="-1">${this.t('result.questions')}</h3>
      <div class="profiles">
        ${PROFESSION_KEYS.map((key) => {
          const profession = state.config.professions[key];
          return html`<div>
            <h4>${this.t('result.questions.for', { name: profession.name.toLowerCase() })}</h4>
            <ul>
              ${profession.questionsToAsk.map((q) => html`<li>${q}</li>`)}
            </ul>
          </div>`;
        })}
      </div>
    </section>`;
  }

  private renderAnswers(state: StoreState) {
    const answers = state.effective;
    return html`<section class="print-only" aria-labelledby="answers">
      <h3 id="answers">${this.t('result.answers')}</h3>
      <ul>
        ${state.visible
          .filter((q) => own(answers, q.id))
          .map(
            (q) =>
              html`<li>
                ${q.text}
                ${q.options
                  .filter((o) => own(answers, q.id)!.includes(o.id))
                  .map((o) => o.label)
                  .join('; ')}
              </li>`,
          )}
      </ul>
    </section>`;
  }

  private renderActions() {
    return html`<div part="actions" class="actions">
        ${button('restart', this.t('quiz.restart'), this.onRestart)} ${button('print', this.t('result.print'), this.onPrint)}
        ${button('copy', this.t('result.copy-link'), this.onCopyLink)}
      </div>
      <div class="share" role="status">
        ${this.shareLink.status === 'copied' ? html`<p>${this.t('result.copied')}</p>` : nothing}
        ${
          this.shareLink.status === 'failed'
            ? html`<p>${this.t('result.copy-failed')}</p>
              <label>${this.t('result.link-label')} <input readonly .value=${this.shareLink.link} @focus=${this.selectAll} /></label>`
            : nothing
        }
      </div>`;
  }

  private renderFooter(state: StoreState) {
    const { config } = state;
    return html`<footer part="footer">
      <p><strong>${this.t('result.disclaimer')}</strong></p>
      <p>${this.t('result.sources')}:</p>
      ${renderSources(config, this.t('result.undated'), this.t('result.checked'))}
      <p>
        ${this.t('result.review', { date: localDate(config.contentDate, config) })}
        ${this.report.href ? html`<a href=${this.report.href}>${this.t('result.report')}</a>` : nothing}
      </p>
      ${this.agencyName.trim() ? html`<p>${this.t('result.provided-by', { agency: this.agencyName.trim() })}</p>` : nothing}
      <slot name="footer"></slot>
    </footer>`;
  }

  private onChange(event: Event) {
    this.store.store.goTo((event.currentTarget as HTMLButtonElement).value);
  }

  private onShowAll() {
    this.allReasons = !this.allReasons;
  }

  /** A readiness answer: kept in the page, and in `sessionStorage` only with `persist`. */
  private onReady(event: Event) {
    const input = event.target as HTMLInputElement;
    this.ready = { ...this.ready, [input.name.slice('ready-'.length)]: input.value };
    readiness(this.store.store.storageKey, this.ready);
  }

  /** A readiness next step: to a part of the card (its heading takes focus), or back to a question. */
  private onGo(event: Event) {
    const target = (event.currentTarget as HTMLButtonElement).value;
    if (target.startsWith('#')) this.renderRoot.querySelector<HTMLElement>(target)?.focus();
    else this.store.store.goTo(target);
  }

  private onCta(event: Event) {
    this.emit('care-choice-cta', {
      recommendation: this.store.state?.result?.recommendation ?? null,
      href: (event.currentTarget as HTMLAnchorElement).getAttribute('href') ?? '',
    });
  }

  private onRestart() {
    readiness(this.store.store.storageKey, {});
    this.store.store.reset();
    this.shareLink.reset();
    this.allReasons = false;
    this.ready = {};
    this.emit('care-choice-reset', {});
  }

  private onPrint() {
    printOnly(this);
  }

  private onCopyLink() {
    void this.shareLink.copy();
  }

  private selectAll(event: FocusEvent) {
    (event.target as HTMLInputElement).select();
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'care-choice-result': CareChoiceResult;
  }
}
