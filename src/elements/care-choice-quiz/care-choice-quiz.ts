import { html, nothing, type PropertyValues } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import { live } from 'lit/directives/live.js';
import { effectiveAnswers, type CareChoiceStore, type QuestionConfig } from '../../engine/index.js';
import { CareChoiceElement } from '../../shared/care-choice-element.js';
import { hostStyles } from '../../shared/host.styles.js';
import { StoreController } from '../../shared/store-controller.js';
import { styleProps } from '../../shared/style-props.js';
import { tokenStyles } from '../../shared/tokens.styles.js';
import type { CareChoiceResult } from '../care-choice-result/care-choice-result.js';
import { styles } from './care-choice-quiz.styles.js';

/**
 * @summary One question at a time, with progress, Back / Next and Start over; shows the result at the end.
 * @tag care-choice-quiz
 *
 * @slot intro - Your own content (a logo, a sentence) on the intro screen, shown with the `intro` attribute.
 * @slot result-footer - Your own content under the result card the quiz shows at the end (e.g. opening hours).
 *
 * @fires {CustomEvent<CareChoiceAnswerDetail>} care-choice-answer - An answer changed.
 * @fires {CustomEvent<CareChoiceCompleteDetail>} care-choice-complete - The person asked for their result.
 * @fires {CustomEvent<CareChoiceResetDetail>} care-choice-reset - The person chose "Start over".
 *
 * @csspart base - The quiz box.
 * @csspart intro - The intro screen.
 * @csspart progress - The progress text and bar.
 * @csspart progress-bar - The progress bar track.
 * @csspart question - The fieldset holding one question.
 * @csspart question-text - The question heading.
 * @csspart help - A question's help text.
 * @csspart option - One answer (label with its radio or checkbox).
 * @csspart error - The "please choose an answer" message.
 * @csspart button - Every button.
 * @csspart back-button - The Back button.
 * @csspart next-button - The Next / See my result button.
 * @csspart restart-button - The Start over button.
 * @csspart start-button - The Start button on the intro screen.
 * @csspart result - The result card shown at the end (its own parts are forwarded as `result__*`).
 *
 * @cssprop [--care-choice-accent=#1f6f5c] - Brand colour: buttons, selected answers, progress.
 * @cssprop [--care-choice-accent-contrast=#ffffff] - Text on the accent colour.
 * @cssprop [--care-choice-surface=#ffffff] - Background.
 * @cssprop [--care-choice-surface-alt=#f2f6f5] - Background of selected answers and the progress track.
 * @cssprop [--care-choice-text=#1d2321] - Text colour.
 * @cssprop [--care-choice-muted-text=#4d5754] - Secondary text.
 * @cssprop [--care-choice-border=#8a9793] - Borders.
 * @cssprop [--care-choice-radius=0.5rem] - Corner radius.
 * @cssprop [--care-choice-font-family=inherit] - Font; inherits the page's by default.
 * @cssprop [--care-choice-font-size=1rem] - Base text size.
 * @cssprop [--care-choice-spacing=1rem] - Space around and between blocks.
 * @cssprop [--care-choice-focus-ring=#1a56b8] - Keyboard focus outline.
 */
export class CareChoiceQuiz extends CareChoiceElement {
  static override styles = [hostStyles, tokenStyles, styles];

  /** Keep answers in `sessionStorage` for this tab (per quiz), so a reload resumes. Off by default. */
  @property({ type: Boolean }) persist = false;

  /** Show an intro screen with a "Start" button first. */
  @property({ type: Boolean }) intro = false;

  /** Inside a provider, do not show the result card at the end (the page shows its own). */
  @property({ type: Boolean, attribute: 'no-result' }) noResult = false;

  /** Passed to the result card: where the call-to-action link points. */
  @property({ attribute: 'cta-href' }) ctaHref = '';

  /** Passed to the result card: the call-to-action text. */
  @property({ attribute: 'cta-label' }) ctaLabel = '';

  /** Passed to the result card: who provides this widget, for the disclosure line. */
  @property({ attribute: 'agency-name' }) agencyName = '';

