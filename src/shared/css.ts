import { unsafeCSS } from 'lit';

/**
 * Our own css`` tag, for our own static style sheets only (never text from a page or a config).
 * Lit's tag does the same and also checks that every interpolated value is a css`` result; we
 * interpolate only our own, and its error message is bytes every visitor downloads.
 */
export const css = (strings: TemplateStringsArray, ...values: unknown[]) => unsafeCSS(String.raw({ raw: strings }, ...values));
