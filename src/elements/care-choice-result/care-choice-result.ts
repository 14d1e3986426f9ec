import { property, query, state } from 'lit/decorators.js';
import { html, nothing, type PropertyValues } from 'lit';
import {
  PROFESSION_KEYS,
  PROFESSIONS_FOR,
  encodeAnswers,
  own,
  type CareChoiceStore,
  type EvaluationResult,
  type StoreState,
} from '../../engine/index.js';
import { CareChoiceElement } from '../../shared/care-choice-element.js';
import { hostStyles } from '../../shared/host.styles.js';
import { linkWithAnswers } from '../../shared/persist.js';
import { checkLink, safeHref, warnOnce } from '../../shared/safe-href.js';
import { StoreController } from '../../shared/store-controller.js';
import { styleProps } from '../../shared/style-props.js';
import { tokenStyles } from '../../shared/tokens.styles.js';
import { styles } from './care-choice-result.styles.js';
import { printOnly } from './print.js';

/** Every part of the card; the quiz forwards each one as `result__<part>`. */
export const RESULT_PARTS = [
  'base',
  'card',
  'empty',
  'heading',
  'confidence',
  'about',
  'reasons',
  'change-button',
  'next-steps',
  'cta',
  'questions',
  'actions',
  'button',
  'restart-button',
  'print-button',
  'copy-button',
  'footer',
  'notice',
] as const;

/**
 * @summary The likely fit, how strong it is and why, with next steps, sources and the agency's call to action.
 * @tag care-choice-result
 *
 * @slot footer - Your own content under the result (for example an address or opening hours).
 *
 * @fires {CustomEvent<CareChoiceCtaDetail>} care-choice-cta - The person followed the call to action; navigation goes on.
 * @fires {CustomEvent<CareChoiceResetDetail>} care-choice-reset - The person chose "Start over".
 *
 * @csspart base - The result card.
 * @csspart card - The result card (same element as `base`, named for theming).
 * @csspart empty - The card shown before any answer.
 * @csspart heading - The likely-fit heading.
 * @csspart confidence - How strong the match is, in words and as a meter.
 * @csspart about - What the professional does and what to keep in mind.
 * @csspart reasons - The answers that led to this result.
 * @csspart change-button - A "Change this answer" button.
 * @csspart next-steps - Next steps.
 * @csspart cta - The agency's call-to-action link.
 * @csspart questions - Questions to ask each professional.
 * @csspart actions - Start over, Print and Copy link.
 * @csspart button - Every button.
 * @csspart restart-button - The Start over button.
 * @csspart print-button - The Print summary button.
 * @csspart copy-button - The Copy link button.
 * @csspart footer - Disclaimer, sources and who provides the widget.
 * @csspart notice - With `debug`: the list of config and link problems.
 *
 * @cssprop [--care-choice-accent=#1f6f5c] - Brand colour: links, buttons, meter.
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
 * @cssprop [--care-choice-focus-ring=#1a56b8] - Keyboard focus outline.
 */
export class CareChoiceResult extends CareChoiceElement {
  static override styles = [hostStyles, tokenStyles, styles];

  /** Colour scheme: `light` (default), `dark`, or `auto` to follow the visitor's system setting. */
  @property({ reflect: true }) theme?: 'light' | 'dark' | 'auto';

  /**
   * Where the call-to-action link points: `https:`, `http:`, `tel:`, `mailto:` or a relative link,
   * judged on the address the browser resolves. Anything else hides the link and logs the fix.
   */
  @property({ attribute: 'cta-href' }) ctaHref = '';

  /** Text of the call-to-action link. */
  @property({ attribute: 'cta-label' }) ctaLabel = '';

  /** Who provides the widget, named in the disclosure line. */
  @property({ attribute: 'agency-name' }) agencyName = '';

  /** A store handed over by the element that renders this one (the quiz). @internal */
  set sharedStore(store: CareChoiceStore | undefined) {
    this.store.use(store);
  }

  @state() private shareStatus: 'idle' | 'copied' | 'failed' = 'idle';
  @state() private sharedLink = '';

  @query('#heading') private heading?: HTMLElement;