  @state() private started = false;
  @state() private showError = false;
  @state() private announcement = '';

  @query('#question-heading') private questionHeading?: HTMLElement;
  @query('care-choice-result') private resultCard?: CareChoiceResult;

  private readonly storeController = new StoreController(this);
  private lastView?: string;

  /** @internal */
  createStandaloneStore(): CareChoiceStore {
    return this.createOwnStore({ persist: this.persist, readsPage: true });
  }

  protected override currentStore() {
    return this.storeController.store;
  }

  private get view(): string {
    const state = this.storeController.state;
    if (!state) return 'none';
    if (this.intro && !this.started && !Object.keys(state.answers).length && !state.finished) return 'intro';
    return state.finished ? 'result' : `question:${state.visible[state.step]?.id}`;
  }

  protected override willUpdate(changed: PropertyValues) {
    super.willUpdate(changed);
    const view = this.view;
    if (this.lastView !== undefined && view !== this.lastView) {
      const state = this.storeController.state!;
      this.showError = false;
      this.announcement =
        view === 'result'
          ? this.t('quiz.announce.result')
          : view.startsWith('question:')
            ? this.t('quiz.announce.step', { step: state.step + 1, total: state.visible.length })
            : '';
    }
  }

  protected override updated(changed: PropertyValues) {
    super.updated(changed);
    const view = this.view;
    const moved = this.lastView !== undefined && view !== this.lastView;
    this.lastView = view;
    // Move focus only when the step changed after first render, never on page load.
    if (!moved) return;
    if (view === 'result' && this.resultCard) void this.resultCard.updateComplete.then(() => this.resultCard?.focusHeading());
    else this.questionHeading?.focus();
  }

  override render() {
    const state = this.storeController.state;
    if (!state) return nothing;
    const view = this.view;
    return html`<div part="base" class="card" role="group" aria-label=${this.t('quiz.label')}>
      ${this.renderConfigNotice()}
      ${view === 'intro' ? this.renderIntro() : view === 'result' ? this.renderEnd() : this.renderQuestion()}
      <div class="sr-only" role="status" aria-live="polite">${this.announcement}</div>
    </div>`;
  }

  private renderIntro() {
    return html`<div part="intro" class="intro">
      <slot name="intro"></slot>
      <h2 id="question-heading" tabindex="-1">${this.t('quiz.intro.title')}</h2>
      <p>${this.t('quiz.intro.text')}</p>
      <button type="button" part="button start-button" class="primary" @click=${this.onStart}>${this.t('quiz.start')}</button>
    </div>`;
  }

  private renderQuestion() {
    const state = this.storeController.state!;
    const question = state.visible[state.step];
    if (!question) return nothing;
    const total = state.visible.length;
    const step = state.step + 1;
    const chosen = state.answers[question.id] ?? [];
    const last = step === total;
    const describedBy = [question.help ? 'help' : '', this.showError ? 'error' : ''].filter(Boolean).join(' ');
    // No <form>: a sandboxed iframe without allow-forms blocks submission, and with it the quiz.
    return html`<div class="step" @keydown=${this.onKeydown}>
      <div part="progress" class="progress">
        <p id="progress-text" class="progress-text">${this.t('quiz.progress', { step, total })}</p>
        <div
          part="progress-bar"
          class="bar"
          role="progressbar"
          aria-labelledby="progress-text"
          aria-valuemin="1"
          aria-valuemax=${total}
          aria-valuenow=${step}
          aria-valuetext=${this.t('quiz.progress', { step, total })}
        >
          <div class="fill" ${styleProps({ 'inline-size': `${(step / total) * 100}%` })}></div>
        </div>
      </div>
      <fieldset part="question" aria-describedby=${describedBy || nothing} aria-invalid=${this.showError ? 'true' : nothing}>
        <legend><h2 id="question-heading" part="question-text" tabindex="-1">${question.text}</h2></legend>
        ${question.help ? html`<p id="help" part="help" class="help">${question.help}</p>` : nothing}
        <div class="options">${question.options.map((option) => this.renderOption(question, option.id, option.label, chosen))}</div>
        ${this.showError ? html`<p id="error" part="error" class="error" role="alert">${this.t('quiz.required')}</p>` : nothing}
      </fieldset>
      <div class="actions">
        ${state.step > 0
          ? html`<button type="button" part="button back-button" @click=${this.onBack}>${this.t('quiz.back')}</button>`
          : nothing}
        <button type="button" part="button next-button" class="primary" @click=${this.onNext}>${this.t(last ? 'quiz.finish' : 'quiz.next')}</button>
        ${Object.keys(state.answers).length
          ? html`<button type="button" part="button restart-button" class="restart" @click=${this.onRestart}>${this.t('quiz.restart')}</button>`
          : nothing}
      </div>
    </div>`;
  }

