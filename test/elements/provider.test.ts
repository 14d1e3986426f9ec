import { expect, fixture, html } from '@open-wc/testing';
import '../../src/define.js';
import type { CareChoice, CareChoiceQuiz, CareCompareTable } from '../../src/index.js';
import { $, choose, questionText, settle } from './helpers.js';

async function answer(quiz: CareChoiceQuiz, labels: string[]) {
  for (const label of labels) {
    choose(quiz, label);
    await settle(quiz);
    $(quiz, '[part~="next-button"]').click();
    await settle(quiz);
  }
}

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
    const quiz = page.querySelector('#one care-choice-quiz') as CareChoiceQuiz;
    const result = page.querySelector('#one care-choice-result')!;
    const table = page.querySelector('#one care-compare-table') as CareCompareTable;
    const otherResult = page.querySelector('#two care-choice-result')!;
    const otherTable = page.querySelector('#two care-compare-table') as CareCompareTable;
    await answer(quiz, ['An older parent', 'At home', 'Our family, directly']);
    await settle(result as never, table, otherResult as never, otherTable);
    expect($(result, '[part~="heading"]').textContent).to.equal('A care manager is a likely fit');
    expect(table.shadowRoot!.querySelector('[part~="column-recommended"]')!.textContent).to.contain('Care manager');
    expect(otherResult.shadowRoot!.querySelector('[part~="empty"]')).to.exist;
    expect(otherTable.shadowRoot!.querySelector('[part~="column-recommended"]')).to.equal(null);
  });

  it('events bubble out through the provider exactly once', async () => {
    const root = await fixture<CareChoice>(html`<care-choice><care-choice-quiz></care-choice-quiz></care-choice>`);
    const quiz = root.querySelector('care-choice-quiz')!;
    const seen: string[] = [];
    const targets: EventTarget[] = [];
    const listener = (e: Event) => seen.push((e as CustomEvent).detail.questionId);
    document.addEventListener('care-choice-answer', listener);
    root.addEventListener('care-choice-answer', (e) => targets.push(e.target!));
    choose(quiz, 'Me');
    await settle(quiz);
    document.removeEventListener('care-choice-answer', listener);
    expect(seen).to.deep.equal(['for-whom']);
    expect(targets).to.deep.equal([quiz]);
  });

  it('inside a provider the quiz still shows the result card unless no-result is set', async () => {
    const root = await fixture<CareChoice>(html`<care-choice><care-choice-quiz></care-choice-quiz></care-choice>`);
    root.store!.restore({ 'for-whom': ['myself'], situation: ['at-home'], 'works-for': ['family'], needs: ['home-visits'], duration: ['long-term'], 'matters-most': ['comes-home'] }, true);
    const quiz = root.querySelector('care-choice-quiz')!;
    await settle(quiz);
    expect(quiz.shadowRoot!.querySelector('care-choice-result')).to.exist;
    quiz.noResult = true;
    await settle(quiz);
    expect(quiz.shadowRoot!.querySelector('care-choice-result')).to.equal(null);
    expect(questionText(quiz)).to.equal('Your result is ready.');
  });

  it('a standalone quiz owns its store; two are independent', async () => {
    const page = await fixture<HTMLDivElement>(html`<div><care-choice-quiz></care-choice-quiz><care-choice-quiz></care-choice-quiz></div>`);
    const [a, b] = [...page.querySelectorAll('care-choice-quiz')] as CareChoiceQuiz[];
    await answer(a!, ['Me']);
    expect(questionText(a!)).to.equal('Where is this person right now?');
    expect(questionText(b!)).to.equal('Who needs care?');
  });

  it('consumers created inside a provider added to the page later find it', async () => {
    const page = await fixture<HTMLDivElement>(html`<div></div>`);
    const root = document.createElement('care-choice');
    root.innerHTML = '<care-choice-quiz no-result></care-choice-quiz><care-compare-table></care-compare-table>';
    page.append(root);
    const quiz = root.querySelector('care-choice-quiz')!;
    const table = root.querySelector('care-compare-table')!;
    await settle(quiz, table);
    await answer(quiz, ['An older parent', 'At home', 'Our family, directly']);
    await settle(table);
    expect(root.store!.getState().result!.recommendation).to.equal('care-manager');
    expect(table.shadowRoot!.querySelector('[part~="column-recommended"]')).to.exist;
  });
});
