import { ContextProvider } from '@lit/context';
import { css, html } from 'lit';
import { property } from 'lit/decorators.js';
import { storeContext } from '../../context/store-context.js';
import type { CareChoiceStore } from '../../engine/index.js';
import { CareChoiceElement } from '../../shared/care-choice-element.js';

/**
 * @summary Optional provider: one decision shared by every care-choice element inside it.
 * @tag care-choice
 *
 * @slot - Any content, including `<care-choice-quiz>`, `<care-choice-result>` and
 *   `<care-compare-table>`, which then all show the same answers and result.
 *
 * Events from the elements inside bubble through it; it never dispatches its own.
 */
export class CareChoice extends CareChoiceElement {
  static override styles = css`
    :host {
      display: block;
    }
    :host([hidden]) {
      display: none !important;
    }
  `;

  /** Keep answers in `sessionStorage` for this tab, so a reload resumes. Off by default. */
  @property({ type: Boolean }) persist = false;

  private readonly provider = new ContextProvider(this, { context: storeContext });

  /** The shared store. @internal */
  get store(): CareChoiceStore | undefined {
    return this.ownStore;
  }

  protected override currentStore() {
    return this.ownStore;
  }

  override connectedCallback() {
    super.connectedCallback();
    // Before the children connect (tree order), so their context requests find the store.
    if (!this.ownStore) this.provider.setValue(this.createOwnStore({ persist: this.persist, readsPage: true }));
  }

  override render() {
    return html`${this.renderConfigNotice()}<slot></slot>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'care-choice': CareChoice;
  }
}
