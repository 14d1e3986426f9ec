import { expect, fixture, html } from '@open-wc/testing';
// Only the quiz's own entry, as `import { CareChoiceQuiz } from 'care-choice/care-choice-quiz'`
// would give a developer: no define.js. Web Test Runner loads each test file in its own page.
import { CareChoiceQuiz } from '../../../src/elements/care-choice-quiz/care-choice-quiz.js';
import { defaultConfigs } from '../../../src/engine/index.js';
import { parentAtHome } from '../../fixtures/answers.js';
import { QuizHarness } from '../../support/harness.js';

describe('the quiz entry alone', () => {
  it('defines the result card it depends on, so the end screen works', async () => {
    expect(customElements.get('care-choice-result')).to.equal(undefined);
    customElements.define('care-choice-quiz', CareChoiceQuiz);
    const quiz = new QuizHarness(await fixture(html`<care-choice-quiz></care-choice-quiz>`));
    const result = await quiz.completeWith(parentAtHome);
    expect(customElements.get('care-choice-result')).to.exist;
    expect(result!.heading).to.equal(defaultConfigs.en!.results['care-manager'].title);
  });
});
