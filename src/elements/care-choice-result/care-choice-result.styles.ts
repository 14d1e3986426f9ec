import { css } from 'lit';

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
    margin: 0 0 0.5em;
    font-weight: 600;
  }
  /* Names above the two ends of the track, so long names (Spanish) never squeeze it on a phone. */
  .meter {
    display: grid;
    grid-template-columns: 1fr 1fr;
    gap: 0.35em 0.5em;
    font-size: 0.875em;
  }
  .meter > :last-child {
    text-align: end;
  }
  .track {
    grid-column: 1 / -1;
    grid-row: 2;
    margin-block: 0.5rem;
    position: relative;
    block-size: 0.5rem;
    border-radius: 999px;
    background: linear-gradient(to right, var(--_border), var(--_border)) center / 2px 100% no-repeat, var(--_surface);
    border: 1px solid var(--_border);
  }
  .marker {
    position: absolute;
    inset-block: -0.45rem;
    inline-size: 1rem;
    margin-inline-start: -0.5rem;
    border-radius: 999px;
    background: var(--_accent);
    border: 2px solid var(--_surface);
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
    margin-block: 0.75em;
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
    .marker {
      background: CanvasText;
      forced-color-adjust: none;
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
    .link-button,
    .share,
    .meter {
      display: none !important;
    }
    .print-only {
      display: block;
    }
    .profiles {
      grid-template-columns: 1fr 1fr;
    }
    a[href^='http']::after {
      content: ' (' attr(href) ')';
    }
    h3 {
      break-after: avoid;
    }
  }
`;
