// Applies the form to the preview quiz and writes the matching embed code. Everything the agency
// types is set as attributes or custom properties (never as HTML). Colours the agency has not
// touched are left to the theme (light, dark or the visitor's system), so they are not in the code.
// The code carries the quiz's fallback content, from the same generator as dist/snippets, so the
// page reads before the script arrives and does not jump when it does.
// The elements and the Spanish pack from the source, so the built playground (dist/playground) is
// one static bundle, with the same engine the editor validates and balances with.
import '../src/bundle.ts';
import { linkProblem } from '../src/engine/index.ts';
import { quizFallback } from '../src/fallback/fallback-html.ts';
import '../src/lang/es.ts';
import { contrastRatio, nearestPassing, toHex, parseColour } from './editor/colour.js';
import { scriptAddresses } from './editor/script-address.js';
import { createEditor } from './editor/editor.js';
import { createBalance } from './editor/balance-view.js';
const form = document.getElementById('controls');
const quiz = document.getElementById('preview-quiz');
const snippet = document.getElementById('snippet');
const warning = document.getElementById('contrast-warning');
const linkWarning = document.getElementById('link-warning');
const fixButton = document.getElementById('contrast-fix');
const scriptWarning = document.getElementById('script-warning');
const copyButton = document.getElementById('copy');
/** What the colour fields show for each scheme until the agency changes them (the widget's own defaults). */
const DEFAULT_COLOURS = {
  light: { accent: '#1f6f5c', 'accent-contrast': '#ffffff', surface: '#ffffff' },
  dark: { accent: '#7fd6bd', 'accent-contrast': '#0c1f1a', surface: '#161b1a' },
};
const tokens = ['accent', 'accent-contrast', 'surface', 'radius', 'font-family'];
const attributes = ['lang', 'theme', 'cta-href', 'cta-label', 'agency-name'];
const changed = new Set();
/** The colour field the agency touched last: the one a contrast fix moves when it can. */
let lastColour;
/** The embed code's parts, kept so the contrast check can add its note without rebuilding them. */
let code = { lines: [], problem: '' };
/** The content the preview shows (set again only when it changes, so the preview keeps its place). */
let shownContent;
/** The failing colour pairs, as the last check found them. */
let contrastProblems = [];

const escapeAttribute = (value) => value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

/**
 * Checks the colour pairs a visitor reads, as the preview really paints them, and offers the
 * nearest colour that passes: a button that applies it to the field the agency changed.
 */
async function checkContrast() {
  await quiz.updateComplete;
  const root = quiz.shadowRoot;
  const next = root.querySelector('[part~="next-button"], [part~="start-button"]');
  const base = root.querySelector('[part~="base"]');
  const problems = [];
  const painted = {};
  if (next) {
    const style = getComputedStyle(next);
    painted.accent = style.backgroundColor;
    painted.buttonText = style.color;
    const ratio = contrastRatio(style.color, style.backgroundColor);
    if (ratio < 4.5)
      problems.push({ what: `button text on the accent colour: ${ratio.toFixed(1)}:1`, tokens: ['accent', 'accent-contrast'] });
  }
  if (base) {
    painted.surface = getComputedStyle(base).backgroundColor;
    painted.text = getComputedStyle(root.querySelector('#question-heading') ?? base).color;
    const ratio = contrastRatio(painted.text, painted.surface);
    if (ratio < 4.5) problems.push({ what: `text on the background: ${ratio.toFixed(1)}:1`, tokens: ['surface'] });
    // Links and "Change this answer" are written in the accent colour on the background.
    if (next) {
      const links = contrastRatio(painted.accent, painted.surface);
      if (links < 4.5)
        problems.push({ what: `links in the accent colour on the background: ${links.toFixed(1)}:1`, tokens: ['accent', 'surface'] });
    }
  }
  contrastProblems = problems;
  warning.textContent = problems.length
    ? `Low contrast, hard to read for many visitors (${problems.map((p) => p.what).join('; ')}). Aim for at least 4.5:1.`
    : '';
  offerFix(problems, painted);
  writeCode();
}

/** The colours each field's colour is read against, as painted. */
const PARTNERS = {
  accent: (p) => [p.buttonText, p.surface],
  'accent-contrast': (p) => [p.accent],
  surface: (p) => [p.text, p.accent],
};
const FIELD_NAMES = { accent: 'accent colour', 'accent-contrast': 'text on accent', surface: 'background' };

