import '../../../src/lang/es.js';
import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import '../../../src/define.js';
import type { CareChoice, CareChoiceQuiz } from '../../../src/index.js';
import { defaultConfigs } from '../../../src/index.js';
import { hospitalRecovery, parentAtHome } from '../../fixtures/answers.js';
import { vignettes } from '../../fixtures/vignettes.js';
import { QuizHarness, ResultHarness } from '../../support/harness.js';
import { NEEDS_CDP, expectNoSeriousViolations, itExceptIn } from '../../support/helpers.js';

// A result a family can trust, as they meet it in the widget: the twelve-plus cases from the
// article through the UI, a result card that waits for the quiz, both options, reasons grouped
// by side, the agency's call to action with its disclosure, and a printable summary.

const en = defaultConfigs.en!;
const es = defaultConfigs.es!;

describe('vignettes from the article, answered through the quiz', () => {
  for (const vignette of vignettes) {
    it(`${vignette.name} → ${vignette.expected}`, async () => {
      const quiz = new QuizHarness(await fixture(html`<care-choice-quiz></care-choice-quiz>`));
      const result = await quiz.completeWith(vignette.answers);
      expect(result!.heading, vignette.story).to.equal(en.results[vignette.expected].title);
    });
  }

  it('the language never changes the outcome (Spanish, the first three cases)', async () => {
    for (const vignette of vignettes.slice(0, 3)) {
      const quiz = new QuizHarness(await fixture(html`<care-choice-quiz lang="es"></care-choice-quiz>`));
      const result = await quiz.completeWith(vignette.answers);
      expect(result!.heading).to.equal(es.results[vignette.expected].title);
    }
  });
});

async function providerPage(cta = 'tel:+15555550123', agency = 'Harbor Care Partners') {
  const root = await fixture<CareChoice>(html`<care-choice>
    <care-choice-quiz no-result></care-choice-quiz>
    <care-choice-result cta-href=${cta} cta-label="Call Harbor Care" agency-name=${agency}></care-choice-result>
    <care-compare-table></care-compare-table>
  </care-choice>`);
  const quiz = new QuizHarness(root.querySelector('care-choice-quiz')!);
  const card = new ResultHarness(root.querySelector('care-choice-result')!);
  const table = root.querySelector('care-compare-table')!;
  await quiz.settle();
  return { root, quiz, card, table };
}

describe('the result card inside a provider', () => {
  it('waits until the quiz is finished, and so does the table mark', async () => {
    const { quiz, card, table } = await providerPage();
    await quiz.completeWith(parentAtHome, 'matters-most');
    await card.settle();
    expect(card.empty, 'still waiting on the last question').to.equal(true);
    expect(table.shadowRoot!.querySelector('[part~="badge"]')).to.equal(null);
    await quiz.completeWith(parentAtHome);
    await card.settle();
    await (table as unknown as { updateComplete: Promise<unknown> }).updateComplete;
    expect(card.heading).to.equal(en.results['care-manager'].title);
    expect(table.shadowRoot!.querySelector('[part~="badge"]')!.textContent).to.equal('Likely fit for you');
    await expectNoSeriousViolations(card.element);
  });

  it('after "Change this answer", keeps showing and follows; "Back to my result" skips the later questions', async () => {
    const { quiz, card } = await providerPage();
    await quiz.completeWith(parentAtHome);
    await card.settle();
    await card.change('works-for');
    await quiz.settle();
    expect(quiz.questionId).to.equal('works-for');
    expect(card.empty, 'the card stays while an answer is changed').to.equal(false);
    await quiz.answer('works-for', ['facility']);
    await card.settle();
    await card.showAllReasons();
    expect(card.text('reasons')).to.contain(
      en.questions.find((q) => q.id === 'works-for')!.options.find((o) => o.id === 'facility')!.reason,
    );
    const completes: Event[] = [];
    quiz.element.addEventListener('care-choice-complete', (e) => completes.push(e));
    quiz.button('result-button')!.click();
    await quiz.settle();
    expect(quiz.questionId, 'straight back to the result').to.equal(undefined);
    expect(completes).to.have.length(1);
  });

  it('"Back to my result" stops at a question the changed answer opened', async () => {
    const quiz = new QuizHarness(await fixture(html`<care-choice-quiz></care-choice-quiz>`));
    const result = await quiz.completeWith(parentAtHome);
    await result!.change('situation');
    await quiz.settle();
    await quiz.answer('situation', ['in-hospital']);
    quiz.button('result-button')!.click();
    await quiz.settle();
    expect(quiz.questionId).to.equal('after-discharge');
  });
});

