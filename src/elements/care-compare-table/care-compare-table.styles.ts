import { css } from '../../shared/css.js';

export const styles = css`
  /* The container is the wrapper inside, not the host: the host has content-visibility: auto (shared
     reset), and Firefox sizes a box with both to 0 px once it is off screen. */
  .wrap {
    container-type: inline-size;
    color: var(--_text);
    /* The caption and the sources sit outside the table's box: they get the widget's surface
       under them, so they keep their contrast on any page, light or dark, in every theme. */
    background: var(--_surface);
    border-radius: var(--_radius);
  }
  table {
    /* Quirks mode (no doctype) resets a table's font to the browser default. */
    font: inherit;
    inline-size: 100%;
    border-collapse: separate;
    border-spacing: 0;
    background: var(--_surface);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
  }
  /* Inset as the cells' text is, so on the surface neither touches its edge. */
  caption {
    padding: 0.5em 0.75em;
    font-size: 1.15em;
    font-weight: 700;
    text-align: start;
  }
  th,
  td {
    padding: 0.6em 0.75em;
    vertical-align: top;
    text-align: start;
    border-block-start: 1px solid var(--_border);
  }
  /* The table's own border is the header row's top line: no cell adds a second one (the empty
     corner cell did, so the line was thicker over the first column). */
  thead :is(th, td) {
    border-block-start: 0;
  }
  thead th {
    background: var(--_surface-alt);
    font-size: 1.05em;
  }
  tbody th {
    inline-size: 28%;
    font-weight: 600;
  }
  ul {
    margin: 0;
    padding-inline-start: 1.1em;
  }
  li + li {
    margin-block-start: 0.25em;
  }
  /* Cells paint over the table's rounded corners unless the corner cells are rounded too. */
  thead tr > :first-child {
    border-start-start-radius: var(--_radius);
  }
  thead tr > :last-child {
    border-start-end-radius: var(--_radius);
  }
  tbody tr:last-child > :first-child {
    border-end-start-radius: var(--_radius);
  }
  tbody tr:last-child > :last-child {
    border-end-end-radius: var(--_radius);
  }
  .recommended {
    box-shadow: inset 3px 0 0 var(--_accent), inset -3px 0 0 var(--_accent);
  }
  thead .recommended {
    box-shadow: inset 3px 0 0 var(--_accent), inset -3px 0 0 var(--_accent), inset 0 3px 0 var(--_accent);
  }
  .badge {
    display: inline-block;
    margin-inline-start: 0.4em;
    padding: 0.1em 0.5em;
    border-radius: 999px;
    background: var(--_accent);
    color: var(--_accent-contrast);
    font-size: 0.8em;
    font-weight: 700;
    white-space: nowrap;
  }
  .cell-label {
    display: none;
  }
  .source {
    margin: 0.5em 0 0;
    padding: 0 0.75em 0.5em;
    color: var(--_muted);
    font-size: 0.875em;
  }
  .source p {
    margin: 0.25em 0;
  }
  .source a {
    color: inherit;
  }
  /* Narrow column: each row becomes a card. Chromium keeps table semantics under display:block;
     Safari drops them, so the template also sets explicit table roles, and cells are still read
     with their row and column headers everywhere. */
  @container (max-width: 34rem) {
    table,
    thead,
    tbody,
    tr,
    th,
    td,
    caption {
      display: block;
    }
    table {
      border: 0;
      background: none;
    }
    thead tr {
      position: absolute;
      inline-size: 1px;
      block-size: 1px;
      overflow: hidden;
      clip: rect(0 0 0 0);
    }
    tbody tr {
      margin-block-end: 0.75em;
      border: 1px solid var(--_border);
      border-radius: var(--_radius);
      background: var(--_surface);
      overflow: hidden;
    }
    tbody th {
      inline-size: auto;
      background: var(--_surface-alt);
      border-block-start: 0;
    }
    .cell-label {
      display: block;
      margin-block-end: 0.2em;
      font-weight: 700;
    }
    th,
    td {
      border-radius: 0;
    }
    td.recommended {
      box-shadow: inset 4px 0 0 var(--_accent);
    }
  }
  @media (forced-colors: active) {
    .recommended,
    thead .recommended,
    td.recommended {
      box-shadow: none;
      outline: 3px solid Highlight;
      outline-offset: -3px;
    }
    .badge {
      border: 1px solid CanvasText;
    }
  }
  @media print {
    table {
      border: 1px solid #000;
    }
    tr {
      break-inside: avoid;
    }
  }
`;
