import { css } from './css.js';

/**
 * A question with its answers as bordered rows (label with a native radio or checkbox): the quiz's
 * questions and the result card's readiness check share it.
 */
export const optionStyles = css`
  fieldset {
    margin: 0;
    padding: 0;
    border: 0;
    min-inline-size: 0;
  }
  legend {
    padding: 0;
    margin-block-end: 0.5em;
  }
  .options {
    display: grid;
    gap: 0.5rem;
  }
  .option {
    display: flex;
    align-items: center;
    gap: 0.75rem;
    min-block-size: 3rem;
    padding: 0.5rem 0.75rem;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
    cursor: pointer;
    transition: border-color 120ms ease, background-color 120ms ease;
  }
  .option:hover {
    border-color: var(--_accent);
  }
  /* Chosen: a thicker border and a tint, never bolder text (which would rewrap the label), and
     the padding gives back what the border takes, so nothing moves. */
  .option:has(input:checked) {
    border: 2px solid var(--_accent);
    padding: calc(0.5rem - 1px) calc(0.75rem - 1px);
    background: var(--_surface-alt);
  }
  .option:has(input:focus-visible) {
    outline: 3px solid var(--_focus-ring);
    outline-offset: 2px;
  }
  .option input {
    inline-size: 1.25rem;
    block-size: 1.25rem;
    margin: 0;
    flex: none;
    accent-color: var(--_accent);
  }
  .option input:focus-visible {
    outline: none;
  }
  @media (forced-colors: active) {
    .option:has(input:checked) {
      border: 3px solid Highlight;
      padding: calc(0.5rem - 2px) calc(0.75rem - 2px);
    }
    .option:has(input:focus-visible) {
      outline-color: Highlight;
    }
  }
`;
