import { expect, fixture, html } from '@open-wc/testing';
import '../../../src/define.js';
import type { CareChoice } from '../../../src/index.js';
import { defaultConfigs } from '../../../src/index.js';
import { hospitalRecovery, parentAtHome } from '../../fixtures/answers.js';
import { QuizHarness, ResultHarness } from '../../support/harness.js';

const en = defaultConfigs.en!;
const markedColumns = (table: Element) => [...table.shadowRoot!.querySelectorAll('[part~="column-recommended"]')].map((th) => th.id);

describe('<care-choice> provider', () => {
  it('renders only its children', async () => {
    const root = await fixture<CareChoice>(html`<care-choice><p>hello</p></care-choice>`);
    expect(root.shadowRoot!.querySelector('slot')).to.exist;
    expect(root.shadowRoot!.querySelectorAll('*:not(slot)')).to.have.length(0);
  });

  it('answering in the quiz updates a result and a table elsewhere in it, and leaves a second provider alone', async () => {
    const page = await fixture<HTMLDivElement>(html`<div>
      <care-choice id="one">
        <care-choice-quiz no-result></care-choice-quiz>
        <section><care-choice-result></care-choice-result><care-compare-table></care-compare-table></section>
      </care-choice>
      <care-choice id="two"><care-choice-result></care-choice-result><care-compare-table></care-compare-table></care-choice>
    </div>`);
    const quiz = new QuizHarness(page.querySelector('#one care-choice-quiz')!);
    const result = new ResultHarness(page.querySelector('#one care-choice-result')!);
    const table = page.querySelector('#one care-compare-table') as HTMLElement & { updateComplete: Promise<boolean> };
    const otherResult = new ResultHarness(page.querySelector('#two care-choice-result')!);
    const otherTable = page.querySelector('#two care-compare-table') as HTMLElement & { updateComplete: Promise<boolean> };
    await quiz.completeWith(parentAtHome);
    await Promise.all([result.settle(), table.updateComplete, otherResult.settle(), otherTable.updateComplete]);
    expect(result.heading).to.equal(en.results['care-manager'].title);
    expect(markedColumns(table)).to.deep.equal(['col-careManager']);
    expect(otherResult.empty).to.equal(true);
    expect(markedColumns(otherTable)).to.deep.equal([]);
  });

  it('events bubble out through the provider exactly once', async () => {
    const root = await fixture<CareChoice>(html`<care-choice><care-choice-quiz></care-choice-quiz></care-choice>`);
    const quiz = new QuizHarness(root.querySelector('care-choice-quiz')!);
    const seen: string[] = [];
    const targets: EventTarget[] = [];
    const listener = (e: Event) => seen.push((e as CustomEvent).detail.questionId);
    document.addEventListener('care-choice-answer', listener);
    root.addEventListener('care-choice-answer', (e) => targets.push(e.target!));
    await quiz.answer('for-whom', ['myself']);
    document.removeEventListener('care-choice-answer', listener);
    expect(seen).to.deep.equal(['for-whom']);
    expect(targets).to.deep.equal([quiz.element]);
  });

  it('inside a provider the quiz still shows the result card unless no-result is set', async () => {
    const root = await fixture<CareChoice>(html`<care-choice><care-choice-quiz></care-choice-quiz></care-choice>`);
    const quiz = new QuizHarness(root.querySelector('care-choice-quiz')!);
    const result = await quiz.completeWith(parentAtHome);
    expect(result!.heading).to.equal(en.results['care-manager'].title);
    quiz.element.toggleAttribute('no-result', true);
    await quiz.settle();
    expect(quiz.result()).to.equal(null);
    expect(quiz.heading).to.equal(en.strings['quiz.announce.result']);
  });

  it('a standalone quiz owns its store; two are independent', async () => {
    const page = await fixture<HTMLDivElement>(html`<div><care-choice-quiz></care-choice-quiz><care-choice-quiz></care-choice-quiz></div>`);
    const [a, b] = [...page.querySelectorAll('care-choice-quiz')].map((el) => new QuizHarness(el as HTMLElement));
    await a!.answer('for-whom', ['myself']);
    await a!.next();
    expect(a!.questionId).to.equal('situation');
    expect(b!.questionId).to.equal('for-whom');
    expect(b!.checked).to.deep.equal([]);
  });

  it('consumers created inside a provider added to the page later find it', async () => {
    const page = await fixture<HTMLDivElement>(html`<div></div>`);
    const root = document.createElement('care-choice');
    root.innerHTML = '<care-choice-quiz no-result></care-choice-quiz><care-compare-table></care-compare-table>';
    page.append(root);
    const quiz = new QuizHarness(root.querySelector('care-choice-quiz')!);
    const table = root.querySelector('care-compare-table') as HTMLElement & { updateComplete: Promise<boolean> };
    await quiz.completeWith(hospitalRecovery);
    await table.updateComplete;
    expect(markedColumns(table)).to.deep.equal(['col-caseManager']);
  });
});
