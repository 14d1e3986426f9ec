import { expect, fixture, html } from '@open-wc/testing';
import '../../../src/define.js';
import { hospitalRecovery, parentAtHome } from '../../fixtures/answers.js';
import { QuizHarness } from '../../support/harness.js';

// #25.5: "Question 1 of 6" then "2 of 7" read as a count that jumps. The quiz counts the questions
// that can still come given the answers so far: the text, the bar and the announcement agree, the
// total never grows as the person goes on, and it does not move while they choose.

const live = (quiz: QuizHarness) => quiz.element.shadowRoot!.querySelector('[role="status"]')!.textContent!.trim();
const bar = (quiz: QuizHarness) => quiz.element.shadowRoot!.querySelector('[role="progressbar"]')!;

async function path(answers: Record<string, string[]>) {
  const quiz = new QuizHarness(await fixture(html`<care-choice-quiz></care-choice-quiz>`));
  await quiz.settle();
  const shown: string[] = [];
  while (quiz.questionId) {
    const id = quiz.questionId;
    const before = quiz.progress;
    shown.push(before);
    expect(bar(quiz).getAttribute('aria-valuetext')).to.equal(before);
    expect(`Question ${bar(quiz).getAttribute('aria-valuenow')} of ${bar(quiz).getAttribute('aria-valuemax')}`).to.equal(before);
    const [step, total] = [bar(quiz).getAttribute('aria-valuenow'), bar(quiz).getAttribute('aria-valuemax')].map(Number);
    const fill = parseFloat(bar(quiz).querySelector<HTMLElement>('.fill')!.style.inlineSize);
    expect(fill, 'the bar filled as far, in percent').to.be.closeTo((step! / total!) * 100, 0.01);
    if (shown.length > 1) expect(live(quiz), 'announced as shown').to.equal(before);
    await quiz.answer(id, answers[id]!);
    if (quiz.button('next-button')!.textContent!.trim() === 'Next') expect(quiz.progress, `choosing on "${id}"`).to.equal(before);
    await quiz.next();
  }
  return shown;
}

describe('<care-choice-quiz> progress', () => {
  it('at home: 1 of 7, 2 of 7, then 3 of 6 once the hospital follow-up is ruled out; never up', async () => {
    expect(await path(parentAtHome)).to.deep.equal([
      'Question 1 of 7',
      'Question 2 of 7',
      'Question 3 of 6',
      'Question 4 of 6',
      'Question 5 of 6',
      'Question 6 of 6',
    ]);
  });

  it('in hospital: 1 of 7 to 7 of 7 (it read "1 of 6" then "2 of 7")', async () => {
    expect(await path(hospitalRecovery)).to.deep.equal([1, 2, 3, 4, 5, 6, 7].map((step) => `Question ${step} of 7`));
  });
});