describe('the call to action', () => {
  it('comes under the strength of the match (on a phone, the first screen) and again at the end, each time with the disclosure beside it', async () => {
    const { quiz, card } = await providerPage();
    await quiz.completeWith(parentAtHome);
    await card.settle();
    const root = card.element.shadowRoot!;
    const ctas = [...root.querySelectorAll('[part~="cta"]')];
    expect(ctas).to.have.length(2);
    for (const cta of ctas) {
      const disclosure = cta.nextElementSibling!;
      expect(disclosure.getAttribute('part')).to.equal('disclosure');
      expect(disclosure.textContent).to.equal('Provided by Harbor Care Partners, which may offer paid care services.');
    }
    // Order: the first call to action, the why, the two options, the next steps, the readiness check.
    const order = [
      ...root.querySelectorAll('[part~="reasons"], [part~="cta"], [part~="about"], [part~="next-steps"], [part~="readiness"]'),
    ].map((el) => el.getAttribute('part'));
    expect(order).to.deep.equal(['cta', 'reasons', 'about', 'next-steps', 'readiness', 'cta']);
    const fired = oneEvent(card.element, 'care-choice-cta');
    ctas[0]!.addEventListener('click', (e) => e.preventDefault());
    (ctas[0] as HTMLElement).click();
    expect((await fired).detail).to.deep.equal({ recommendation: 'care-manager', href: 'tel:+15555550123' });
  });

  it('without agency-name: a warning, since a call to action needs its disclosure', async () => {
    const warnings: string[] = [];
    const warn = console.warn;
    console.warn = (...args: unknown[]) => warnings.push(args.join(' '));
    try {
      const quiz = new QuizHarness(await fixture(html`<care-choice-quiz cta-href="https://nobody.example/leads"></care-choice-quiz>`));
      await quiz.completeWith(parentAtHome);
    } finally {
      console.warn = warn;
    }
    expect(warnings.filter((w) => w.includes('without agency-name'))).to.have.length(1);
  });

  // Print emulation goes to the Chrome DevTools Protocol.
  itExceptIn({ firefox: NEEDS_CDP, webkit: NEEDS_CDP })('prints with its phone number, once; each option at full width', async () => {
    const { quiz, card } = await providerPage();
    await quiz.completeWith(hospitalRecovery);
    await card.settle();
    await emulateMedia({ media: 'print' });
    try {
      const root = card.element.shadowRoot!;
      const ctas = [...root.querySelectorAll<HTMLElement>('[part~="cta"]')];
      expect(getComputedStyle(ctas[0]!, '::after').content).to.equal('" (+15555550123)"');
      expect(getComputedStyle(ctas[1]!.parentElement!).display).to.equal('none');
      const about = root.querySelector('[part~="about"]')!;
      const sections = [...about.querySelectorAll('section')];
      expect(sections.length).to.equal(2);
      // Side by side, each half of the page: neither squeezed.
      const widths = sections.map((section) => section.getBoundingClientRect().width);
      expect(Math.abs(widths[0]! - widths[1]!)).to.be.lessThan(2);
      expect(widths[0]! * 2).to.be.greaterThan(about.getBoundingClientRect().width - 40);
      // The quiz's own end screen prints without its Back and Start over buttons.
      const quizButtons = [...quiz.element.shadowRoot!.querySelectorAll('button')];
      expect(quizButtons.length).to.be.greaterThan(0);
      expect(quizButtons.filter((button) => button.getClientRects().length > 0)).to.deep.equal([]);
    } finally {
      await emulateMedia({ media: 'screen' });
    }
  });
});

describe('Spanish', () => {
  it('says "Opción probable para usted" in the table after the quiz, and never "recommended"', async () => {
    const root = await fixture<CareChoice>(
      html`<care-choice lang="es"><care-choice-quiz no-result></care-choice-quiz><care-compare-table></care-compare-table></care-choice>`,
    );
    const quiz = new QuizHarness(root.querySelector<CareChoiceQuiz>('care-choice-quiz')!);
    await quiz.completeWith(parentAtHome);
    const table = root.querySelector('care-compare-table')!;
    await (table as unknown as { updateComplete: Promise<unknown> }).updateComplete;
    expect(table.shadowRoot!.querySelector('[part~="badge"]')!.textContent).to.equal('Opción probable para usted');
    expect(table.shadowRoot!.textContent).not.to.match(/recomendad/i);
    await expectNoSeriousViolations(table);
  });
});
