import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys, sendMouse } from '@web/test-runner-commands';
import '../../../src/define.js';
import { defaultConfigs } from '../../../src/engine/index.js';
import { parentAtHome } from '../../fixtures/answers.js';
import { QuizHarness } from '../../support/harness.js';
import { engine, expectNoSeriousViolations, frames } from '../../support/helpers.js';

// #25.6: auto-advance, off by default. A deliberate choice on a single-choice question goes on,
// with focus and announcement as Next gives; arrow keys only move the choice; multi-choice
// questions, the last question and changing an answer after the result never go on by themselves.

const en = defaultConfigs.en!;
const text = (id: string) => en.questions.find((q) => q.id === id)!.text;

async function quiz(autoAdvance = true) {
  const el = await fixture<HTMLElement>(
    autoAdvance ? html`<care-choice-quiz auto-advance></care-choice-quiz>` : html`<care-choice-quiz></care-choice-quiz>`,
  );
  const q = new QuizHarness(el);
  await q.settle();
  return q;
}

const root = (q: QuizHarness) => q.element.shadowRoot!;
const option = (q: QuizHarness, id: string) => root(q).querySelector<HTMLInputElement>(`fieldset input[value="${id}"]`)!;
const focusedId = (q: QuizHarness) => root(q).activeElement?.id ?? root(q).activeElement?.localName;
/** Answers up to question `stopAt` as a person pressing Next would (auto-advance off meanwhile). */
async function answerUpTo(q: QuizHarness, stopAt: string) {
  const el = q.element as HTMLElement & { autoAdvance: boolean };
  el.autoAdvance = false;
  const result = await q.completeWith(parentAtHome, stopAt);
  el.autoAdvance = true;
  await q.settle();
  return result;
}
const live = (q: QuizHarness) => root(q).querySelector('[role="status"]')!.textContent!.trim();

/**
 * Clicks an answer's label as a mouse does: a real pointer click where the launcher has one
 * (Chromium, Firefox); WebKit's WebDriver launcher has no mouse command, so a click() there.
 */
async function clickOption(q: QuizHarness, id: string) {
  const label = option(q, id).closest('label')!;
  if (engine === 'webkit') label.click();
  else {
    // A rendering update first: until it, the host's content-visibility: auto may still skip the
    // content, and a pointer there lands on the host.
    await frames();
    const box = label.getBoundingClientRect();
    const [x, y] = [Math.round(box.left + box.width - 20), Math.round(box.top + box.height / 2)];
    expect(label.contains(root(q).elementFromPoint(x, y)), 'the pointer is on the answer').to.equal(true);
    await sendMouse({ type: 'click', position: [x, y] });
  }
  await q.settle();
}

