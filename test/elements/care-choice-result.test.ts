import { expect, fixture, fixtureCleanup, html, oneEvent } from '@open-wc/testing';
import '../../src/define.js';
import type { CareChoice, CareChoiceResult } from '../../src/index.js';
import { defaultConfigs, encodeAnswers } from '../../src/index.js';
import { mixedSignals, parentAtHome } from '../fixtures/answers.js';
import { QuizHarness, ResultHarness } from './harness.js';
import { $, button, expectNoSeriousViolations, settle } from './helpers.js';

const en = defaultConfigs.en!;

/** A provider with a quiz and a result card elsewhere, with `answers` given through the quiz. */
async function providerWith(answers: Record<string, string[]>, cta = 'https://harbor.example/contact') {
  const root = await fixture<CareChoice>(html`<care-choice>
    <care-choice-quiz no-result></care-choice-quiz>
    <care-choice-result cta-href=${cta} cta-label="Call Harbor Care" agency-name="Harbor Care Partners"></care-choice-result>
  </care-choice>`);
  const quiz = new QuizHarness(root.querySelector('care-choice-quiz')!);
  await quiz.completeWith(answers);
  const card = new ResultHarness(root.querySelector('care-choice-result')!);
  await card.settle();
  return { root, quiz, card, result: card.element as CareChoiceResult };
}

/** Presses "Copy a link" with navigator.clipboard replaced by `writeText`. */
async function copyLinkWith(result: CareChoiceResult, writeText: (text: string) => Promise<void>) {
  const clipboard = navigator.clipboard;
  Object.defineProperty(navigator, 'clipboard', { configurable: true, value: { writeText } });
  try {
    button(result, 'Copy a link to this result').click();
    await new Promise((r) => setTimeout(r, 0));
    await settle(result);
  } finally {
    Object.defineProperty(navigator, 'clipboard', { configurable: true, value: clipboard });
  }
}

