// The Balance section: runs the random-path panel in a Web Worker after each valid edit and
// shows the outcome shares, ties, the options that pull hardest, and warnings in words.
import { RECOMMENDATIONS } from '../../src/engine/index.ts';

const RUNS = 3000;
const percent = (share) => `${(Math.round(share * 1000) / 10).toFixed(1)}%`;

function el(tag, text, attrs = {}) {
  const node = document.createElement(tag);
  if (text !== undefined) node.textContent = text;
  for (const [name, value] of Object.entries(attrs)) node.setAttribute(name, value);
  return node;
}

export function createBalance(root) {
  const status = root.querySelector('#balance-status');
  const warnings = root.querySelector('#balance-warnings');
  const shares = root.querySelector('#balance-shares');
  const pulls = root.querySelector('#balance-pulls');
  let worker;
  let latest = 0;
  let config;
  let timer;

  function show(report) {
    status.textContent = report.warnings.length
      ? `Balance: ${report.warnings.length} ${report.warnings.length === 1 ? 'warning' : 'warnings'} over ${report.runs} random answer sets.`
      : `Balance: no warnings over ${report.runs} random answer sets.`;
    warnings.replaceChildren(...report.warnings.map((text) => el('li', text)));
    const body = RECOMMENDATIONS.map((key) => {
      const row = el('tr', undefined, { 'data-result': key });
      row.append(el('th', config.results[key].title, { scope: 'row' }), el('td', percent(report.shares[key])));
      return row;
    });
    const ties = el('tr', undefined, { 'data-result': 'tie' });
    ties.append(el('th', 'Ties (equal lean to both)', { scope: 'row' }), el('td', percent(report.ties)));
    shares.replaceChildren(...body, ties);
    const labelOf = (p) => {
      const question = config.questions.find((q) => q.id === p.questionId);
      return `${question?.options.find((o) => o.id === p.optionId)?.label ?? p.optionId} (${question?.text ?? p.questionId})`;
    };
    const strongest = [...report.pulls].sort((a, b) => Math.abs(b.pull) - Math.abs(a.pull)).slice(0, 6);
    pulls.replaceChildren(
      ...strongest.map((p) =>
        el(
          'li',
          `${labelOf(p)}: pulls toward ${p.pull > 0 ? config.professions.caseManager.name : config.professions.careManager.name} by ${Math.round(Math.abs(p.pull) * 100)} points`,
        ),
      ),
    );
    root.dataset.ready = String(latest);
  }

  function start() {
    if (!worker) {
      worker = new Worker(new URL('./balance-worker.js', import.meta.url), { type: 'module' });
      worker.addEventListener('message', (event) => {
        if (event.data.id !== latest) return;
        if (event.data.error) status.textContent = `The balance check stopped: ${event.data.error}`;
        else show(event.data.report);
      });
      worker.addEventListener('error', () => {
        status.textContent = 'The balance check could not run in this browser.';
      });
    }
    latest++;
    worker.postMessage({ id: latest, config, runs: RUNS });
  }

  return {
    /** Checks `next` soon (edits in a burst are checked once). */
    run(next) {
      config = next;
      delete root.dataset.ready;
      clearTimeout(timer);
      timer = setTimeout(start, 150);
    },
  };
}
