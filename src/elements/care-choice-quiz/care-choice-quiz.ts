import { html, nothing, type PropertyValues } from 'lit';
import { own, type QuestionConfig } from '../../engine/index.js';
import { reportToDataLayer } from '../../shared/analytics.js';
import { CareChoiceElement } from '../../shared/care-choice-element.js';
import { hostStyles } from '../../shared/host.styles.js';
import { optionStyles } from '../../shared/option.styles.js';
import { readiness } from '../../shared/persist.js';
import { PopupController } from './popup-controller.js';
import { ShareLinkController } from '../../shared/share-link-controller.js';
import { StoreController } from '../../shared/store-controller.js';
import { tokenStyles } from '../../shared/tokens.styles.js';
import { checkLinkAttribute } from '../../shared/safe-href.js';
import { checkTheme } from '../../shared/warn.js';
import { button } from '../../shared/button.js';
import { CareChoiceResult, CTA_HIDDEN, RESULT_PARTS } from '../care-choice-result/care-choice-result.js';
import { styles } from './care-choice-quiz.styles.js';

/** The result card's parts, forwarded as `result__<part>` so a page can style the card inside the quiz. */
const RESULT_EXPORTPARTS = RESULT_PARTS.map((part) => `${part}:result__${part}`).join(',');

/**
 * @summary One question at a time, with progress, Back / Next and Start over; shows the result at the end.
 * @tag care-choice-quiz
 * @dependency care-choice-result
 *
 * Content between its tags that is not a slot's (for example the fallback from `dist/snippets/`)
 * shows until the script runs and wherever it never does; an answer picked in it is kept.
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
 * @csspart result-button - "Back to my result", shown after "Change this answer".
 * @csspart start-button - The Start button on the intro screen.
 * @csspart notice - With `debug`: the list of config and link problems.
 * @csspart trigger - With `mode="popup"`: the button in the page that opens the quiz.
 * @csspart dialog - With `mode="popup"`: the modal dialog holding the quiz.
 * @csspart close-button - With `mode="popup"`: the dialog's Close button.
 * @csspart result - The result card shown at the end (its own parts are forwarded as `result__*`).
 * @csspart result__base - Forwarded from the result card: the card.
 * @csspart result__card - Forwarded from the result card: the card (same element as `base`).
 * @csspart result__empty - Forwarded from the result card: the card shown before any answer.
 * @csspart result__heading - Forwarded from the result card: the likely-fit heading.
 * @csspart result__confidence - Forwarded from the result card: how strong the match is.
 * @csspart result__about - Forwarded from the result card: what each professional does, and its limits.
 * @csspart result__reasons - Forwarded from the result card: the answers that led to this result.
 * @csspart result__change-button - Forwarded from the result card: a "Change this answer" button.
 * @csspart result__show-all-button - Forwarded from the result card: "Show all reasons".
 * @csspart result__next-steps - Forwarded from the result card: next steps.
 * @csspart result__cta - Forwarded from the result card: the agency's call-to-action link.
 * @csspart result__disclosure - Forwarded from the result card: who provides the call to action, and that it may be paid.
 * @csspart result__questions - Forwarded from the result card: questions to ask each professional.
 * @csspart result__readiness - Forwarded from the result card: the "Are you ready to choose?" check.
 * @csspart result__actions - Forwarded from the result card: Start over, Print and Copy link.
 * @csspart result__button - Forwarded from the result card: every button.
 * @csspart result__restart-button - Forwarded from the result card: the Start over button.
 * @csspart result__print-button - Forwarded from the result card: the Print summary button.
 * @csspart result__copy-button - Forwarded from the result card: the Copy link button.
 * @csspart result__footer - Forwarded from the result card: disclaimer, sources and who provides the widget.
 * @csspart result__notice - Forwarded from the result card: with `debug`, its problems.
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
 * @cssprop [--care-choice-max-width=40rem] - The widest the quiz grows, for lines that are easy to read.
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
export class CareChoiceQuiz extends CareChoiceElement {
  static override styles = [hostStyles, tokenStyles, optionStyles, styles];

  /** Reactive properties (attributes and internal state), declared without decorators: smaller in the drop-in. */
  static override properties = {
    autoAdvance: { type: Boolean, attribute: 'auto-advance' },
    theme: { reflect: true },
    persist: { type: Boolean },
    intro: { type: Boolean },
    noResult: { type: Boolean, attribute: 'no-result' },
    ctaHref: { attribute: 'cta-href' },
    ctaLabel: { attribute: 'cta-label' },
    agencyName: { attribute: 'agency-name' },
    reportHref: { attribute: 'report-href' },
    mode: { reflect: true },
    buttonText: { attribute: 'button-text' },
    openOn: { attribute: 'open' },
    // Empty is not 0: it falls back to the default, with a warning.
    openValue: { attribute: 'open-value', converter: (value: string | null) => (value === null ? undefined : value.trim() ? +value : NaN) },
    showOnce: { type: Boolean, attribute: 'show-once' },
    analytics: {},
    started: { state: true },
    showError: { state: true },
    announcement: { state: true },
  };
  static override dependencies = { 'care-choice-result': CareChoiceResult };

  /** Colour scheme: `light` (default), `dark`, or `auto` to follow the visitor's system setting. */
  theme?: 'light' | 'dark' | 'auto';

  /**
   * Keep answers in `sessionStorage` for this tab (per quiz), so a reload resumes. Off by default.
   * Inside a `<care-choice>` the store is the provider's, and so is persistence: set `persist` on
   * the `<care-choice>` element (on the quiz it is ignored, with a console warning).
   */
  persist = false;

  /** Show an intro screen with a "Start" button first. */
  intro = false;

  /**
   * On a single-choice question, choosing an answer goes straight to the next question, as Next
   * does (focus on its heading, the step announced). A deliberate choice only: a click or a tap,
   * Space, or a screen reader's activation; arrow keys move through the answers without leaving
   * the question, and Enter goes on as always. Not on questions where several answers can be
   * chosen, not on the last question (the result shows only when asked for with "See my result",
   * so a slip never ends the quiz), and not while changing an answer after seeing the result.
   * Off by default.
   */
  autoAdvance = false;

  /** Inside a provider, do not show the result card at the end (the page shows its own). */
  noResult = false;

  /** Passed to the result card: where the call-to-action link points (`{result}` becomes the outcome id). */
  ctaHref = '';

  /** Passed to the result card: the call-to-action text. */
  ctaLabel = '';

  /** Passed to the result card: who provides this widget, for the disclosure line. Needed with `cta-href`. */
  agencyName = '';

  /** Passed to the result card: where families can report a problem with the information. */
  reportHref = '';

  /** `popup`: the page shows only a button that opens the quiz (and its result) in a modal dialog. */
  mode?: 'popup';

  /** With `mode="popup"`: the text of the button that opens the quiz. */
  buttonText = '';

  /**
   * With `mode="popup"`: also open by itself, at most once per page view (and not after the
   * visitor opened it): `load`; `exit` (the pointer leaves through the top of the window);
   * `scroll` (past `open-value` percent of the page); `time` (after `open-value` seconds). One
   * popup opens by itself at a time, and never over a modal the page has open (a cookie-consent
   * dialog): it waits until that closes.
   */
  openOn?: 'load' | 'exit' | 'scroll' | 'time';

  /**
   * Seconds for `open="time"` (0 to 3600, default 10), percent of the page for `open="scroll"` (0 to
   * 100, default 50). Anything else (empty too) uses the default, with a warning.
   */
  openValue?: number;

  /** With `open`: open by itself once per browser session (tab) rather than once per page view. Uses `sessionStorage`. */
  showOnce = false;

  /**
   * `datalayer`: push `care_choice_start`, `care_choice_step`, `care_choice_complete` and
   * `generate_lead` to `window.dataLayer`, never answers. With it on a provider too, each action is
   * pushed once, by this quiz.
   */
  analytics?: 'datalayer';

  private started = false;
  private showError = false;
  private announcement = '';

  /** The first element in the shadow root that matches (none before the first render). */
  private find<T extends Element>(selector: string) {
    return this.renderRoot?.querySelector<T>(selector);
  }

  protected readonly store = new StoreController(this, {
    config: () => this.source.config,
    persist: () => this.persist,
    created: (store) => this.shareLink.restore(store),
  });
  private readonly shareLink = new ShareLinkController(this, {
    store: () => this.store.state && this.store.store,
    // A shared link to a result opens the popup on it.
    reveal: () => (this.mode === 'popup' ? this.popup.show() : this.focusResult()),
  });
  private readonly popup = new PopupController(this, {
    trigger: () => (this.mode === 'popup' ? this.openOn : undefined),
    value: () => this.openValue,
    once: () => this.showOnce,
    dialog: () => this.find<HTMLDialogElement>('dialog'),
    opener: () => this.find<HTMLElement>('[part~="trigger"]'),
    focus: () => this.focusView(),
  });
  private lastView?: string;
  /** An arrow key is down: the radio group's own way of moving the choice, which never advances. */
  private arrowDown = false;
  /** What is wrong with `cta-href`, if anything: shown from the first question with `debug`. */
  private ctaProblem?: string;

  private get view(): string {
    const state = this.store.state;
    if (!state) return 'none';
    if (this.intro && !this.started && !Object.keys(state.answers).length && !state.finished) return 'intro';
    return state.finished ? 'result' : `question:${state.visible[state.step]?.id}`;
  }

  protected override willUpdate(changed: PropertyValues<this>) {
    super.willUpdate(changed);
    if (changed.has('theme')) checkTheme(this.theme);
    if (changed.has('ctaHref')) this.ctaProblem = checkLinkAttribute('cta-href', this.ctaHref, CTA_HIDDEN).problem;
    const view = this.view;
    if (this.lastView !== undefined && view !== this.lastView) {
      const state = this.store.state!;
      this.showError = false;
      this.announcement =
        view === 'result'
          ? this.t('quiz.announce.result')
          : view.startsWith('question:')
            ? this.t('quiz.announce.step', { step: state.step + 1, total: state.total })
            : '';
    }
  }

  protected override updated(changed: PropertyValues) {
    super.updated(changed);
    const view = this.view;
    const moved = this.lastView !== undefined && view !== this.lastView;
    this.lastView = view;
    // Move focus only when the step changed after first render, never on page load.
    if (moved) this.focusView();
    // Each input shows what the store holds. Lit reuses the inputs from one question to the next,
    // and a check the visitor made that was never rendered (an answer and Next in one go) is not a
    // value Lit knows to clear: a `.checked` binding would leave it showing on the next question.
    const state = this.store.state;
    // The bar's fill through the CSSOM: a style attribute is refused by a strict
    // Content-Security-Policy (style-src without 'unsafe-inline').
    if (state) this.find<HTMLElement>('.fill')?.style.setProperty('inline-size', `${((state.step + 1) / state.total) * 100}%`);
    const chosen = (state && own(state.effective, state.visible[state.step]?.id ?? '')) || [];
    for (const input of this.renderRoot.querySelectorAll<HTMLInputElement>('.options input')) input.checked = chosen.includes(input.value);
  }

  override connectedCallback() {
    super.connectedCallback();
    // Answers picked in the fallback before the script arrived are kept (read on the first connection only).
    this.fallback.takeAnswers((question, picked) => this.store.store.answer(question, picked));
  }

  /** Focus to the heading of what is shown: the question, the intro, or the result. */
  private focusView() {
    if (this.view === 'result') this.focusResult();
    else this.find<HTMLElement>('#question-heading')?.focus();
  }

  private focusResult() {
    const card = this.find<CareChoiceResult>('care-choice-result');
    if (card) void card.updateComplete.then(() => card.focusHeading());
    else this.find<HTMLElement>('#question-heading')?.focus();
  }

  constructor() {
    super();
    reportToDataLayer(
      this,
      () => this.analytics === 'datalayer',
      () => this.store.state && this.store.store,
    );
  }

  /** With `mode="popup"`: opens the quiz's dialog. */
  show() {
    this.popup.show();
  }

  /** With `mode="popup"`: closes the quiz's dialog (answers are kept). */
  hide() {
    this.popup.hide();
  }

  override render() {
    const state = this.store.state;
    if (!state) return nothing;
    const view = this.view;
    const quiz = html`<div part="base" class="card" role="group" aria-label=${this.t('quiz.label')} lang=${state.config.lang}>
      ${this.renderNotice(this.ctaProblem ? [this.ctaProblem] : [])}
      ${view === 'intro' ? this.renderIntro() : view === 'result' ? this.renderEnd() : this.renderQuestion()}
      <div class="sr-only" role="status" aria-live="polite">${this.announcement}</div>
    </div>`;
    if (this.mode !== 'popup') return quiz;
    return html`<button type="button" part="button trigger" class="primary" @click=${this.show}>${this.buttonText || this.t('quiz.open')}</button>
      <dialog part="dialog" aria-label=${this.t('quiz.label')} lang=${state.config.lang} @close=${this.onClosed}>
        <div class="close-bar">
          <button type="button" part="button close-button" @click=${this.hide}><span aria-hidden="true">×</span>${this.t('quiz.close')}</button>
        </div>
        ${quiz}
      </dialog>`;
  }

  private onClosed() {
    this.popup.closed();
  }

  private renderIntro() {
    return html`<div part="intro" class="intro">
      <slot name="intro"></slot>
      <h2 id="question-heading" tabindex="-1">${this.t('quiz.intro.title')}</h2>
      <p>${this.t('quiz.intro.text')}</p>
      ${button('start', this.t('quiz.start'), this.onStart, 'primary')}
    </div>`;
  }

  private renderQuestion() {
    const state = this.store.state!;
    const question = state.visible[state.step];
    if (!question) return nothing;
    const { total } = state;
    const step = state.step + 1;
    const last = step === state.visible.length;
    const describedBy = [question.help ? 'help' : '', this.showError ? 'error' : ''].filter(Boolean).join(' ');
    // No <form>: a sandboxed iframe without allow-forms blocks submission, and with it the quiz.
    return html`<div class="step" @keydown=${this.onKeydown} @keyup=${this.onKeyup}>
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
          <div class="fill"></div>
        </div>
      </div>
      <fieldset part="question" aria-describedby=${describedBy || nothing} aria-invalid=${this.showError ? 'true' : nothing}>
        <legend><h2 id="question-heading" part="question-text" tabindex="-1">${question.text}</h2></legend>
        ${question.help ? html`<p id="help" part="help" class="help">${question.help}</p>` : nothing}
        <div class="options">${question.options.map((option) => this.renderOption(question, option.id, option.label))}</div>
        ${this.showError ? html`<p id="error" part="error" class="error" role="alert">${this.t('quiz.required')}</p>` : nothing}
      </fieldset>
      <div class="actions">
        ${state.step > 0 ? button('back', this.t('quiz.back'), this.onBack) : nothing}
        ${button('next', this.t(last ? 'quiz.finish' : 'quiz.next'), this.onNext, 'primary')}
        ${state.revealed && !last ? button('result', this.t('quiz.back-to-result'), this.onShowResult) : nothing}
        ${Object.keys(state.answers).length ? button('restart', this.t('quiz.restart'), this.onRestart, 'restart') : nothing}
      </div>
    </div>`;
  }

  /** One answer; whether it is checked is set in `updated()`, from the store. */
  private renderOption(question: QuestionConfig, id: string, label: string) {
    return html`<label part="option" class="option">
      <input
        type=${question.multiple ? 'checkbox' : 'radio'}
        name=${question.id}
        value=${id}
        @change=${this.onChange}
      /><span>${label}</span>
    </label>`;
  }

  private renderEnd() {
    const showCard = !this.noResult || !this.store.shared;
    if (showCard) {
      return html`<care-choice-result
        part="result"
        exportparts=${RESULT_EXPORTPARTS}
        .sharedStore=${this.store.store}
        cta-href=${this.ctaHref}
        cta-label=${this.ctaLabel}
        agency-name=${this.agencyName}
        report-href=${this.reportHref}
        theme=${this.theme ?? nothing}
        ?debug=${this.debug}
        ><slot name="result-footer" slot="footer"></slot
      ></care-choice-result>`;
    }
    return html`<h2 id="question-heading" tabindex="-1">${this.t('quiz.announce.result')}</h2>
      <div class="actions">
        ${button('back', this.t('quiz.back'), this.onBack)} ${button('restart', this.t('quiz.restart'), this.onRestart, 'restart')}
      </div>`;
  }

  private onStart() {
    this.started = true;
  }

  private onChange(event: Event) {
    const store = this.store.store;
    const question = store.getState().visible[store.getState().step];
    if (!question) return;
    const fieldset = (event.target as HTMLInputElement).closest('fieldset')!;
    const value = [...fieldset.querySelectorAll<HTMLInputElement>('input:checked')].map((input) => input.value);
    store.answer(question.id, value);
    this.showError = false;
    const after = store.getState();
    this.emit('care-choice-answer', {
      questionId: question.id,
      value: own(after.effective, question.id) ?? [],
      step: after.step + 1,
      total: after.visible.length,
    });
    // Arrow keys check the next radio with a change event between their keydown and keyup; a
    // click, a tap and Space (whose change comes after its keyup) are a deliberate choice. It goes
    // on once the choice has rendered, so the radios (reused by the next question) are in step.
    if (this.autoAdvance && !question.multiple && !this.arrowDown && !after.revealed && after.step < after.visible.length - 1)
      void this.updateComplete.then(() => this.onNext());
  }

  private onKeydown(event: KeyboardEvent) {
    this.arrowDown = event.key.startsWith('Arrow');
    // Enter on a radio or checkbox continues, as it would submit a form.
    if (event.key === 'Enter' && (event.target as HTMLElement).localName === 'input') {
      event.preventDefault();
      this.onNext();
    }
  }

  private onKeyup() {
    this.arrowDown = false;
  }

  private onNext() {
    const store = this.store.store;
    const before = store.getState();
    const question = before.visible[before.step];
    if (!question) return;
    if (!own(before.effective, question.id)) {
      this.showError = true;
      void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLInputElement>('input')?.focus());
      return;
    }
    store.next();
    this.completed();
  }

  /** Fires complete when the last action showed the result. */
  private completed() {
    const after = this.store.store.getState();
    if (after.finished && after.result) {
      const { recommendation, scores, confidence, reasons } = after.result;
      this.emit('care-choice-complete', { recommendation, scores, confidence, reasons, answers: after.effective });
    }
  }

  /** After changing an answer: straight back to the result, unless a question now needs an answer. */
  private onShowResult() {
    this.store.store.showResult();
    this.completed();
  }

  private onBack() {
    this.store.store.back();
  }

  private onRestart() {
    readiness(this.store.store.storageKey, {});
    this.store.store.reset();
    this.started = false;
    this.emit('care-choice-reset', {});
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'care-choice-quiz': CareChoiceQuiz;
  }
}
