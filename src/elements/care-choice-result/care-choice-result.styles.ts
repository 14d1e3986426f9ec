import { css } from '../../shared/css.js';

export const styles = css`
  :host {
    max-inline-size: var(--care-choice-max-width, 40rem);
  }
  .empty {
    color: var(--_muted);
  }
  .empty p {
    margin: 0;
  }
  .kicker {
    margin: 0;
    color: var(--_muted);
    font-size: 0.875em;
    text-transform: uppercase;
    letter-spacing: 0.04em;
  }
  h2 {
    margin: 0.1em 0 0.25em;
    font-size: 1.4em;
    line-height: 1.25;
    color: var(--_text);
  }
  h3 {
    margin: 1.25em 0 0.4em;
    font-size: 1.1em;
  }
  h4 {
    margin: 0.75em 0 0.25em;
    font-size: 1em;
  }
  p,
  ul,
  ol {
    margin-block: 0.4em;
  }
  ul,
  ol {
    padding-inline-start: 1.25em;
  }
  li + li {
    margin-block-start: 0.35em;
  }
  .confidence {
    margin-block: var(--_spacing);
    padding: 0.75em;
    border-radius: var(--_radius);
    background: var(--_surface-alt);
  }
  .confidence p {
    margin: 0;
  }
  .strength {
    font-weight: 600;
  }
  /* Three steps for weak, moderate and strong: the words' own scale, drawn, not a handle to drag. */
  .steps {
    display: flex;
    gap: 0.25rem;
    margin-block: 0.5rem;
  }
  .step {
    inline-size: 2.5rem;
    block-size: 0.5rem;
    border: 1px solid var(--_border);
    border-radius: 2px;
    background: var(--_surface);
  }
  .step.on {
    border-color: var(--_accent);
    background: var(--_accent);
  }
  .lean {
    color: var(--_muted);
    font-size: 0.875em;
  }
  .profiles {
    display: grid;
    gap: var(--_spacing);
    grid-template-columns: repeat(auto-fit, minmax(min(100%, 15rem), 1fr));
  }
  .reasons li {
    display: flex;
    flex-wrap: wrap;
    align-items: baseline;
    gap: 0.25em 0.75em;
  }
  .reasons .why {
    flex: 1 1 16rem;
  }
  .link-button {
    min-block-size: 2.75rem;
    padding: 0.25em 0.5em;
    border: 0;
    background: none;
    color: var(--_accent);
    text-decoration: underline;
    font-weight: 400;
  }
  .cta {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.25rem 0.75rem;
    margin-block: 0.75em;
  }
  .disclosure {
    margin: 0;
    color: var(--_muted);
    font-size: 0.875em;
  }
  .readiness fieldset {
    margin-block-start: 0.75em;
  }
  .readiness .options {
    grid-template-columns: repeat(auto-fit, minmax(8rem, 12rem));
  }
  .tip:empty {
    margin: 0;
  }
  .sources {
    padding-inline-start: 1.1em;
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
    margin-block-start: var(--_spacing);
  }
  .share input {
    inline-size: 100%;
    margin-block-start: 0.5em;
    padding: 0.4em;
    font: inherit;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    color: var(--_text);
    background: var(--_surface);
  }
  footer {
    margin-block-start: var(--_spacing);
    padding-block-start: 0.75em;
    border-block-start: 1px solid var(--_border);
    color: var(--_muted);
    font-size: 0.875em;
  }
  footer a {
    color: inherit;
  }
  .print-only {
    display: none;
  }
  @media (forced-colors: active) {
    .step.on {
      forced-color-adjust: none;
      border-color: CanvasText;
      background: CanvasText;
    }
    .step {
      border-color: CanvasText;
    }
  }
  @media print {
    /* One page to take to an appointment: small, dense, black on white. */
    :host {
      color: #000 !important;
      font-size: 9.5pt !important;
      line-height: 1.3 !important;
    }
    h2 {
      font-size: 1.3em;
    }
    h3 {
      margin-block: 0.6em 0.2em;
    }
    li + li {
      margin-block-start: 0.1em;
    }
    footer {
      margin-block-start: 0.5em;
      padding-block-start: 0.4em;
    }
    .cta {
      margin-block: 0.3em;
    }
    .confidence {
      margin-block: 0.4em;
      padding: 0;
      background: none;
    }
    .actions,
    .readiness,
    .link-button,
    .share,
    .steps {
      display: none !important;
    }
    /* On paper the call to action shows where it leads: the number, the address, the site. */
    a[data-print]::after {
      content: ' (' attr(data-print) ')';
      font-weight: 400;
    }
    a.button {
      display: inline;
      padding: 0;
      border: 0;
      min-height: 0;
      background: none !important;
      color: #000 !important;
    }
    /* The second call to action would only repeat the first. */
    .cta ~ .cta {
      display: none;
    }
    .print-only {
      display: block;
    }
    /* As many columns as there are professions, so one is never squeezed into half the page. */
    .profiles {
      grid-template-columns: none;
      grid-auto-flow: column;
      grid-auto-columns: 1fr;
    }
    a[href^='http']:not([data-print])::after,
    a[href^='mailto']:not([data-print])::after {
      content: ' (' attr(href) ')';
    }
    h3 {
      break-after: avoid;
    }
  }
`;