/** Shows (or hides) the button that moves one colour to the nearest one that passes. */
function offerFix(problems, painted) {
  fixButton.hidden = true;
  delete fixButton.dataset.token;
  if (!problems.length) return;
  const involved = problems.flatMap((p) => p.tokens);
  // Move the colour the agency changed last when it is part of the problem, else the first one named.
  const token = involved.includes(lastColour) ? lastColour : involved[0];
  const partners = PARTNERS[token](painted).filter(Boolean);
  const current = token === 'accent' ? painted.accent : token === 'surface' ? painted.surface : painted.buttonText;
  const fix = current && nearestPassing(current, partners);
  if (!fix || fix === toHex(parseColour(current))) return;
  fixButton.dataset.token = token;
  fixButton.dataset.colour = fix;
  fixButton.textContent = `Use ${fix} for the ${FIELD_NAMES[token]} (the nearest colour that passes)`;
  fixButton.hidden = false;
}

fixButton.addEventListener('click', () => {
  const { token, colour } = fixButton.dataset;
  if (!token || !colour) return;
  form.elements[token].value = colour;
  changed.add(token);
  lastColour = token;
  apply();
  form.elements[token].focus();
});

/** Writes the embed code, with a note at its top while a colour pair fails contrast. */
function writeCode() {
  if (code.problem) {
    snippet.value = '';
    copyButton.disabled = true;
    scriptWarning.textContent = code.problem;
    return;
  }
  scriptWarning.textContent = '';
  copyButton.disabled = false;
  const note = contrastProblems.length
    ? [`<!-- Warning: low contrast (${contrastProblems.map((p) => p.what).join('; ')}). Aim for at least 4.5:1. -->`]
    : [];
  snippet.value = [...note, ...code.lines].join('\n');
}

function apply(event) {
  if (event?.target?.name && tokens.includes(event.target.name)) {
    changed.add(event.target.name);
    if (event.target.type === 'color') lastColour = event.target.name;
  }
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
  // The preview shows the edited content in its language; the code carries it as JSON children.
  const content = editor.configFor(lang);
  if (shownContent !== content) {
    shownContent = content;
    quiz.config = editor.overrideFor(lang);
    renderAnswerFields(content);
  }
  const fallback = quizFallback(content, {
    ctaHref: String(data.get('cta-href') ?? ''),
    ctaLabel: String(data.get('cta-label') ?? ''),
    agencyName: String(data.get('agency-name') ?? ''),
  });
  const host = String(data.get('script-host') || 'jsdelivr');
  form.elements['script-url'].disabled = host !== 'own';
  const address = scriptAddresses(host, form.elements['script-url'].value);
  code = {
    problem: address.problem ?? '',
    lines: [
      `<script src="${escapeAttribute(address.main ?? '')}"${integrity(host, 'main')} defer></script>`,
      ...(lang === 'es' ? [`<script src="${escapeAttribute(address.es ?? '')}"${integrity(host, 'es')} defer></script>`] : []),
      ...(styles.length ? ['<style>', 'care-choice-quiz {', ...styles, '}', '</style>'] : []),
      `<care-choice-quiz ${attrs.join(' ')}>`,
      ...editor.jsonChildren(),
      fallback,
      '</care-choice-quiz>',
    ],
  };
  writeCode();
  void checkContrast();
}

/**
 * ` integrity="..." crossorigin="anonymous"` for a pinned CDN address, from the .sri files the build
 * wrote: the browser then refuses a file that is not the one we published. Not for the agency's own
 * upload (its bytes are theirs to check), nor when the page was served without a build.
 */
function integrity(host, file) {
  // eslint-disable-next-line no-undef -- replaced by the build (vite.demo.config.ts)
  const value = typeof __CARE_CHOICE_SRI__ === 'object' ? __CARE_CHOICE_SRI__[file] : '';
  return host !== 'own' && value ? ` integrity="${escapeAttribute(value)}" crossorigin="anonymous"` : '';
}

const answerFields = document.getElementById('answer-fields');

/** One select per question of the content the preview shows, keeping the answers already picked. */
function renderAnswerFields(content) {
  const picked = Object.fromEntries([...answerFields.querySelectorAll('select')].map((select) => [select.name, select.value]));
  answerFields.replaceChildren(
    ...content.questions.map((question, i) => {
      const label = document.createElement('label');
      label.className = 'answer-field';
      const select = document.createElement('select');
      select.name = question.id;
      for (const option of question.options) select.append(new Option(option.label, option.id));
      if (question.options.some((o) => o.id === picked[question.id])) select.value = picked[question.id];
      label.append(`${i + 1}. ${question.text}`, select);
      return label;
    }),
  );
}

