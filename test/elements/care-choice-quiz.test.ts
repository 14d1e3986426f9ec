import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/define.js';
import type { CareChoice, CareChoiceQuiz } from '../../src/index.js';
import { evaluate, defaultConfigs } from '../../src/index.js';
import { $, button, choose, clipRect, expectNoSeriousViolations, frames, markerReach, questionText, scrollToMiddle, settle } from './helpers.js';

const config = defaultConfigs.en!;

/** Answers the quiz by clicking, one label per question id, and asks for the result. */
async function clickThrough(quiz: CareChoiceQuiz, picks: Record<string, string[]>) {
  for (let guard = 0; guard < 12; guard++) {
    await settle(quiz);
    const heading = questionText(quiz);
    const question = config.questions.find((q) => q.text === heading);
    if (!question) return;
    for (const label of picks[question.id] ?? [question.options.at(-1)!.label]) choose(quiz, label);
    await settle(quiz);
    $(quiz, '[part~="next-button"]').click();
  }
}

const careManagerPicks = {
  'for-whom': ['An older parent or relative'],
  situation: ['At home'],
  'works-for': ['Our family, directly'],
  needs: ['Regular visits at home', 'Keeping track of medicines'],
  duration: ['A long time'],
  'matters-most': ['Someone who comes to our home'],
};

