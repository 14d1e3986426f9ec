import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { executeServerCommand, sendKeys } from '@web/test-runner-commands';
import '../../../src/define.js';
import type { CareChoice, CareChoiceQuiz } from '../../../src/index.js';
import { defaultConfigs, effectiveAnswers, evaluate } from '../../../src/index.js';
import { dischargeThenHome, hospitalRecovery, mixedSignals, parentAtHome } from '../../fixtures/answers.js';
import { QuizHarness } from '../../support/harness.js';
import { $, clipRect, expectNoSeriousViolations, frames, markerReach, scrollToMiddle, settle } from '../../support/helpers.js';

const en = defaultConfigs.en!;
const text = (questionId: string) => en.questions.find((q) => q.id === questionId)!.text;

async function quiz(template = html`<care-choice-quiz></care-choice-quiz>`) {
  const element = await fixture<CareChoiceQuiz>(template);
  const harness = new QuizHarness(element);
  await harness.settle();
  return harness;
}

describe('<care-choice-quiz>', () => {
  afterEach(() => sessionStorage.clear());

  it('renders the first question as a fieldset with native radios and progress', async () => {
    const q = await quiz();
    expect(q.questionId).to.equal('for-whom');
    expect(q.heading).to.equal(text('for-whom'));
    const fieldset = $(q.element, 'fieldset');
    expect(fieldset.querySelector('legend')).to.exist;
    expect(fieldset.querySelectorAll('input[type="radio"]').length).to.equal(en.questions[0]!.options.length);
    expect(q.progress).to.equal('Question 1 of 7');
    const bar = $(q.element, '[role="progressbar"]');
    expect(bar.getAttribute('aria-valuenow')).to.equal('1');
    expect(bar.getAttribute('aria-valuemax')).to.equal('7');
    expect(q.button('back-button')).to.equal(null);
  });

  it('is accessible on every step and on the result', async function () {
    // Eight axe runs, the last on the whole result with its readiness check: on a loaded machine
    // (WebKitGTK especially) they outlast the 10 s default.
    this.timeout(40_000);
    const q = await quiz();
    for (let step = 0; step < 10 && q.questionId; step++) {
      await expectNoSeriousViolations(q.element);
      await q.answer(q.questionId, [q.options[0]!]);
      await q.next();
    }
    expect(q.result()).to.exist;
    await expectNoSeriousViolations(q.element);
  });

  it('explains instead of moving on when nothing is chosen', async () => {
    const q = await quiz();
    await q.next();
    expect(q.questionId).to.equal('for-whom');
    expect($(q.element, '[part~="error"]').textContent).to.contain('Please choose an answer');
    expect($(q.element, 'fieldset').getAttribute('aria-describedby')).to.contain('error');
    expect(q.element.shadowRoot!.activeElement).to.equal(q.element.shadowRoot!.querySelector('input'));
  });

  it('branches: the progress total counts the questions that can still come, and never grows', async () => {
    const q = await quiz();
    await q.answer('for-whom', ['myself']);
    await q.next();
    // The hospital follow-up may still come: counted, whatever is chosen on this screen.
    await q.answer('situation', ['in-hospital']);
    expect(q.progress).to.equal('Question 2 of 7');
    await q.answer('situation', ['at-home']);
    expect(q.progress).to.equal('Question 2 of 7');
    await q.next();
    expect(q.progress).to.equal('Question 3 of 6');
  });

  for (const [expected, answers] of [
    ['case-manager', hospitalRecovery],
    ['care-manager', parentAtHome],
    ['both', dischargeThenHome],
    ['unsure', mixedSignals],
  ] as const) {
    it(`reaches "${expected}" through the UI and fires complete once with the evaluation`, async () => {
      const q = await quiz();
      const completes: CustomEvent[] = [];
      q.element.addEventListener('care-choice-complete', (e) => completes.push(e));
      const result = await q.completeWith(answers);
      expect(result!.heading).to.equal(en.results[expected].title);
      expect(completes).to.have.length(1);
      const detail = completes[0]!.detail;
      expect(detail.recommendation).to.equal(expected);
      expect(detail.answers).to.deep.equal(effectiveAnswers(en, answers));
      const { recommendation, scores, confidence, reasons } = evaluate(en, answers);
      expect(detail).to.deep.include({ recommendation, scores, confidence, reasons });
      expect(result!.element.shadowRoot!.activeElement).to.equal($(result!.element, '#heading'));
    });
  }

  it('announces each new step politely', async () => {
    const q = await quiz();
    const status = $(q.element, '[role="status"]');
    expect(status.getAttribute('aria-live')).to.equal('polite');
    await q.answer('for-whom', ['myself']);
    await q.next();
    expect(status.textContent).to.equal('Question 2 of 7');
  });

  it('forwards the result-footer slot into the result card', async () => {
    const q = await quiz(html`<care-choice-quiz><p slot="result-footer">Open 9 to 5</p></care-choice-quiz>`);
    const result = await q.completeWith(parentAtHome);
    const footerSlot = result!.element.shadowRoot!.querySelector<HTMLSlotElement>('slot[name="footer"]')!;
    expect(footerSlot.assignedElements({ flatten: true }).map((el) => el.textContent)).to.deep.equal(['Open 9 to 5']);
  });

  it('can be completed with the keyboard alone, to the result the answers lead to', async () => {
    const q = await quiz();
    const completed = oneEvent(q.element, 'care-choice-complete');
    // Tab into the first radio group, pick with the arrows, Enter continues.
    q.element.shadowRoot!.querySelector<HTMLInputElement>('input')!.focus();
    let steps = 0;
    while (q.questionId && steps++ < 10) {
      await sendKeys({ press: 'ArrowDown' });
      // ' ' rather than 'Space': the one name for it that both Puppeteer over CDP and over BiDi know.
      await sendKeys({ press: ' ' });
      await q.settle();
      await sendKeys({ press: 'Enter' });
      await q.settle();
      if (!q.questionId) break;
      // Focus moved to the new question's heading; Tab reaches its first answer.
      expect(q.element.shadowRoot!.activeElement?.id).to.equal('question-heading');
      await sendKeys({ press: 'Tab' });
      expect(q.element.shadowRoot!.activeElement?.localName).to.equal('input');
    }
    expect(steps).to.equal(7);
    const { detail } = await completed;
    // ArrowDown from the first radio selects the second option of every question.
    expect(detail.recommendation).to.equal(evaluate(en, detail.answers).recommendation);
    expect(detail.answers['for-whom']).to.deep.equal([en.questions[0]!.options[1]!.id]);
    // A weak match has its own title ("a possible fit").
    const texts = en.results[detail.recommendation as 'both'];
    expect(q.result()!.heading).to.equal((evaluate(en, detail.answers).strength === 'weak' && texts.weakTitle) || texts.title);
  });

  describe('the result card inside it', () => {
    it('shows its list markers ("1." of Next steps) whole, as a result card on its own does', async () => {
      // The quiz takes the padding off its result card (no card in a card), and the card's host
      // clips (content-visibility). WebKit puts outside markers further left than the list's
      // padding, so "1." was cut at the host's edge and read "l.".
      const root = await fixture<CareChoice>(
        html`<care-choice><care-choice-quiz></care-choice-quiz><care-choice-result></care-choice-result></care-choice>`,
      );
      const quiz = root.querySelector('care-choice-quiz')!;
      await new QuizHarness(quiz).completeWith(parentAtHome);
      const nested = quiz.shadowRoot!.querySelector('care-choice-result')!;
      const alone = root.querySelector('care-choice-result')!;
      await settle(nested as never, alone as never);
      // A rendering update before any measuring: WebKit can leave a nested content-visibility:auto
      // host unrendered for good when its content is measured before the first one.
      await frames();
      const lists = (result: Element) => [...result.shadowRoot!.querySelectorAll('ol, ul')].filter((list) => list.getClientRects().length);
      const reach = async (list: Element) => {
        const li = list.querySelector('li')!;
        await scrollToMiddle(li);
        return markerReach(li);
      };
      const [nestedLists, aloneLists] = [lists(nested), lists(alone)];
      expect(nestedLists.length).to.equal(aloneLists.length);
      const seen: string[] = [];
      for (const [i, list] of aloneLists.entries()) {
        const expected = await reach(list);
        if (!expected) continue; // no marker (a flex list item), nothing to compare
        const where = `${list.closest('[part]')!.getAttribute('part')} ${list.localName}`;
        seen.push(where);
        expect(await reach(nestedLists[i]!), `marker reach in ${where}`).to.be.closeTo(expected, 1);
      }
      window.scrollTo(0, 0);
      expect(seen).to.include('next-steps ol');
    });

    it('draws whole focus rings on its heading, the Change this answer buttons and Start over', async () => {
      // The rings sit 2px outside the element; with the card's padding gone the host clipped the
      // ones on its edges (issue 17).
      const q = await quiz();
      await q.completeWith(parentAtHome, 'matters-most');
      await q.answer('matters-most', parentAtHome['matters-most']!);
      // The last step by keyboard, so the heading that gets focus shows its ring (:focus-visible).
      q.button('next-button')!.focus();
      await sendKeys({ press: 'Enter' });
      await q.settle();
      const result = q.result()!.element;
      await settle(result as never);
      await frames();
      expect(result.getBoundingClientRect().height, 'the result card is laid out').to.be.greaterThan(500);
      const rings: string[] = [];
      const clipped: string[] = [];
      const checkFocused = () => {
        const focused = result.shadowRoot!.activeElement as HTMLElement;
        // A readiness radio draws its ring on its whole answer row (the label), as the quiz's do.
        const el = focused.localName === 'input' ? focused.closest('label')! : focused;
        const name = focused.getAttribute('aria-label') ?? el.textContent!.trim();
        const style = getComputedStyle(el);
        expect(style.outlineStyle, `focus ring on "${name}"`).to.not.equal('none');
        const ring = parseFloat(style.outlineWidth) + parseFloat(style.outlineOffset);
        const box = el.getBoundingClientRect();
        const clip = clipRect(el);
        rings.push(name);
        const cut = [
          box.left - ring < clip.left - 0.5 && 'left',
          box.top - ring < clip.top - 0.5 && 'top',
          box.right + ring > clip.right + 0.5 && 'right',
          box.bottom + ring > clip.bottom + 0.5 && 'bottom',
        ].filter(Boolean);
        if (cut.length) clipped.push(`"${name}" loses its ${cut.join(', ')} edge`);
      };
      expect(result.shadowRoot!.activeElement?.id).to.equal('heading');
      checkFocused();
      // Tab through the card until focus leaves it (or, in WebKit's MiniBrowser, wraps around).
      // A button after the quiz keeps that last Tab in the page: past the page's last control,
      // Firefox moves focus to its own toolbar and the page loses focus for the tests after this one.
      const after = document.body.appendChild(document.createElement('button'));
      after.textContent = 'after the quiz';
      try {
        const seen = new Set<Element>([result.shadowRoot!.activeElement!]);
        for (let i = 0; i < 60; i++) {
          await sendKeys({ press: 'Tab' });
          const focused = result.shadowRoot!.activeElement;
          if (!focused || seen.has(focused)) break;
          seen.add(focused);
          checkFocused();
        }
      } finally {
        after.remove();
      }
      expect(rings).to.include(en.results['care-manager'].title);
      expect(rings).to.include('Start over');
      expect(rings, 'the readiness answers').to.include('Yes');
      expect(
        rings.some((name) => /^Change this answer/.test(name)),
        rings.join(' | '),
      ).to.equal(true);
      expect(clipped).to.deep.equal([]);
    });
  });

  it('fires answer events with step and total, and reset after complete', async () => {
    const q = await quiz();
    const answered = oneEvent(q.element, 'care-choice-answer');
    await q.answer('for-whom', ['older-relative']);
    expect((await answered).detail).to.deep.equal({ questionId: 'for-whom', value: ['older-relative'], step: 1, total: 6 });
    await q.next();
    await q.completeWith(parentAtHome);
    const resets: Event[] = [];
    q.element.addEventListener('care-choice-reset', (e) => resets.push(e));
    await q.restart();
    expect(resets).to.have.length(1);
    expect(q.questionId).to.equal('for-whom');
    expect(q.checked).to.deep.equal([]);
    expect(q.element.shadowRoot!.activeElement?.id).to.equal('question-heading');
  });

  it('Back shows the previous answer chosen, also after answering the next question', async () => {
    const q = await quiz();
    await q.answer('for-whom', ['partner']);
    await q.next();
    await q.answer('situation', ['at-home']);
    await q.back();
    expect(q.questionId).to.equal('for-whom');
    expect(q.checked).to.deep.equal(['partner']);
    await q.next();
    expect(q.checked).to.deep.equal(['at-home']);
  });

  it('Back returns to the previous question with its answer kept', async () => {
    const q = await quiz();
    await q.answer('for-whom', ['partner']);
    await q.next();
    await q.back();
    expect(q.questionId).to.equal('for-whom');
    expect(q.checked).to.deep.equal(['partner']);
  });

  it('multiple choice: unticking every box holds the quiz on the question', async () => {
    const q = await quiz();
    await q.completeWith(parentAtHome, 'needs');
    expect(q.questionId).to.equal('needs');
    await q.answer('needs', ['home-visits']);
    await q.answer('needs', []);
    await q.next();
    expect(q.questionId).to.equal('needs');
    expect($(q.element, '[part~="error"]')).to.exist;
  });

  it('shows an intro screen with Start when asked', async () => {
    const q = await quiz(html`<care-choice-quiz intro><img slot="intro" alt="Harbor Care" /></care-choice-quiz>`);
    expect(q.questionId).to.equal(undefined);
    expect(q.heading).to.equal(en.strings['quiz.intro.title']);
    await q.start();
    expect(q.questionId).to.equal('for-whom');
  });

  it('resumes after a reload with persist, per quiz', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div>
      <care-choice-quiz id="a" persist></care-choice-quiz><care-choice-quiz id="b" persist></care-choice-quiz>
    </div>`);
    const a = new QuizHarness(wrapper.querySelector('#a')!);
    await a.answer('for-whom', ['partner']);
    await a.next();
    // A "reload": new elements with the same ids.
    wrapper.innerHTML = '<care-choice-quiz id="a" persist></care-choice-quiz><care-choice-quiz id="b" persist></care-choice-quiz>';
    const [a2, b2] = [...wrapper.querySelectorAll('care-choice-quiz')].map((el) => new QuizHarness(el as HTMLElement));
    await Promise.all([a2!.settle(), b2!.settle()]);
    expect(a2!.questionId).to.equal('situation');
    expect(b2!.questionId).to.equal('for-whom');
    await a2!.restart();
    expect(Object.keys(sessionStorage).filter((k) => k.startsWith('care-choice:'))).to.deep.equal([]);
  });

  it('does not persist without the attribute', async () => {
    const q = await quiz(html`<care-choice-quiz id="plain"></care-choice-quiz>`);
    await q.answer('for-whom', ['partner']);
    expect(Object.keys(sessionStorage)).to.deep.equal([]);
  });

  it('keeps working when storage throws', async () => {
    const original = Object.getOwnPropertyDescriptor(window, 'sessionStorage')!;
    Object.defineProperty(window, 'sessionStorage', {
      configurable: true,
      get: () => {
        throw new DOMException('blocked', 'SecurityError');
      },
    });
    try {
      const q = await quiz(html`<care-choice-quiz persist></care-choice-quiz>`);
      const result = await q.completeWith(parentAtHome);
      expect(result!.heading).to.equal(en.results['care-manager'].title);
    } finally {
      Object.defineProperty(window, 'sessionStorage', original);
    }
  });

  it('renders question text from config as text, never HTML', async () => {
    const q = await quiz();
    (window as unknown as { pwned?: boolean }).pwned = false;
    (q.element as CareChoiceQuiz).config = { questions: [{ id: 'for-whom', text: '<img src=x onerror="window.pwned=true">' }] };
    await q.settle();
    await new Promise((r) => setTimeout(r, 50));
    expect(q.heading).to.equal('<img src=x onerror="window.pwned=true">');
    expect(q.element.shadowRoot!.querySelector('img')).to.equal(null);
    expect((window as unknown as { pwned?: boolean }).pwned).to.equal(false);
  });

  describe('fast answers (#22)', () => {
    it('a keyboard walk at full speed (Tab, Space, Enter per step, no waits) reaches the result', async () => {
      // In a long run the headless test page can lack system focus; keys then do not act as a
      // visitor's (Enter on a radio is not delivered as one). A visitor's window has focus.
      await executeServerCommand('focus-page');
      expect(document.hasFocus(), 'the test page has system focus').to.equal(true);
      const q = await quiz();
      q.element.shadowRoot!.querySelector<HTMLElement>('#question-heading')!.focus();
      for (let step = 0; step < 12 && q.questionId; step++) {
        await sendKeys({ press: 'Tab' });
        // Never press keys outside the quiz (Enter there could navigate the test page).
        const focused = q.element.shadowRoot!.activeElement;
        if (focused?.localName !== 'input')
          throw new Error(`step ${step + 1}: Tab reached ${focused?.localName ?? document.activeElement?.localName}`);
        await sendKeys({ press: ' ' });
        await sendKeys({ press: 'Enter' });
      }
      await q.settle();
      expect(q.element.shadowRoot!.querySelector('[part~="error"]'), 'stuck on "please choose an answer"').to.equal(null);
      expect(q.questionId, 'still on a question').to.equal(undefined);
      expect(q.result(), 'the result').to.exist;
    });

    it('a script checking an answer and pressing Next in one go: the next question shows no answer it has not recorded', async () => {
      const q = await quiz();
      for (let step = 0; step < 12 && q.questionId; step++) {
        expect(q.checked, `step ${step + 1}: checked before any answer`).to.deep.equal([]);
        const input = q.element.shadowRoot!.querySelector<HTMLInputElement>('fieldset input')!;
        input.click();
        q.button('next-button')!.click();
        await q.settle();
      }
      expect(q.result(), 'the result').to.exist;
    });
  });
});
