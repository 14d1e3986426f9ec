import { css } from '../../shared/css.js';

export const styles = css`
  :host {
    max-inline-size: var(--care-choice-max-width, 40rem);
  }
  .progress {
    margin-block-end: var(--_spacing);
  }
  .progress-text {
    margin: 0 0 0.25em;
    color: var(--_muted);
    font-size: 0.875em;
  }
  .bar {
    block-size: 0.5rem;
    border-radius: 999px;
    background: var(--_surface-alt);
    border: 1px solid var(--_border);
    overflow: hidden;
  }
  .fill {
    block-size: 100%;
    background: var(--_accent);
    transition: inline-size 200ms ease;
  }
  h2 {
    margin: 0;
    font-size: 1.25em;
    line-height: 1.3;
  }
  .help {
    margin: 0 0 0.75em;
    color: var(--_muted);
  }
  .error {
    margin: 0.75em 0 0;
    color: var(--_text);
    font-weight: 600;
    border-inline-start: 4px solid #b3261e;
    padding-inline-start: 0.5em;
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
    margin-block-start: var(--_spacing);
  }
  .actions .restart {
    margin-inline-start: auto;
  }
  /* The quiz box already frames the result it shows at the end: no card inside a card, and the
     card takes the quiz's width. The result's host clips what overflows it (content-visibility:
     auto brings paint containment), so it keeps room at its sides for list markers that sit left
     of their list (WebKit) and for focus rings: inline padding, cancelled by an equal negative
     margin so that nothing moves. */
  care-choice-result {
    /* Inline, the card fills in with the quiz it sits in, on screen: lazy layout as before (WebKit
       left it at zero height when laid out at once here). */
    content-visibility: auto;
    margin-block: 0;
    margin-inline: calc(-1 * max(0.5em, 6px));
    padding-inline: max(0.5em, 6px);
    max-inline-size: none;
  }
  care-choice-result::part(base) {
    border: 0;
    padding: 0;
  }
  .intro h2 {
    margin-block-end: 0.5em;
  }
  /* Popup: the page holds only the button; the quiz lives in a modal dialog, in the top layer. */
  :host([mode='popup']) {
    content-visibility: visible;
    contain-intrinsic-size: none;
  }
  /* One card, in the top layer: no lazy layout (WebKit could leave it unrendered in the dialog). */
  dialog care-choice-result {
    content-visibility: visible;
  }
  dialog {
    inline-size: min(var(--care-choice-max-width, 40rem), 100% - 2rem);
    max-block-size: calc(100% - 2rem);
    padding: 0;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
    color: var(--_text);
    overscroll-behavior: contain;
  }
  dialog[open] {
    animation: care-choice-popup 180ms ease-out;
  }
  @keyframes care-choice-popup {
    from {
      opacity: 0;
      transform: translateY(1rem);
    }
  }
  dialog::backdrop {
    background: rgb(0 0 0 / 0.55);
  }
  /* The Close button stays in view while the quiz or a long result scrolls under it. It keeps
     the quiz's own inset, so its edge lines up with the answers' and it sits as far from the
     top as from the side. */
  .close-bar {
    position: sticky;
    inset-block-start: 0;
    z-index: 1;
    display: flex;
    justify-content: flex-end;
    padding: var(--_spacing) var(--_spacing) 0;
    background: var(--_surface);
  }
  .close-bar button {
    gap: 0.4em;
  }
  dialog > .card {
    border: 0;
    padding-block-start: 0;
  }
  /* Phones: the dialog is the whole screen. */
  @media (max-width: 40rem) {
    dialog {
      inline-size: 100%;
      block-size: 100%;
      max-inline-size: none;
      max-block-size: none;
      margin: 0;
      border: 0;
      border-radius: 0;
    }
  }
  @media print {
    /* Buttons mean nothing on paper; the result card prints its own content. */
    .progress,
    .actions {
      display: none;
    }
  }
  @media (forced-colors: active) {
    dialog {
      border: 2px solid CanvasText;
    }
    .fill {
      background: Highlight;
    }
    .error {
      border-inline-start-color: CanvasText;
    }
  }
`;
