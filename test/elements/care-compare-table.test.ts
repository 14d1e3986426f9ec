import { expect, fixture, html } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import '../../src/define.js';
import type { CareChoice, CareCompareTable } from '../../src/index.js';
import { hospitalRecovery } from '../fixtures/answers.js';
import { QuizHarness } from './harness.js';
import { expectNoSeriousViolations, settle } from './helpers.js';

const rowHeaders = (table: CareCompareTable) =>
  [...table.shadowRoot!.querySelectorAll('tbody th')].map((th) => th.textContent!.trim());

async function inWidth(width: number, markup = html`<care-compare-table></care-compare-table>`) {
  const wrapper = await fixture<HTMLDivElement>(html`<div style="width:${width}px">${markup}</div>`);
  const table = wrapper.querySelector('care-compare-table')!;
  await settle(table);
  return { wrapper, table };
}

type Node = { role?: string; name?: string; children?: Node[] };
const collect = (node: Node, role: string): Node[] =>
  [...(node.role === role ? [node] : []), ...(node.children ?? []).flatMap((child) => collect(child, role))];

describe('<care-compare-table>', () => {
  it('renders a real table with caption, column headers and row headers', async () => {
    const { table } = await inWidth(800);
    const root = table.shadowRoot!;
    expect(root.querySelector('caption')!.textContent).to.equal('Case manager or care manager: how they differ');
    const cols = [...root.querySelectorAll('thead th')];
    expect(cols.map((th) => th.getAttribute('scope'))).to.deep.equal(['col', 'col']);
    expect(cols.map((th) => th.textContent!.trim())).to.deep.equal(['Case manager', 'Care manager']);
    expect([...root.querySelectorAll('tbody th')].every((th) => th.getAttribute('scope') === 'row')).to.equal(true);
    expect(rowHeaders(table)).to.deep.equal([
      'What are they also called?',
      'Who do they work for?',
      'Where will I meet them?',
      'What do they focus on?',
      'What do they do day to day?',
      'How do they stay involved over time?',
      'What should I keep in mind?',
      'Which professional group?',
      'When are they the better fit?',
    ]);
    // Equal detail: both columns fill every row.
    for (const row of root.querySelectorAll('tbody tr')) {
      const cells = [...row.querySelectorAll('td')].map((td) => td.textContent!.trim());
      expect(cells).to.have.length(2);
      expect(cells.every((text) => text.length > 10)).to.equal(true);
    }
  });

  it('cites its source under the table, linked with source-href', async () => {
    const { table } = await inWidth(800, html`<care-compare-table source-href="https://blog.example/article"></care-compare-table>`);
    const source = table.shadowRoot!.querySelector('[part~="source"]')!;
    expect(source.textContent!.replace(/\s+/g, ' ')).to.contain('Case Manager vs. Care Manager');
    expect(source.textContent).to.contain('Content checked on 2026-11-25');
    expect(source.querySelector('a')!.getAttribute('href')).to.equal('https://blog.example/article');
  });

  it('picks and orders rows, and reports unknown ones', async () => {
    const warnings: string[] = [];
    const warn = console.warn;
    console.warn = (...args: unknown[]) => warnings.push(args.join(' '));
    try {
      const { table } = await inWidth(800, html`<care-compare-table rows="focus, duties,employer,salary"></care-compare-table>`);
      expect(rowHeaders(table)).to.deep.equal(['What do they focus on?', 'What do they do day to day?', 'Who do they work for?']);
    } finally {
      console.warn = warn;
    }
    expect(warnings.join('\n')).to.contain('unknown row "salary" skipped');
  });

  it('highlights from the highlight attribute, with a visible badge, and both for both', async () => {
    const { table } = await inWidth(800, html`<care-compare-table highlight="care-manager"></care-compare-table>`);
    const marked = () => [...table.shadowRoot!.querySelectorAll('[part~="column-recommended"]')].map((th) => th.id);
    expect(marked()).to.deep.equal(['col-careManager']);
    expect(table.shadowRoot!.querySelector('[part~="column-recommended"] [part~="badge"]')!.textContent).to.equal('Recommended for you');
    table.highlight = 'both';
    await settle(table);
    expect(marked()).to.deep.equal(['col-caseManager', 'col-careManager']);
    table.highlight = 'none';
    await settle(table);
    expect(marked()).to.deep.equal([]);
  });

  it('highlights from a provider result and announces it politely; unsure marks none', async () => {
    const root = await fixture<CareChoice>(html`<care-choice><care-choice-quiz no-result></care-choice-quiz><care-compare-table></care-compare-table></care-choice>`);
    const table = root.querySelector('care-compare-table')!;
    const quiz = new QuizHarness(root.querySelector('care-choice-quiz')!);
    await quiz.completeWith(hospitalRecovery);
    await settle(table);
    expect(table.shadowRoot!.querySelector('[part~="column-recommended"]')!.id).to.equal('col-caseManager');
    expect(table.shadowRoot!.querySelector('[role="status"]')!.textContent).to.equal('The table now marks: Case manager.');
    // Start over: no answers, so no likely fit to mark.
    await quiz.restart();
    await settle(table);
    expect(table.shadowRoot!.querySelector('[part~="column-recommended"]')).to.equal(null);
  });

  it('is a table at 800px and stacked cards with no horizontal overflow at 320px', async () => {
    const wide = await inWidth(800);
    expect(getComputedStyle(wide.table.shadowRoot!.querySelector('table')!).display).to.equal('table');
    const narrow = await inWidth(320);
    const tableEl = narrow.table.shadowRoot!.querySelector('table')!;
    expect(getComputedStyle(tableEl).display).to.equal('block');
    expect(narrow.table.scrollWidth).to.be.at.most(320);
    expect(tableEl.scrollWidth).to.be.at.most(320);
    const label = narrow.table.shadowRoot!.querySelector('tbody .cell-label')!;
    expect(getComputedStyle(label).display).to.equal('block');
  });

  it('keeps table semantics for screen readers when stacked', async () => {
    const { table } = await inWidth(320, html`<care-compare-table rows="employer"></care-compare-table>`);
    void table;
    const snapshot = (await executeServerCommand('ax-tree')) as Node;
    expect(collect(snapshot, 'table')).to.have.length(1);
    expect(collect(snapshot, 'row').length).to.equal(2);
    const headers = collect(snapshot, 'columnheader').map((n) => n.name);
    expect(headers).to.deep.equal(['Case manager', 'Care manager']);
    expect(collect(snapshot, 'rowheader').map((n) => n.name)).to.deep.equal(['Who do they work for?']);
    expect(collect(snapshot, 'cell').length).to.be.at.least(2);
  });

  it('is accessible in both layouts', async () => {
    for (const width of [800, 320]) {
      const { table } = await inWidth(width, html`<care-compare-table highlight="care-manager"></care-compare-table>`);
      await expectNoSeriousViolations(table);
    }
  });
});
