import { expect, fixture, html } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import '../../../src/define.js';
import type { CareChoice, CareCompareTable } from '../../../src/index.js';
import { defaultConfigs } from '../../../src/index.js';
import { hospitalRecovery } from '../../fixtures/answers.js';
import { QuizHarness } from '../../support/harness.js';
import { NEEDS_CDP, expectNoSeriousViolations, frames, itExceptIn, settle } from '../../support/helpers.js';

const en = defaultConfigs.en!;
const rowHeaders = (table: CareCompareTable) => [...table.shadowRoot!.querySelectorAll('tbody th')].map((th) => th.textContent!.trim());

async function inWidth(width: number, markup = html`<care-compare-table></care-compare-table>`) {
  const wrapper = await fixture<HTMLDivElement>(html`<div style="width:${width}px">${markup}</div>`);
  const table = wrapper.querySelector('care-compare-table')!;
  await settle(table);
  return { wrapper, table };
}

type Node = { role?: string; name?: string; children?: Node[] };
const collect = (node: Node, role: string): Node[] => [
  ...(node.role === role ? [node] : []),
  ...(node.children ?? []).flatMap((child) => collect(child, role)),
];

describe('<care-compare-table>', () => {
  it('renders a real table with caption, column headers and row headers', async () => {
    const { table } = await inWidth(800);
    const root = table.shadowRoot!;
    expect(root.querySelector('caption')!.textContent).to.equal('Case manager or care manager: how they differ');
    const cols = [...root.querySelectorAll('thead th')];
    expect(cols.map((th) => th.getAttribute('scope'))).to.deep.equal(['col', 'col']);
    expect(cols.map((th) => th.textContent!.trim())).to.deep.equal(['Case manager', 'Care manager']);
    expect([...root.querySelectorAll('tbody th')].every((th) => th.getAttribute('scope') === 'row')).to.equal(true);
    expect(rowHeaders(table)).to.deep.equal(en.table.rows.map((row) => row.label));
    expect(rowHeaders(table)).to.include('Who pays?');
    // Equal detail: both columns fill every row.
    for (const row of root.querySelectorAll('tbody tr')) {
      const cells = [...row.querySelectorAll('td')].map((td) => td.textContent!.trim());
      expect(cells).to.have.length(2);
      expect(cells.every((text) => text.length > 10)).to.equal(true);
    }
  });

  it('lists every source under the table, the article linked with source-href, and when it was checked', async () => {
    const { table } = await inWidth(800, html`<care-compare-table source-href="https://blog.example/article"></care-compare-table>`);
    const source = table.shadowRoot!.querySelector('[part~="source"]')!;
    const text = source.textContent!.replace(/\s+/g, ' ');
    for (const item of en.sources) expect(text).to.contain(item.title);
    expect(text).to.contain('last checked November 25, 2026');
    expect(source.querySelector('a')!.getAttribute('href')).to.equal('https://blog.example/article');
  });

  it('links both professional associations the same way', async () => {
    const { table } = await inWidth(800, html`<care-compare-table rows="association"></care-compare-table>`);
    const links = [...table.shadowRoot!.querySelectorAll<HTMLAnchorElement>('tbody td a')].map((a) => [a.textContent, a.href]);
    expect(links).to.deep.equal([
      [en.professions.caseManager.association, new URL(en.professions.caseManager.associationHref!).href],
      [en.professions.careManager.association, new URL(en.professions.careManager.associationHref!).href],
    ]);
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

  it('shows every row rather than none when no id in rows is known (a typo, capitals)', async () => {
    const warn = console.warn;
    console.warn = () => undefined;
    try {
      const { table } = await inWidth(800, html`<care-compare-table rows="Employer,WHERE"></care-compare-table>`);
      expect(rowHeaders(table)).to.deep.equal(en.table.rows.map((row) => row.label));
    } finally {
      console.warn = warn;
    }
  });

  it('highlights from the highlight attribute, with a visible badge, and both for both', async () => {
    const { table } = await inWidth(800, html`<care-compare-table highlight="care-manager"></care-compare-table>`);
    const marked = () => [...table.shadowRoot!.querySelectorAll('[part~="column-recommended"]')].map((th) => th.id);
    expect(marked()).to.deep.equal(['col-careManager']);
    // A blog's highlight is not about the reader: a neutral label, which the blogger can change.
    expect(table.shadowRoot!.querySelector('[part~="column-recommended"] [part~="badge"]')!.textContent).to.equal('Highlighted');
    table.setAttribute('highlight-label', 'Our pick');
    await settle(table);
    expect(table.shadowRoot!.querySelector('[part~="column-recommended"] [part~="badge"]')!.textContent).to.equal('Our pick');
    expect(table.shadowRoot!.textContent).not.to.match(/recommended/i);
    table.highlight = 'both';
    await settle(table);
    expect(marked()).to.deep.equal(['col-caseManager', 'col-careManager']);
    table.highlight = 'none';
    await settle(table);
    expect(marked()).to.deep.equal([]);
  });

  it('highlights from a provider result and announces it politely; unsure marks none', async () => {
    const root = await fixture<CareChoice>(
      html`<care-choice><care-choice-quiz no-result></care-choice-quiz><care-compare-table></care-compare-table></care-choice>`,
    );
    const table = root.querySelector('care-compare-table')!;
    const quiz = new QuizHarness(root.querySelector('care-choice-quiz')!);
    await quiz.completeWith(hospitalRecovery);
    await settle(table);
    expect(table.shadowRoot!.querySelector('[part~="column-recommended"]')!.id).to.equal('col-caseManager');
    expect(table.shadowRoot!.querySelector('[part~="badge"]')!.textContent).to.equal('Likely fit for you');
    expect(table.shadowRoot!.querySelector('[role="status"]')!.textContent).to.equal(
      `The table now marks: ${en.professions.caseManager.name}.`,
    );
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

  it('keeps its height when scrolled off screen, so the page below does not jump', async () => {
    // Firefox sized an off-screen table to 0 px when `container-type` and `content-visibility: auto`
    // sat on the same box (its host): the page got shorter by the table's height.
    const page = await fixture<HTMLDivElement>(html`<div><care-compare-table></care-compare-table><div style="height:300vh"></div></div>`);
    const table = page.querySelector('care-compare-table')!;
    await settle(table);
    await frames();
    const onScreen = table.getBoundingClientRect().height;
    const pageHeight = document.documentElement.scrollHeight;
    expect(onScreen).to.be.greaterThan(300);
    try {
      window.scrollTo(0, document.documentElement.scrollHeight);
      await frames(3);
      expect(table.getBoundingClientRect().bottom, 'the table is off screen').to.be.below(0);
      expect(table.getBoundingClientRect().height, 'height off screen').to.be.closeTo(onScreen, 1);
      expect(document.documentElement.scrollHeight, 'page height').to.be.closeTo(pageHeight, 1);
    } finally {
      window.scrollTo(0, 0);
    }
  });

  // Chromium's full accessibility tree comes from CDP (the ax-tree command in the config).
  itExceptIn({ firefox: NEEDS_CDP, webkit: NEEDS_CDP })('keeps table semantics for screen readers when stacked', async () => {
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