describe('<care-choice-result>', () => {
  afterEach(() => history.replaceState(null, '', location.pathname + location.search));

  it('renders an inviting empty state before any answer', async () => {
    const result = await fixture<CareChoiceResult>(html`<care-choice-result></care-choice-result>`);
    expect($(result, '[part~="empty"]').textContent).to.contain('Answer the questions');
    await expectNoSeriousViolations(result);
  });

  it('is accessible with a result', async () => {
    const { result } = await providerWith(parentAtHome);
    await expectNoSeriousViolations(result);
  });

  it('shows the likely fit, strength in words and for screen readers, what it is, its limits and why', async () => {
    const { result } = await providerWith(parentAtHome);
    const root = result.shadowRoot!;
    expect($(result, '[part~="heading"]').textContent).to.equal(en.results['care-manager'].title);
    expect($(result, '[part~="confidence"]').textContent).to.match(/Strength of match: strong/);
    expect(root.querySelector('.confidence .sr-only')!.textContent).to.match(/lean 0% toward a case manager and 100% toward a care manager/);
    expect(root.querySelector('.meter')!.getAttribute('aria-hidden')).to.equal('true');
    expect($(result, '[part~="about"]').textContent).to.contain('Keep in mind');
    expect($(result, '[part~="about"]').textContent).to.contain('Aging Life Care Association');
    const reasons = [...root.querySelectorAll('[part~="reasons"] li')].map((li) => li.textContent!.replace(/\s+/g, ' '));
    expect(reasons[0]).to.contain('You said “An older parent or relative”.');
    expect(reasons.join(' ')).to.contain('Care managers usually work with patients in their homes.');
    expect(root.querySelectorAll('[part~="questions"] ul')).to.have.length(2);
  });

  it('stays balanced: an unsure result describes both options', async () => {
    const { result } = await providerWith(mixedSignals);
    expect($(result, '[part~="heading"]').textContent).to.equal(en.results.unsure.title);
    expect($(result, '[part~="confidence"]').textContent).to.match(/Strength of match: weak/);
    const about = result.shadowRoot!.querySelectorAll('[part~="about"] section');
    expect(about).to.have.length(2);
  });

  it('has a footer with the disclaimer, dated sources and the disclosure line', async () => {
    const { result } = await providerWith(parentAtHome);
    const footer = $(result, '[part~="footer"]').textContent!.replace(/\s+/g, ' ');
    expect(footer).to.contain('It is not medical or legal advice.');
    expect(footer).to.contain('Case Manager vs. Care Manager');
    expect(footer).to.contain('Content checked on 2026-11-25.');
    expect(footer).to.contain('Provided by Harbor Care Partners, which offers care management services.');
  });

  it('offers a neutral public route beside the agency call to action, which fires cta and navigates', async () => {
    const { result } = await providerWith(parentAtHome);
    const links = [...result.shadowRoot!.querySelectorAll<HTMLAnchorElement>('[part~="next-steps"] a')];
    expect(links.map((a) => a.href)).to.include('https://www.aginglifecare.org/');
    const cta = $(result, '[part~="cta"]') as HTMLAnchorElement;
    expect(cta.textContent).to.equal('Call Harbor Care');
    expect(cta.href).to.equal('https://harbor.example/contact');
    let defaultPrevented = true;
    const listener = (e: Event) => {
      defaultPrevented = e.defaultPrevented;
      e.preventDefault(); // keep the test page; the widget itself does not prevent navigation
    };
    cta.addEventListener('click', listener);
    const fired = oneEvent(result, 'care-choice-cta');
    cta.click();
    const { detail } = await fired;
    expect(detail).to.deep.equal({ recommendation: 'care-manager', href: 'https://harbor.example/contact' });
    expect(defaultPrevented).to.equal(false);
  });

  it('never renders a javascript: call to action', async () => {
    const { card } = await providerWith(parentAtHome, 'javascript:alert(1)');
    expect(card.heading).to.equal(en.results['care-manager'].title);
    expect(card.cta).to.equal(null);
  });

  it('"Change this answer" jumps the quiz back to that question and updates live', async () => {
    const { quiz, card, result } = await providerWith(parentAtHome);
    await card.change('situation');
    await quiz.settle();
    expect(quiz.questionId).to.equal('situation');
    expect(quiz.element.shadowRoot!.activeElement?.id).to.equal('question-heading');
    await quiz.answer('situation', ['in-hospital']);
    await card.settle();
    const hospitalReason = en.questions[1]!.options.find((o) => o.id === 'in-hospital')!.reason;
    expect(result.shadowRoot!.textContent).to.contain(hospitalReason);
  });

  it('Start over clears the answers and fires reset', async () => {
    const { quiz, card, result } = await providerWith(parentAtHome);
    const fired = oneEvent(result, 'care-choice-reset');
    await card.restart();
    await fired;
    await quiz.settle();
    expect(card.empty).to.equal(true);
    expect(quiz.questionId).to.equal('for-whom');
    expect(quiz.checked).to.deep.equal([]);
  });

  it('copies a link that reopens this result, and reads it back on load', async () => {
    const { result } = await providerWith(parentAtHome);
    let copied = '';
    await copyLinkWith(result, async (text) => void (copied = text));
    expect(copied).to.match(/#care-choice=care-choice%400!1_/);
    expect(result.shadowRoot!.querySelector('.share')!.textContent).to.contain('Link copied');
    expect(location.hash).to.equal(''); // nothing written to the URL unless asked
    // A "reload" of the page with the link: the same provider, first on the page again.
    fixtureCleanup();
    history.replaceState(null, '', new URL(copied).hash);
    const reopened = await fixture<CareChoice>(html`<care-choice><care-choice-quiz no-result></care-choice-quiz><care-choice-result></care-choice-result></care-choice>`);
    const card = new ResultHarness(reopened.querySelector('care-choice-result')!);
    await card.settle();
    expect(card.heading).to.equal(en.results['care-manager'].title);
  });

  it('shows the link to copy by hand when the clipboard is refused', async () => {
    const { result } = await providerWith(parentAtHome);
    await copyLinkWith(result, () => Promise.reject(new Error('denied')));
    const input = result.shadowRoot!.querySelector<HTMLInputElement>('.share input')!;
    expect(input.value).to.contain(`!${encodeAnswers(parentAtHome)}`);
  });

  it('ignores a garbage fragment', async () => {
    for (const garbage of ['%3Cscript%3E', 'care-choice-quiz%400!%3Cscript%3E', 'care-choice-quiz%400!1_situation~nonsense_x~y', '%E0%A4%A!1_x~y']) {
      history.replaceState(null, '', `#care-choice=${garbage}`);
      const quiz = new QuizHarness(await fixture(html`<care-choice-quiz></care-choice-quiz>`));
      await quiz.settle();
      expect(quiz.questionId, garbage).to.equal('for-whom');
    }
  });

  it('prints only the result, marking it for the print sheet and cleaning up after', async () => {
    const { result } = await providerWith(parentAtHome);
    const print = window.print;
    let markedDuringPrint = false;
    window.print = () => {
      markedDuringPrint = result.hasAttribute('data-care-choice-print') && document.documentElement.hasAttribute('data-care-choice-print');
      window.dispatchEvent(new Event('afterprint'));
    };
    try {
      button(result, 'Print summary').click();
    } finally {
      window.print = print;
    }
    expect(markedDuringPrint).to.equal(true);
    expect(result.hasAttribute('data-care-choice-print')).to.equal(false);
    // The answers list exists for the printed sheet.
    expect(result.shadowRoot!.querySelector('.print-only')!.textContent).to.contain('Where is this person right now? At home');
  });
});