describe('<care-choice-quiz auto-advance>', () => {
  it('is off by default: a click chooses and stays', async () => {
    const q = await quiz(false);
    await clickOption(q, 'older-relative');
    expect(q.questionId).to.equal('for-whom');
    expect(q.checked).to.deep.equal(['older-relative']);
  });

  it('mouse: a click on an answer goes to the next question, focus on its heading, the step announced', async () => {
    const q = await quiz();
    const answered = oneEvent(q.element, 'care-choice-answer');
    await clickOption(q, 'older-relative');
    expect((await answered).detail).to.include({ questionId: 'for-whom', step: 1 });
    expect(q.questionId).to.equal('situation');
    expect(q.heading).to.equal(text('situation'));
    expect(focusedId(q)).to.equal('question-heading');
    expect(live(q)).to.equal('Question 2 of 7');
    expect(q.checked, 'the next question starts unanswered').to.deep.equal([]);
    // Back shows the answer kept.
    await q.back();
    expect(q.checked).to.deep.equal(['older-relative']);
    await expectNoSeriousViolations(q.element);
  });

  it('keyboard: arrow keys change the choice and stay; Space on an answer goes on; Enter goes on', async () => {
    const q = await quiz();
    option(q, 'myself').focus();
    await sendKeys({ press: 'ArrowDown' });
    await q.settle();
    await sendKeys({ press: 'ArrowDown' });
    await q.settle();
    expect(q.questionId, 'arrows never advance').to.equal('for-whom');
    expect(q.checked).to.deep.equal(['partner']);
    expect(root(q).activeElement).to.equal(option(q, 'partner'));
    await sendKeys({ press: 'ArrowUp' });
    await q.settle();
    expect(q.questionId).to.equal('for-whom');
    expect(q.checked).to.deep.equal(['older-relative']);
    // Enter goes on, as without auto-advance.
    await sendKeys({ press: 'Enter' });
    await q.settle();
    expect(q.questionId).to.equal('situation');
    expect(focusedId(q)).to.equal('question-heading');
    expect(live(q)).to.equal('Question 2 of 7');
    // Tab from the heading to the first (unchosen) answer; Space chooses it: a deliberate choice.
    await sendKeys({ press: 'Tab' });
    expect(root(q).activeElement).to.equal(option(q, 'in-hospital'));
    // ' ' rather than 'Space': the one name both Puppeteer over CDP and over BiDi know.
    await sendKeys({ press: ' ' });
    // Firefox over BiDi can answer the key command before the page has handled the key's release
    // (when Space checks the radio): wait for the step a few frames, not a fixed time.
    for (let i = 0; i < 30 && q.questionId === 'situation'; i++) await frames(1);
    await q.settle();
    expect(q.checked, 'the next question starts unanswered').to.deep.equal([]);
    expect(q.questionId).to.equal('after-discharge');
    expect(focusedId(q)).to.equal('question-heading');
    expect(live(q)).to.equal('Question 3 of 7');
  });

  it('screen reader: each automatic step moves focus to the new heading and is announced once, politely', async () => {
    const q = await quiz();
    const status = root(q).querySelector('[role="status"]')!;
    expect(status.getAttribute('aria-live')).to.equal('polite');
    const heard: string[] = [];
    const observer = new MutationObserver(() => heard.push(status.textContent!.trim()));
    observer.observe(status, { childList: true, characterData: true, subtree: true });
    for (const id of ['for-whom', 'situation', 'works-for']) {
      expect(q.questionId).to.equal(id);
      await clickOption(q, parentAtHome[id]![0]!);
      expect(focusedId(q), `after "${id}"`).to.equal('question-heading');
      // The heading is the fieldset's legend: focus lands inside the new question's group.
      expect(root(q).activeElement!.closest('fieldset')!.querySelector('legend')!.contains(root(q).activeElement)).to.equal(true);
    }
    observer.disconnect();
    expect(q.questionId).to.equal('needs');
    expect([...new Set(heard)].filter(Boolean)).to.deep.equal(['Question 2 of 7', 'Question 3 of 6', 'Question 4 of 6']);
  });

  it('never on a multi-choice question', async () => {
    const q = await quiz();
    await answerUpTo(q, 'needs');
    await clickOption(q, 'home-visits');
    await clickOption(q, 'medications');
    expect(q.questionId).to.equal('needs');
    expect(q.checked).to.deep.equal(['home-visits', 'medications']);
  });

  it('not on the last question: the result waits for "See my result"', async () => {
    const q = await quiz();
    await answerUpTo(q, 'matters-most');
    let completed = 0;
    q.element.addEventListener('care-choice-complete', () => completed++);
    await clickOption(q, 'comes-home');
    expect(q.questionId).to.equal('matters-most');
    expect(completed).to.equal(0);
    expect(q.button('next-button')!.textContent!.trim()).to.equal('See my result');
    await q.next();
    expect(q.result(), 'the result after the button').to.not.equal(null);
    expect(completed).to.equal(1);
  });

  it('not while changing an answer from the result', async () => {
    const q = await quiz();
    const result = await answerUpTo(q, 'none');
    await result!.change('for-whom');
    expect(q.questionId).to.equal('for-whom');
    await clickOption(q, 'partner');
    expect(q.questionId, 'stays, with "Back to my result" at hand').to.equal('for-whom');
    expect(q.button('result-button')).to.not.equal(null);
  });
});
