// Problems a page author should fix, said in the console once per page however many widgets or
// renders meet them.

const warned = new Set<string>();

/** Logs a problem once per page, however many widgets or renders meet it. */
export function warnOnce(message: string) {
  if (warned.has(message)) return;
  warned.add(message);
  console.warn(`care-choice: ${message}`);
}

const THEMES = ['light', 'dark', 'auto'];

/** Names a `theme` the widget does not have, once; the light theme is used. */
export function checkTheme(theme: string | undefined) {
  if (theme && !THEMES.includes(theme)) warnOnce(`theme="${theme}" is not one of ${THEMES.join(', ')}; the light theme is used.`);
}
