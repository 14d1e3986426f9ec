import { expect, fixture, fixtureCleanup, html, oneEvent } from '@open-wc/testing';
import '../../../src/define.js';
import type { CareChoice, CareChoiceResult } from '../../../src/index.js';
import { defaultConfigs } from '../../../src/index.js';
import { encodeAnswers } from '../../../src/engine/answers-codec.js';
import { hospitalRecovery, mixedSignals, parentAtHome } from '../../fixtures/answers.js';
import { QuizHarness, ResultHarness } from '../../support/harness.js';
import { $, button, expectNoSeriousViolations, settle } from '../../support/helpers.js';

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
    expect($(result, '[part~="empty"]').textContent).to.equal(defaultConfigs.en!.strings['result.empty']);
    await expectNoSeriousViolations(result);
  });

  it('is accessible with a result', async () => {
    const { result } = await providerWith(parentAtHome);
    await expectNoSeriousViolations(result);
  });

  it('shows the likely fit, its strength in words and in steps that agree, the lean in words, both options and why', async () => {
    const { result } = await providerWith(parentAtHome);
    const root = result.shadowRoot!;
    expect($(result, '[part~="heading"]').textContent).to.equal(en.results['care-manager'].title);
    expect($(result, '[part~="confidence"]').textContent).to.match(/Strength of match: strong/);
    // Three steps for weak / moderate / strong, all on for "strong"; drawn, hidden from screen readers.
    const steps = root.querySelector('.steps')!;
    expect(steps.getAttribute('aria-hidden')).to.equal('true');
    expect(steps.querySelectorAll('.step.on')).to.have.length(3);
    expect(root.querySelector('[part~="confidence"] input, [role="slider"]')).to.equal(null);
    expect(root.querySelector('.lean')!.textContent).to.match(/lean 0% toward a case manager and 100% toward a care manager/);
    // The likely fit first, then the other option with the same detail.
    const about = [...root.querySelectorAll('[part~="about"] section')];
    expect(about.map((section) => section.querySelector('h3')!.textContent)).to.deep.equal([
      en.professions.careManager.name,
      en.strings['result.other']!.replace('{name}', en.professions.caseManager.name),
    ]);
    for (const section of about) expect(section.querySelectorAll('li').length, 'limits').to.equal(en.professions.careManager.limits.length);
    expect(root.querySelectorAll('[part~="questions"] ul')).to.have.length(2);
  });

  it('groups the reasons by the side they point to, each sentence once', async () => {
    const { result } = await providerWith(hospitalRecovery);
    const root = result.shadowRoot!;
    const groups = [...root.querySelectorAll('[part~="reasons"] h4')].map((h) => h.textContent);
    expect(groups[0]).to.equal(en.strings['result.leans.caseManager']);
    const items = [...root.querySelectorAll('[part~="reasons"] li .why')].map((li) => li.textContent!.replace(/\s+/g, ' ').trim());
    const sentences = items.map((item) => item.replace(/^(You said “[^”]*”\. )+/, ''));
    expect(new Set(sentences).size, 'no sentence twice').to.equal(sentences.length);
    // Each reason has one way to change its answer.
    for (const li of root.querySelectorAll('[part~="reasons"] li'))
      expect(li.querySelectorAll('[part~="change-button"]')).to.have.length(1);
  });

  it('stays balanced: an unsure result describes both options', async () => {
    const { result } = await providerWith(mixedSignals);
    expect($(result, '[part~="heading"]').textContent).to.equal(en.results.unsure.title);
    expect($(result, '[part~="confidence"]').textContent).to.contain(en.strings['result.strength.unsure']);
    expect(result.shadowRoot!.querySelector('.steps'), 'no strength steps for "not sure"').to.equal(null);
    const about = result.shadowRoot!.querySelectorAll('[part~="about"] section');
    expect(about).to.have.length(2);
  });

  it('has a footer with the disclaimer, dated sources and the disclosure line', async () => {
    const { result } = await providerWith(parentAtHome);
    const footer = $(result, '[part~="footer"]').textContent!.replace(/\s+/g, ' ');
    expect(footer).to.contain('It is not medical or legal advice.');
    for (const source of en.sources) expect(footer).to.contain(source.title);
    expect(footer).to.contain('Flying Angels, a medical travel company');
    expect(footer).to.contain('(no date given)');
    expect(footer).not.to.match(/\([^)]*\(/);
    expect(footer).to.contain('Reviewed every 12 months; last checked November 25, 2026.');
    expect(footer).to.contain('Provided by Harbor Care Partners.');
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
    // The hospital answer points the other way: among the reasons behind "Show all reasons".
    $(result, '[part~="show-all-button"]').click();
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
    const reopened = await fixture<CareChoice>(
      html`<care-choice><care-choice-quiz no-result></care-choice-quiz><care-choice-result></care-choice-result></care-choice>`,
    );
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
    for (const garbage of [
      '%3Cscript%3E',
      'care-choice-quiz%400!%3Cscript%3E',
      'care-choice-quiz%400!1_situation~nonsense_x~y',
      '%E0%A4%A!1_x~y',
    ]) {
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
    const printed = result.shadowRoot!.querySelector('.print-only')!.textContent!.replace(/\s+/g, ' ');
    expect(printed).to.contain(`${en.questions.find((q) => q.id === 'situation')!.text} At home`);
  });
});
