// The floor for `npm run bench`: the smallest Lit element with @lit/context that renders one
// question with four options, built and measured the same way as the real quiz.
import { ContextConsumer, createContext } from '@lit/context';
import { LitElement, css, html } from 'lit';

const context = createContext<object>(Symbol.for('care-choice-bench/floor'));
const OPTIONS = ['Me', 'An older parent or relative', 'My partner or spouse', 'Someone else'];

class FloorQuestion extends LitElement {
  static override styles = css`
    :host {
      display: block;
    }
  `;
  static override properties = { picked: { state: true } };
  declare picked: string;
  readonly consumer = new ContextConsumer(this, { context });

  override render() {
    return html`<fieldset>
        <legend><h2 id="question-heading">Who needs care?</h2></legend>
        ${OPTIONS.map((label) => html`<label><input type="radio" name="q" @change=${() => (this.picked = label)} />${label}</label>`)}
      </fieldset>
      <button>Next</button>`;
  }
}
customElements.define('floor-question', FloorQuestion);