  protected readonly store = new StoreController(this, { config: () => this.source.config });
  /** The call to action as checked: the address to use, or what is wrong with it. */
  private cta: { href?: string; problem?: string } = {};

  protected override willUpdate(changed: PropertyValues<this>) {
    super.willUpdate(changed);
    if (changed.has('ctaHref')) {
      this.cta = checkLink(this.ctaHref);
      if (this.cta.problem) warnOnce(`cta-href: ${this.cta.problem}. The call to action is hidden until it is fixed.`);
    }
  }

  /** Moves keyboard and screen-reader focus to the result heading. */
  focusHeading() {
    this.heading?.focus();
  }

  override render() {
    const state = this.store.state;
    const result = state?.result;
    if (!state || !result) {
      return html`${this.renderNotice()}<div part="empty" class="card empty" lang=${this.config.lang}><p>${this.t('result.empty')}</p></div>`;
    }
    const texts = state.config.results[result.recommendation];
    return html`<section part="base card" class="card" aria-labelledby="heading" lang=${state.config.lang}>
      ${this.renderNotice(this.cta.problem ? [`cta-href: ${this.cta.problem}`] : [])}
      <p class="kicker">${this.t('result.kicker')}</p>
      <h2 id="heading" part="heading" tabindex="-1">${texts.title}</h2>
      <p>${texts.summary}</p>
      ${this.renderConfidence(state, result)} ${this.renderAbout(state, result)} ${this.renderReasons(state, result)}
      ${this.renderNextSteps(result)} ${this.renderQuestions(state)} ${this.renderAnswers(state)} ${this.renderActions()}
      ${this.renderFooter(state)}
    </section>`;
  }

  private renderConfidence(state: StoreState, result: EvaluationResult) {
    const { caseManager, careManager } = result.scores;
    const total = caseManager + careManager;
    const careShare = total ? Math.round((careManager / total) * 100) : 50;
    const { professions } = state.config;
    return html`<div part="confidence" class="confidence">
      <p>${this.t('result.strength', { strength: this.t(`result.strength.${result.strength}`) })}</p>
      <div class="meter" aria-hidden="true">
        <span>${professions.caseManager.name}</span>
        <span class="track"><span class="marker" ${styleProps({ 'inset-inline-start': `${careShare}%` })}></span></span>
        <span>${professions.careManager.name}</span>
      </div>
      <p class="sr-only">${this.t('result.meter', { caseManager: 100 - careShare, careManager: careShare })}</p>
    </div>`;
  }

  private renderAbout(state: StoreState, result: EvaluationResult) {
    return html`<div part="about" class="profiles">
      ${(result.recommendation === 'unsure' ? PROFESSION_KEYS : PROFESSIONS_FOR[result.recommendation]).map((key) => {
        const profession = state.config.professions[key];
        return html`<section aria-labelledby="about-${key}">
          <h3 id="about-${key}">${profession.name}</h3>
          <p>${profession.summary}</p>
          <h4>${this.t('result.limits')}</h4>
          <ul>${profession.limits.map((limit) => html`<li>${limit}</li>`)}</ul>
        </section>`;
      })}
    </div>`;
  }

  private renderReasons(state: StoreState, result: EvaluationResult) {
    // "Change this answer" needs a quiz sharing this store; a lone result card has none.
    const canChange = this.store.shared;
    return html`<section part="reasons" class="reasons" aria-labelledby="why">
      <h3 id="why">${this.t('result.why')}</h3>
      ${result.reasons.length
        ? html`<ul>
            ${result.reasons.map(
              (reason) => html`<li>
                <span class="why">${this.t('result.you-said', { answer: reason.answer })} ${reason.text}</span>
                ${canChange && state.visible.some((q) => q.id === reason.questionId)
                  ? html`<button
                      type="button"
                      part="button change-button"
                      value=${reason.questionId}
                      class="link-button"
                      aria-label=${this.t('result.change.label', { question: reason.question })}
                      @click=${() => this.onChange(reason.questionId)}
                    >
                      ${this.t('result.change')}
                    </button>`
                  : nothing}
              </li>`,
            )}
          </ul>`
        : html`<p>${this.t('result.why.none')}</p>`}
    </section>`;
  }