describe('<care-choice-quiz>', () => {
  afterEach(() => sessionStorage.clear());

  it('renders the first question as a fieldset with native radios and progress', async () => {
    const quiz = await fixture<CareChoiceQuiz>(html`<care-choice-quiz></care-choice-quiz>`);
    expect(questionText(quiz)).to.equal('Who needs care?');
    const fieldset = $(quiz, 'fieldset');
    expect(fieldset.querySelector('legend')).to.exist;
    expect(fieldset.querySelectorAll('input[type="radio"]').length).to.equal(4);
    expect($(quiz, '.progress-text').textContent).to.equal('Question 1 of 6');
    const bar = $(quiz, '[role="progressbar"]');
    expect(bar.getAttribute('aria-valuenow')).to.equal('1');
    expect(bar.getAttribute('aria-valuemax')).to.equal('6');
    expect(quiz.shadowRoot!.querySelector('[part~="back-button"]')).to.equal(null);
  });

  it('is accessible on every step and on the result', async () => {
    const quiz = await fixture<CareChoiceQuiz>(html`<care-choice-quiz></care-choice-quiz>`);
    for (let guard = 0; guard < 10 && !quiz.shadowRoot!.querySelector('care-choice-result'); guard++) {
      await expectNoSeriousViolations(quiz);
      const first = quiz.shadowRoot!.querySelector<HTMLInputElement>('input')!;
      first.click();
      await settle(quiz);
      $(quiz, '[part~="next-button"]').click();
      await settle(quiz);
    }
    const result = quiz.shadowRoot!.querySelector('care-choice-result')!;
    await settle(result as never);
    await expectNoSeriousViolations(quiz);
  });

  it('explains instead of moving on when nothing is chosen', async () => {
    const quiz = await fixture<CareChoiceQuiz>(html`<care-choice-quiz></care-choice-quiz>`);
    $(quiz, '[part~="next-button"]').click();
    await settle(quiz);
    expect(questionText(quiz)).to.equal('Who needs care?');
    expect($(quiz, '[part~="error"]').textContent).to.contain('Please choose an answer');
    expect($(quiz, 'fieldset').getAttribute('aria-describedby')).to.contain('error');
    expect(quiz.shadowRoot!.activeElement).to.equal(quiz.shadowRoot!.querySelector('input'));
  });

  it('branches: the progress total follows the questions shown', async () => {
    const quiz = await fixture<CareChoiceQuiz>(html`<care-choice-quiz></care-choice-quiz>`);
    choose(quiz, 'Me');
    $(quiz, '[part~="next-button"]').click();
    await settle(quiz);
    choose(quiz, 'In the hospital');
    await settle(quiz);
    expect($(quiz, '.progress-text').textContent).to.equal('Question 2 of 7');
    choose(quiz, 'At home');
    await settle(quiz);
    expect($(quiz, '.progress-text').textContent).to.equal('Question 2 of 6');
  });

  it('reaches a care-manager result by clicking, and fires complete once with the evaluation', async () => {
    const quiz = await fixture<CareChoiceQuiz>(html`<care-choice-quiz></care-choice-quiz>`);
    const completes: CustomEvent[] = [];
    quiz.addEventListener('care-choice-complete', (e) => completes.push(e));
    await clickThrough(quiz, careManagerPicks);
    await settle(quiz);
    const result = quiz.shadowRoot!.querySelector('care-choice-result')!;
    await settle(result as never);
    expect($(result, '[part~="heading"]').textContent).to.equal('A care manager is a likely fit');
    expect(completes).to.have.length(1);
    const detail = completes[0]!.detail;
    expect(detail.recommendation).to.equal('care-manager');
    expect(detail.answers.situation).to.deep.equal(['at-home']);
    expect(detail).to.deep.include(
      (({ recommendation, scores, confidence, reasons }) => ({ recommendation, scores, confidence, reasons }))(evaluate(config, detail.answers)),
    );
    expect(result.shadowRoot!.activeElement).to.equal($(result, '#heading'));
  });

  it('announces each new step politely', async () => {
    const quiz = await fixture<CareChoiceQuiz>(html`<care-choice-quiz></care-choice-quiz>`);
    const status = $(quiz, '[role="status"]');
    expect(status.getAttribute('aria-live')).to.equal('polite');
    choose(quiz, 'Me');
    $(quiz, '[part~="next-button"]').click();
    await settle(quiz);
    expect(status.textContent).to.equal('Question 2 of 6');
  });

  for (const [expected, picks] of [
    ['A case manager is a likely fit', { situation: ['In the hospital'], 'after-discharge': ['No, just a plan'], 'works-for': ['The hospital or clinic'], needs: ['A plan and time frame'], duration: ['Until recovery'], 'matters-most': ['Help inside the hospital'] }],
    ['A care manager is a likely fit', careManagerPicks],
    ['Both could help, at different times', { situation: ['About to leave the hospital'], 'after-discharge': ['Yes, regular help at home'], 'works-for': ['I don’t mind'], needs: ['A plan and time frame', 'Regular visits at home', 'Help with insurance'], duration: ['Not sure yet'], 'matters-most': ['Help inside the hospital'] }],
    ['Not sure yet', { 'for-whom': ['Me'], situation: ['At home'], 'works-for': ['The hospital or clinic'], needs: ['Help with insurance'], duration: ['Not sure yet'], 'matters-most': ['Someone who keeps an eye on costs'] }],
  ] as const) {
    it(`reaches "${expected}" through the UI`, async () => {
      const quiz = await fixture<CareChoiceQuiz>(html`<care-choice-quiz></care-choice-quiz>`);
      await clickThrough(quiz, Object.assign({ 'for-whom': ['Me'] }, picks) as Record<string, string[]>);
      await settle(quiz);
      const result = quiz.shadowRoot!.querySelector('care-choice-result')!;
      await settle(result as never);
      expect($(result, '[part~="heading"]').textContent).to.equal(expected);
    });
  }

  it('forwards the result-footer slot into the result card', async () => {
    const quiz = await fixture<CareChoiceQuiz>(html`<care-choice-quiz><p slot="result-footer">Open 9 to 5</p></care-choice-quiz>`);
    await clickThrough(quiz, careManagerPicks);
    await settle(quiz);
    const result = quiz.shadowRoot!.querySelector('care-choice-result')!;
    await settle(result as never);
    const footerSlot = result.shadowRoot!.querySelector<HTMLSlotElement>('slot[name="footer"]')!;
    const assigned = footerSlot.assignedElements({ flatten: true }).map((el) => el.textContent);
    expect(assigned).to.deep.equal(['Open 9 to 5']);
  });

  it('can be completed with the keyboard alone', async () => {
    const quiz = await fixture<CareChoiceQuiz>(html`<care-choice-quiz></care-choice-quiz>`);
    const completed = oneEvent(quiz, 'care-choice-complete');
    // Tab into the first radio group, pick with the arrows/space, Enter continues.
    quiz.shadowRoot!.querySelector<HTMLInputElement>('input')!.focus();
    let steps = 0;
    while (!quiz.shadowRoot!.querySelector('care-choice-result') && steps++ < 10) {
      await sendKeys({ press: 'ArrowDown' });
      // ' ' rather than 'Space': the one name for it that both Puppeteer over CDP and over BiDi know.
      await sendKeys({ press: ' ' });
      await settle(quiz);
      await sendKeys({ press: 'Enter' });
      await settle(quiz);
      if (quiz.shadowRoot!.querySelector('care-choice-result')) break;
      // Focus moved to the new question's heading; Tab reaches its first answer.
      expect(quiz.shadowRoot!.activeElement?.id).to.equal('question-heading');
      await sendKeys({ press: 'Tab' });
      expect(quiz.shadowRoot!.activeElement?.localName).to.equal('input');
    }
    expect(steps).to.equal(7);
    const { detail } = await completed;
    expect(['case-manager', 'care-manager', 'both', 'unsure']).to.include(detail.recommendation);
  });

  describe('the result card inside it', () => {
    it('shows its list markers ("1." of Next steps) whole, as a result card on its own does', async () => {
      // The quiz takes the padding off its result card (no card in a card), and the card's host
      // clips (content-visibility). WebKit puts outside markers further left than the list's
      // padding, so "1." was cut at the host's edge and read "l.".
      const root = await fixture<CareChoice>(html`<care-choice><care-choice-quiz></care-choice-quiz><care-choice-result></care-choice-result></care-choice>`);
      root.store!.restore({ 'for-whom': ['older-relative'], situation: ['at-home'], 'works-for': ['family'], needs: ['home-visits'], duration: ['long-term'], 'matters-most': ['comes-home'] }, true);
      const quiz = root.querySelector('care-choice-quiz')!;
      await settle(quiz);
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
      const quiz = await fixture<CareChoiceQuiz>(html`<care-choice-quiz></care-choice-quiz>`);
      const picks = careManagerPicks as Record<string, readonly string[]>;
      for (let guard = 0; guard < 12 && !quiz.shadowRoot!.querySelector('care-choice-result'); guard++) {
        const question = config.questions.find((q) => q.text === questionText(quiz))!;
        for (const label of picks[question.id] ?? [question.options.at(-1)!.label]) choose(quiz, label);
        await settle(quiz);
        const next = $(quiz, '[part~="next-button"]');
        // The last step by keyboard, so the heading that gets focus shows its ring (:focus-visible).
        if (next.textContent!.trim() === 'See my result') {
          next.focus();
          await sendKeys({ press: 'Enter' });
        } else next.click();
        await settle(quiz);
      }
      const result = quiz.shadowRoot!.querySelector('care-choice-result')!;
      await settle(result as never);
      await frames();
      expect(result.getBoundingClientRect().height, 'the result card is laid out').to.be.greaterThan(500);
      const rings: string[] = [];
      const clipped: string[] = [];
      const checkFocused = () => {
        const el = result.shadowRoot!.activeElement as HTMLElement;
        const name = el.getAttribute('aria-label') ?? el.textContent!.trim();
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
      const seen = new Set<Element>([result.shadowRoot!.activeElement!]);
      for (let i = 0; i < 60; i++) {
        await sendKeys({ press: 'Tab' });
        const focused = result.shadowRoot!.activeElement;
        if (!focused || seen.has(focused)) break;
        seen.add(focused);
        checkFocused();
      }
      expect(rings).to.include('A care manager is a likely fit');
      expect(rings).to.include('Start over');
      expect(rings.some((name) => /^Change this answer/.test(name)), rings.join(' | ')).to.equal(true);
      expect(clipped).to.deep.equal([]);
    });
  });

  it('fires answer events with step and total, and reset after complete', async () => {
    const quiz = await fixture<CareChoiceQuiz>(html`<care-choice-quiz></care-choice-quiz>`);
    const answered = oneEvent(quiz, 'care-choice-answer');
    choose(quiz, 'An older parent');
    const { detail } = await answered;
    expect(detail).to.deep.equal({ questionId: 'for-whom', value: ['older-relative'], step: 1, total: 6 });
    await clickThrough(quiz, careManagerPicks);
    await settle(quiz);
    const result = quiz.shadowRoot!.querySelector('care-choice-result')!;
    await settle(result as never);
    const resets: Event[] = [];
    quiz.addEventListener('care-choice-reset', (e) => resets.push(e));
    button(result, 'Start over').click();
    await settle(quiz);
    expect(resets).to.have.length(1);
    expect(questionText(quiz)).to.equal('Who needs care?');
    expect(quiz.shadowRoot!.activeElement?.id).to.equal('question-heading');
  });

  it('Back returns to the previous question with its answer kept', async () => {
    const quiz = await fixture<CareChoiceQuiz>(html`<care-choice-quiz></care-choice-quiz>`);
    choose(quiz, 'My partner');
    $(quiz, '[part~="next-button"]').click();
    await settle(quiz);
    button(quiz, 'Back').click();
    await settle(quiz);
    expect(questionText(quiz)).to.equal('Who needs care?');
    const checked = quiz.shadowRoot!.querySelector<HTMLInputElement>('input:checked')!;
    expect(checked.value).to.equal('partner');
  });

  it('shows an intro screen with Start when asked', async () => {
    const quiz = await fixture<CareChoiceQuiz>(html`<care-choice-quiz intro><img slot="intro" alt="Harbor Care" /></care-choice-quiz>`);
    expect(questionText(quiz)).to.equal('Case manager or care manager?');
    button(quiz, 'Start').click();
    await settle(quiz);
    expect(questionText(quiz)).to.equal('Who needs care?');
  });

  it('resumes after a reload with persist, per quiz', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div>
      <care-choice-quiz id="a" persist></care-choice-quiz><care-choice-quiz id="b" persist></care-choice-quiz>
    </div>`);
    const a = wrapper.querySelector('#a') as CareChoiceQuiz;
    choose(a, 'My partner');
    $(a, '[part~="next-button"]').click();
    await settle(a);
    // A "reload": new elements with the same ids.
    wrapper.innerHTML = '<care-choice-quiz id="a" persist></care-choice-quiz><care-choice-quiz id="b" persist></care-choice-quiz>';
    const [a2, b2] = [...wrapper.querySelectorAll('care-choice-quiz')] as CareChoiceQuiz[];
    await settle(a2!, b2!);
    expect(questionText(a2!)).to.equal('Where is this person right now?');
    expect(questionText(b2!)).to.equal('Who needs care?');
    button(a2!, 'Start over').click();
    expect(Object.keys(sessionStorage).filter((k) => k.startsWith('care-choice:'))).to.deep.equal([]);
  });

  it('does not persist without the attribute', async () => {
    const quiz = await fixture<CareChoiceQuiz>(html`<care-choice-quiz id="plain"></care-choice-quiz>`);
    choose(quiz, 'My partner');
    expect(Object.keys(sessionStorage)).to.deep.equal([]);
  });

  it('keeps working when storage throws', async () => {
    const original = Object.getOwnPropertyDescriptor(window, 'sessionStorage')!;
    Object.defineProperty(window, 'sessionStorage', { configurable: true, get: () => { throw new DOMException('blocked', 'SecurityError'); } });
    try {
      const quiz = await fixture<CareChoiceQuiz>(html`<care-choice-quiz persist></care-choice-quiz>`);
      await clickThrough(quiz, careManagerPicks);
      await settle(quiz);
      expect(quiz.shadowRoot!.querySelector('care-choice-result')).to.exist;
    } finally {
      Object.defineProperty(window, 'sessionStorage', original);
    }
  });

  it('renders question text from config as text, never HTML', async () => {
    const quiz = await fixture<CareChoiceQuiz>(html`<care-choice-quiz></care-choice-quiz>`);
    (window as unknown as { pwned?: boolean }).pwned = false;
    quiz.config = { questions: [{ id: 'for-whom', text: '<img src=x onerror="window.pwned=true">' }] };
    await settle(quiz);
    await new Promise((r) => setTimeout(r, 50));
    expect(questionText(quiz)).to.equal('<img src=x onerror="window.pwned=true">');
    expect(quiz.shadowRoot!.querySelector('img')).to.equal(null);
    expect((window as unknown as { pwned?: boolean }).pwned).to.equal(false);
  });
});
