import { css } from './css.js';

/**
 * The dark scheme: used by theme="dark", and by theme="auto" when the system is dark. Its colours
 * come from the `--care-choice-dark-*` tokens, not the light ones: a brand colour chosen for a
 * light page (dark blue accent, white surface) would be unreadable against the dark scheme's text,
 * so the dark palette stays the tested one unless the agency gives dark colours of its own. In
 * every scheme, text the widget paints sits on its own surface, never straight on the page.
 */
const darkFallbacks = css`
  --_accent: var(--care-choice-dark-accent, #7fd6bd);
  --_accent-contrast: var(--care-choice-dark-accent-contrast, #0c1f1a);
  --_surface: var(--care-choice-dark-surface, #161b1a);
  --_surface-alt: var(--care-choice-dark-surface-alt, #222a28);
  --_text: var(--care-choice-dark-text, #eef3f1);
  --_muted: var(--care-choice-dark-muted-text, #b9c6c2);
  --_border: var(--care-choice-dark-border, #71807b);
  --_focus-ring: var(--care-choice-dark-focus-ring, #8ab4ff);
`;

/**
 * Maps the public `--care-choice-*` tokens onto private `--_*` ones, once. Public tokens are never
 * declared on :host, so values an agency sets on :root or a wrapper are inherited and win. Themes
 * change only the fallbacks.
 */
export const tokenStyles = css`
  :host {
    --_accent: var(--care-choice-accent, #1f6f5c);
    --_accent-contrast: var(--care-choice-accent-contrast, #ffffff);
    --_surface: var(--care-choice-surface, #ffffff);
    --_surface-alt: var(--care-choice-surface-alt, #f2f6f5);
    --_text: var(--care-choice-text, #1d2321);
    --_muted: var(--care-choice-muted-text, #4d5754);
    --_border: var(--care-choice-border, #8a9793);
    --_radius: var(--care-choice-radius, 0.5rem);
    --_font-family: var(--care-choice-font-family, inherit);
    --_font-size: var(--care-choice-font-size, 1rem);
    --_spacing: var(--care-choice-spacing, 1rem);
    --_focus-ring: var(--care-choice-focus-ring, #1a56b8);
  }
  :host([theme='dark']) {
    ${darkFallbacks}
  }
  @media (prefers-color-scheme: dark) {
    :host([theme='auto']) {
      ${darkFallbacks}
    }
  }
`;