  private renderNextSteps(result: EvaluationResult) {
    const cta = this.cta.href;
    return html`<section part="next-steps" aria-labelledby="next">
      <h3 id="next">${this.t('result.next-steps')}</h3>
      <ol>
        ${result.nextSteps.map((step) => {
          const href = safeHref(step.href);
          return html`<li>${step.text}${href ? html` <a href=${href} rel="noopener">${href.replace(/^https?:\/\/(www\.)?/, '').replace(/\/$/, '')}</a>` : nothing}</li>`;
        })}
      </ol>
      ${cta
        ? html`<p class="cta"><a part="cta" class="button primary" href=${cta} @click=${this.onCta}>${this.ctaLabel || this.t('result.cta')}</a></p>`
        : nothing}
    </section>`;
  }

  private renderQuestions(state: StoreState) {
    return html`<section part="questions" aria-labelledby="ask">
      <h3 id="ask">${this.t('result.questions')}</h3>
      <div class="profiles">
        ${PROFESSION_KEYS.map((key) => {
          const profession = state.config.professions[key];
          return html`<div>
            <h4>${this.t('result.questions.for', { name: profession.name.toLowerCase() })}</h4>
            <ul>${profession.questionsToAsk.map((q) => html`<li>${q}</li>`)}</ul>
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
          .map((q) => html`<li>${q.text} ${q.options.filter((o) => own(answers, q.id)!.includes(o.id)).map((o) => o.label).join('; ')}</li>`)}
      </ul>
    </section>`;
  }

  private renderActions() {
    return html`<div part="actions" class="actions">
      <button type="button" part="button restart-button" @click=${this.onRestart}>${this.t('quiz.restart')}</button>
      <button type="button" part="button print-button" @click=${this.onPrint}>${this.t('result.print')}</button>
      <button type="button" part="button copy-button" @click=${this.onCopyLink}>${this.t('result.copy-link')}</button>
    </div>
    <div class="share" role="status">
      ${this.shareStatus === 'copied' ? html`<p>${this.t('result.copied')}</p>` : nothing}
      ${this.shareStatus === 'failed'
        ? html`<p>${this.t('result.copy-failed')}</p>
            <label>${this.t('result.link-label')} <input readonly .value=${this.sharedLink} @focus=${this.selectAll} /></label>`
        : nothing}
    </div>`;
  }

  private renderFooter(state: StoreState) {
    const { config } = state;
    return html`<footer part="footer">
      <p><strong>${this.t('result.disclaimer')}</strong></p>
      <p>${this.t('result.sources')}:</p>
      <ul>
        ${config.sources.map((source) => {
          const href = safeHref(source.href);
          const meta = [source.publisher, source.date ?? (source.publisher ? '' : this.t('result.undated'))].filter(Boolean).join(', ');
          return html`<li>${href ? html`<a href=${href} rel="noopener">${source.title}</a>` : source.title}${meta ? ` (${meta})` : ''}</li>`;
        })}
      </ul>
      <p>${this.t('result.content-date', { date: config.contentDate })}</p>
      ${this.agencyName ? html`<p>${this.t('result.provided-by', { agency: this.agencyName })}</p>` : nothing}
      <slot name="footer"></slot>
    </footer>`;
  }

  private onChange(questionId: string) {
    this.store.store.goTo(questionId);
  }

  private onCta() {
    this.emit('care-choice-cta', { recommendation: this.store.state?.result?.recommendation ?? null, href: this.cta.href ?? '' });
  }

  private onRestart() {
    this.store.store.reset();
    this.shareStatus = 'idle';
    this.emit('care-choice-reset', {});
  }

  private onPrint() {
    printOnly(this);
  }

  private async onCopyLink() {
    const state = this.store.state;
    if (!state) return;
    this.sharedLink = linkWithAnswers(this.store.store.key, encodeAnswers(state.effective));
    try {
      await navigator.clipboard.writeText(this.sharedLink);
      this.shareStatus = 'copied';
    } catch {
      this.shareStatus = 'failed';
    }
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
