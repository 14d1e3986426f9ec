// Applies the form to the preview quiz and writes the matching embed code. Everything the
// agency types is set as attributes or custom properties (never as HTML).
const form = document.getElementById('controls');
const quiz = document.getElementById('preview-quiz');
const snippet = document.getElementById('snippet');
const tokens = ['accent', 'accent-contrast', 'surface', 'radius', 'font-family'];
const attributes = ['lang', 'theme', 'cta-href', 'cta-label', 'agency-name'];

const escapeAttribute = (value) => value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

function apply() {
  const data = new FormData(form);
  const styles = [];
  for (const token of tokens) {
    let value = String(data.get(token) ?? '');
    if (token === 'radius') value = `${value}px`;
    if (value) {
      quiz.style.setProperty(`--care-choice-${token}`, value);
      styles.push(`  --care-choice-${token}: ${value};`);
    } else {
      quiz.style.removeProperty(`--care-choice-${token}`);
    }
  }
  const attrs = [];
  for (const name of attributes) {
    const value = String(data.get(name) ?? '');
    if (value) {
      quiz.setAttribute(name, value);
      attrs.push(`${name}="${escapeAttribute(value)}"`);
    } else quiz.removeAttribute(name);
  }
  snippet.value = [
    '<script src="https://your-site.example/care-choice.js"></script>',
    '<style>',
    'care-choice-quiz {',
    ...styles,
    '}',
    '</style>',
    `<care-choice-quiz ${attrs.join(' ')}></care-choice-quiz>`,
  ].join('\n');
}

form.addEventListener('input', apply);
form.addEventListener('change', apply);
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
