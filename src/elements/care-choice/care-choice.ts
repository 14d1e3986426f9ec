import { html } from 'lit';
import { css } from '../../shared/css.js';
import { reportToDataLayer } from '../../shared/analytics.js';
import { CareChoiceElement } from '../../shared/care-choice-element.js';
import { ShareLinkController } from '../../shared/share-link-controller.js';
import { StoreController } from '../../shared/store-controller.js';

/**
 * @summary Optional provider: one decision shared by every care-choice element inside it.
 * @tag care-choice
 *
 * @slot - Any content, including `<care-choice-quiz>`, `<care-choice-result>` and
 *   `<care-compare-table>`, which then all show the same answers and result. Their config and
 *   language are the provider's; `theme` and the call to action are set on each element.
 *
 * Events from the elements inside bubble through it; it never dispatches its own.
 */
export class CareChoice extends CareChoiceElement {
  // Only what a wrapper needs: it holds the page's own content too, which must not inherit ours.
  static override styles = css`
    :host {
      display: block;
    }
    :host([hidden]) {
      display: none !important;
    }
  `;

  /** Reactive properties (attributes and internal state), declared without decorators: smaller in the drop-in. */
  static override properties = {
    persist: { type: Boolean },
    analytics: {},
  };

  /**
   * Keep answers in `sessionStorage` for this tab, so a reload resumes. Off by default. The only
   * `persist` that counts inside the provider: one on an element inside is ignored, with a console
   * warning.
   */
  persist = false;

  /**
   * `datalayer`: push `care_choice_start`, `care_choice_step`, `care_choice_complete` and
   * `generate_lead` to `window.dataLayer` for every element inside, never answers. A quiz inside
   * with its own `analytics` pushes its own actions instead; nothing is pushed twice.
   */
  analytics?: 'datalayer';

  protected readonly store = new StoreController(this, {
    provides: true,
    config: () => this.source.config,
    persist: () => this.persist,
    created: (store) => this.shareLink.restore(store),
  });
  private readonly shareLink = new ShareLinkController(this, {
    store: () => this.store.state && this.store.store,
    reveal: () => this.querySelector('care-choice-result')?.focusHeading(),
  });

  constructor() {
    super();
    // Always listening: Start over anywhere inside begins a new run, for a quiz with `analytics` too.
    reportToDataLayer(
      this,
      () => this.analytics === 'datalayer',
      () => this.store.state && this.store.store,
    );
  }

  override render() {
    return html`${this.renderNotice()}<slot></slot>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'care-choice': CareChoice;
  }
}
