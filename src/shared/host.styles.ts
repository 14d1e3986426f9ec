import { css } from './css.js';

/**
 * The reset every element starts from. Hostile page CSS cannot reach inside the shadow root, but
 * inherited properties can: set the ones that matter here, so a theme's `* { font-size: 40px }`
 * on the host element does not blow up the widget.
 */
export const hostStyles = css`
  :host {
    display: block;
    /* Space from whatever sits next to the widget (a sibling widget, a paragraph); page CSS on
       the element itself wins over this. */
    margin-block: var(--_spacing);
    /* !important inside a shadow root beats the page's !important on the host element. */
    box-sizing: border-box !important;
    color: var(--_text);
    font-family: var(--_font-family);
    font-size: var(--_font-size) !important;
    line-height: 1.5 !important;
    text-align: start;
    visibility: visible !important;
    -webkit-text-size-adjust: 100%;
    /* A page with many widgets (a long article with tables) lays out only those near the screen. */
    content-visibility: auto;
    contain-intrinsic-size: auto 24rem;
  }
  /* The result card starts small (waiting for the quiz) and fills in later, often off screen: laid
     out at once, never lazily. WebKit kept such a card blank at its placeholder height (#22). */
  :host(care-choice-result) {
    content-visibility: visible;
    contain-intrinsic-size: none;
  }
  :host([hidden]) {
    display: none !important;
  }
  *,
  *::before,
  *::after {
    box-sizing: inherit;
  }
  .sr-only {
    position: absolute;
    width: 1px;
    height: 1px;
    margin: -1px;
    padding: 0;
    overflow: hidden;
    clip: rect(0 0 0 0);
    white-space: nowrap;
    border: 0;
  }
  button,
  .button {
    display: inline-flex;
    align-items: center;
    justify-content: center;
    min-height: 2.75rem;
    padding: 0.5em 1.1em;
    border: 2px solid var(--_accent);
    border-radius: var(--_radius);
    background: var(--_surface);
    color: var(--_accent);
    font: inherit;
    font-weight: 600;
    text-decoration: none;
    cursor: pointer;
  }
  /* After button and .button: the same specificity as .button, so it wins by coming later. */
  .primary {
    background: var(--_accent);
    color: var(--_accent-contrast);
  }
  /* A ring for keyboard users only: buttons, links, answers, and the headings that receive focus
     when the step changes (never on a click). */
  :focus-visible {
    outline: 3px solid var(--_focus-ring);
    outline-offset: 2px;
  }
  a {
    color: var(--_accent);
  }
  /* The framed box of the quiz and the result card. */
  .card {
    padding: var(--_spacing);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
  }
  .notice {
    margin: 0 0 var(--_spacing);
    padding: 0.5em 0.75em;
    border: 1px dashed var(--_border);
    border-radius: var(--_radius);
    color: var(--_text);
    font-size: 0.875em;
  }
  @media print {
    .card {
      border: 0;
      padding: 0;
    }
  }
  @media (prefers-reduced-motion: reduce) {
    *,
    *::before,
    *::after {
      transition: none !important;
      animation: none !important;
    }
  }
  @media (forced-colors: active) {
    button,
    .button {
      border-color: ButtonText;
      color: ButtonText;
      background: ButtonFace;
    }
    /* The browser paints a Canvas backplate behind forced text; HighlightText on it can vanish
       (white on white). Keep the pair together and opt out of the backplate. */
    .primary {
      forced-color-adjust: none;
      border-color: Highlight;
      color: HighlightText;
      background: Highlight;
    }
    :focus-visible {
      outline-color: Highlight;
    }
  }
`;
