// Applies the form to the preview quiz and writes the matching embed code. Everything the agency
// types is set as attributes or custom properties (never as HTML). Colours the agency has not
// touched are left to the theme (light, dark or the visitor's system), so they are not in the code.
// The code carries the quiz's fallback content, from the same generator as dist/snippets, so the
// page reads before the script arrives and does not jump when it does.
import { defaultConfigs, linkProblem } from '../src/engine/index.ts';
import { quizFallback } from '../src/fallback/fallback-html.ts';
import '../src/lang/es.ts';
const form = document.getElementById('controls');
const quiz = document.getElementById('preview-quiz');
const snippet = document.getElementById('snippet');
const warning = document.getElementById('contrast-warning');
const linkWarning = document.getElementById('link-warning');
/** What the colour fields show for each scheme until the agency changes them (the widget's own defaults). */
const DEFAULT_COLOURS = {
  light: { accent: '#1f6f5c', 'accent-contrast': '#ffffff', surface: '#ffffff' },
  dark: { accent: '#7fd6bd', 'accent-contrast': '#0c1f1a', surface: '#161b1a' },
};
const tokens = ['accent', 'accent-contrast', 'surface', 'radius', 'font-family'];
const attributes = ['lang', 'theme', 'cta-href', 'cta-label', 'agency-name'];
const changed = new Set();

const escapeAttribute = (value) => value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

/** WCAG contrast ratio of two colours as the preview computes them. */
function contrast(a, b) {
  const luminance = (colour) => {
    const [r, g, b] = colour
      .match(/\d+/g)
      .slice(0, 3)
      .map((c) => {
        c /= 255;
        return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
      });
    return 0.2126 * r + 0.7152 * g + 0.0722 * b;
  };
  const [high, low] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (high + 0.05) / (low + 0.05);
}

/** Checks the colour pairs a visitor reads, as the preview really paints them. */
async function checkContrast() {
  await quiz.updateComplete;
  const root = quiz.shadowRoot;
  const next = root.querySelector('[part~="next-button"], [part~="start-button"]');
  const base = root.querySelector('[part~="base"]');
  const problems = [];
  if (next) {
    const style = getComputedStyle(next);
    const ratio = contrast(style.color, style.backgroundColor);
    if (ratio < 4.5) problems.push(`button text on the accent colour: ${ratio.toFixed(1)}:1`);
  }
  if (base) {
    const background = getComputedStyle(base).backgroundColor;
    const text = getComputedStyle(root.querySelector('#question-heading') ?? base).color;
    const ratio = contrast(text, background);
    if (ratio < 4.5) problems.push(`text on the background: ${ratio.toFixed(1)}:1`);
    // Links and "Change this answer" are written in the accent colour on the background.
    if (next) {
      const links = contrast(getComputedStyle(next).backgroundColor, background);
      if (links < 4.5) problems.push(`links in the accent colour on the background: ${links.toFixed(1)}:1`);
    }
  }
  warning.textContent = problems.length
    ? `Low contrast, hard to read for many visitors (${problems.join('; ')}). Aim for at least 4.5:1.`
    : '';
}

function apply(event) {
  if (event?.target?.name && tokens.includes(event.target.name)) changed.add(event.target.name);
  const theme = String(new FormData(form).get('theme') || 'light');
  // The colour fields show the chosen scheme's own colours until the agency changes one.
  const scheme = theme === 'dark' ? 'dark' : 'light';
  for (const [token, colour] of Object.entries(DEFAULT_COLOURS[scheme])) {
    if (!changed.has(token)) form.elements[token].value = colour;
  }
  const data = new FormData(form);
  const styles = [];
  for (const token of tokens) {
    let value = String(data.get(token) ?? '');
    if (token === 'radius') value = `${value}px`;
    // Colours chosen for the dark scheme are its own tokens: the light ones do not reach it.
    const name = theme === 'dark' && token in DEFAULT_COLOURS.dark ? `--care-choice-dark-${token}` : `--care-choice-${token}`;
    for (const other of [`--care-choice-${token}`, `--care-choice-dark-${token}`]) quiz.style.removeProperty(other);
    if (value && changed.has(token)) {
      quiz.style.setProperty(name, value);
      styles.push(`  ${name}: ${value};`);
    }
  }
  const problem = linkProblem(String(data.get('cta-href') ?? ''));
  linkWarning.textContent = problem ? `The call-to-action link will not be shown: ${problem}.` : '';
  const attrs = [];
  for (const name of attributes) {
    const value = String(data.get(name) ?? '');
    // The defaults are left out, so the element follows the page (its lang) and stays light.
    if (value && !(name === 'theme' && value === 'light')) {
      quiz.setAttribute(name, value);
      attrs.push(`${name}="${escapeAttribute(value)}"`);
    } else quiz.removeAttribute(name);
  }
  const lang = String(data.get('lang') || document.documentElement.lang || 'en');
  const fallback = quizFallback(defaultConfigs[lang] ?? defaultConfigs.en, {
    ctaHref: String(data.get('cta-href') ?? ''),
    ctaLabel: String(data.get('cta-label') ?? ''),
  });
  snippet.value = [
    '<!-- Upload care-choice.js to your site and put its address here. -->',
    '<script src="https://your-site.example/care-choice.js" defer></script>',
    ...(lang === 'es' ? ['<script src="https://your-site.example/care-choice.es.js" defer></script>'] : []),
    ...(styles.length ? ['<style>', 'care-choice-quiz {', ...styles, '}', '</style>'] : []),
    `<care-choice-quiz ${attrs.join(' ')}>`,
    fallback,
    '</care-choice-quiz>',
  ].join('\n');
  void checkContrast();
}

/** Answers the preview quiz with its first answers, through its own buttons, up to the result. */
async function showResult() {
  for (let step = 0; step < 20; step++) {
    await quiz.updateComplete;
    const root = quiz.shadowRoot;
    if (root.querySelector('care-choice-result')) return;
    root.querySelector('[part~="start-button"]')?.click();
    await quiz.updateComplete;
    const input = root.querySelector('fieldset input');
    if (input && !root.querySelector('fieldset input:checked')) input.click();
    await quiz.updateComplete;
    root.querySelector('[part~="next-button"]')?.click();
  }
}

async function showStart() {
  await quiz.updateComplete;
  const result = quiz.shadowRoot.querySelector('care-choice-result');
  (result?.shadowRoot.querySelector('[part~="restart-button"]') ?? quiz.shadowRoot.querySelector('[part~="restart-button"]'))?.click();
}

form.addEventListener('input', apply);
form.addEventListener('change', apply);
document.getElementById('show-result').addEventListener('click', showResult);
document.getElementById('show-start').addEventListener('click', showStart);
document.getElementById('copy').addEventListener('click', async () => {
  const status = document.getElementById('copy-status');
  try {
    await navigator.clipboard.writeText(snippet.value);
    status.textContent = 'Copied.';
  } catch {
    snippet.select();
    status.textContent = 'Select the code above and copy it.';
  }
});
apply();