/** Answers the preview quiz from the start with the picked answers, through its own buttons, up to the result. */
async function showResult() {
  await showStart();
  const chosen = Object.fromEntries([...answerFields.querySelectorAll('select')].map((select) => [select.name, select.value]));
  for (let step = 0; step < 40; step++) {
    await quiz.updateComplete;
    const root = quiz.shadowRoot;
    if (root.querySelector('care-choice-result')) return;
    root.querySelector('[part~="start-button"]')?.click();
    await quiz.updateComplete;
    const inputs = [...root.querySelectorAll('fieldset input')];
    if (inputs.length) {
      const want = chosen[inputs[0].name] ?? inputs[0].value;
      const target = inputs.find((input) => input.value === want) ?? inputs[0];
      for (const input of inputs) if (input.checked !== (input === target)) input.click();
    }
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
copyButton.addEventListener('click', async () => {
  const status = document.getElementById('copy-status');
  if (!snippet.value) return;
  const still = contrastProblems.length ? ' The colours still fail contrast: see the note at the top of the code.' : '';
  try {
    await navigator.clipboard.writeText(snippet.value);
    status.textContent = `Copied.${still}`;
  } catch {
    snippet.select();
    status.textContent = `Select the code above and copy it.${still}`;
  }
});
/** Saves `text` as a file named `name`, through a download link. */
function download(name, text, type) {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = Object.assign(document.createElement('a'), { href: url, download: name });
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

const balance = createBalance(document.getElementById('balance'));
let editor;
editor = createEditor(document.getElementById('editor'), {
  onChange: () => {
    if (!editor) return;
    apply();
    balance.run(editor.configFor('en'));
  },
});

// For a page hosting the editor in a frame (the WordPress Content screen): read and load the edits.
window.careChoiceEditor = {
  overrides: () => editor.overrides(),
  loadOverrides: (value) => editor.loadOverrides(value),
};

document
  .getElementById('download-json')
  .addEventListener('click', () => download('care-choice-content.json', editor.download(), 'application/json'));
document.getElementById('csv-export').addEventListener('click', () => download('care-choice-texts.csv', editor.exportCsv(), 'text/csv'));
document.getElementById('csv-import').addEventListener('change', async (event) => {
  const file = event.target.files?.[0];
  if (!file) return;
  const status = document.getElementById('csv-status');
  const outcome = editor.importCsv(await file.text());
  status.textContent = outcome.error
    ? `The CSV was not imported: ${outcome.error}`
    : `${outcome.updated} ${outcome.updated === 1 ? 'text' : 'texts'} updated.${outcome.skipped.length ? ` Rows the editor does not know were left out: ${outcome.skipped.join(', ')}.` : ''}`;
  event.target.value = '';
});

const importStatus = document.getElementById('import-status');
const importErrors = document.getElementById('import-errors');
function importConfig(text) {
  const errors = editor.importText(text);
  importErrors.replaceChildren(
    ...errors.slice(0, 50).map((error) => Object.assign(document.createElement('li'), { textContent: `${error.path}: ${error.message}` })),
  );
  importStatus.textContent = errors.length
    ? `Not imported: ${errors.length} ${errors.length === 1 ? 'problem' : 'problems'} (listed below). Your content has not changed.`
    : 'Imported. The preview, the balance check and the embed code use it.';
}
document.getElementById('import').addEventListener('click', () => importConfig(document.getElementById('import-text').value));
document.getElementById('import-file').addEventListener('change', async (event) => {
  const file = event.target.files?.[0];
  if (file) importConfig(await file.text());
  event.target.value = '';
});

const startAgain = document.getElementById('start-again');
const startAgainConfirm = document.getElementById('start-again-confirm');
startAgain.addEventListener('click', () => {
  startAgainConfirm.hidden = false;
  startAgainConfirm.focus();
});
startAgainConfirm.addEventListener('click', () => {
  editor.startAgain();
  startAgainConfirm.hidden = true;
  startAgain.focus();
  document.getElementById('start-again-status').textContent = 'Back to the default content.';
});

apply();
balance.run(editor.configFor('en'));
