import { html, nothing } from 'lit';

/**
 * One of the widget's buttons: `part="button <name>-button"`, its text and its click handler
 * (Lit calls it with the rendering element as `this`).
 */
export const button = (name: string, label: string, onClick: (event: Event) => void, className?: string) =>
  html`<button type="button" part="button ${name}-button" class=${className ?? nothing} @click=${onClick}>${label}</button>`;