  private renderOption(question: QuestionConfig, id: string, label: string, chosen: string[]) {
    return html`<label part="option" class="option">
      <input
        type=${question.multiple ? 'checkbox' : 'radio'}
        name="answer"
        value=${id}
        .checked=${live(chosen.includes(id))}
        @change=${this.onChange}
      /><span>${label}</span>
    </label>`;
  }

  private renderEnd() {
    const showCard = !this.noResult || !this.storeController.shared;
    if (showCard) {
      return html`<care-choice-result
        part="result"
        exportparts="base:result__base,heading:result__heading,confidence:result__confidence,reasons:result__reasons,next-steps:result__next-steps,cta:result__cta,actions:result__actions,footer:result__footer,button:result__button"
        .store=${this.storeController.store}
        cta-href=${this.ctaHref}
        cta-label=${this.ctaLabel}
        agency-name=${this.agencyName}
        theme=${this.theme ?? nothing}
        ?debug=${this.debug}
        ><slot name="result-footer" slot="footer"></slot
      ></care-choice-result>`;
    }
    return html`<h2 id="question-heading" tabindex="-1">${this.t('quiz.announce.result')}</h2>
      <div class="actions">
        <button type="button" part="button back-button" @click=${this.onBack}>${this.t('quiz.back')}</button>
        <button type="button" part="button restart-button" class="restart" @click=${this.onRestart}>${this.t('quiz.restart')}</button>
      </div>`;
  }

  private onStart() {
    this.started = true;
  }

  private onChange(event: Event) {
    const store = this.storeController.store!;
    const question = store.getState().visible[store.getState().step];
    if (!question) return;
    const fieldset = (event.target as HTMLInputElement).closest('fieldset')!;
    const value = [...fieldset.querySelectorAll<HTMLInputElement>('input:checked')].map((input) => input.value);
    store.answer(question.id, value);
    this.showError = false;
    const after = store.getState();
    this.emit('care-choice-answer', {
      questionId: question.id,
      value: after.answers[question.id] ?? [],
      step: after.step + 1,
      total: after.visible.length,
    });
  }

  private onKeydown(event: KeyboardEvent) {
    // Enter on a radio or checkbox continues, as it would submit a form.
    if (event.key === 'Enter' && (event.target as HTMLElement).localName === 'input') {
      event.preventDefault();
      this.onNext();
    }
  }

  private onNext() {
    const store = this.storeController.store!;
    const before = store.getState();
    const question = before.visible[before.step];
    if (!question) return;
    if (!before.answers[question.id]?.length) {
      this.showError = true;
      void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLInputElement>('input')?.focus());
      return;
    }
    store.next();
    const after = store.getState();
    if (after.finished && after.result) {
      const { recommendation, scores, confidence, reasons } = after.result;
      this.emit('care-choice-complete', { recommendation, scores, confidence, reasons, answers: effectiveAnswers(after.config, after.answers) });
    }
  }

  private onBack() {
    this.storeController.store!.back();
  }

  private onRestart() {
    this.storeController.store!.reset();
    this.started = false;
    this.emit('care-choice-reset', {});
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'care-choice-quiz': CareChoiceQuiz;
  }
}
