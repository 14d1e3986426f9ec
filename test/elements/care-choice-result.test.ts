import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import '../../src/define.js';
import type { CareChoice, CareChoiceQuiz, CareChoiceResult } from '../../src/index.js';
import { encodeAnswers } from '../../src/index.js';
import { $, button, expectNoSeriousViolations, questionText, settle } from './helpers.js';

const parentAtHome = {
  'for-whom': ['older-relative'],
  situation: ['at-home'],
  'works-for': ['family'],
  needs: ['home-visits', 'medications'],
  duration: ['long-term'],
  'matters-most': ['comes-home'],
};

async function providerWith(answers: Record<string, string[]>) {
  const root = await fixture<CareChoice>(html`<care-choice>
    <care-choice-quiz no-result></care-choice-quiz>
    <care-choice-result cta-href="https://harbor.example/contact" cta-label="Call Harbor Care" agency-name="Harbor Care Partners"></care-choice-result>
  </care-choice>`);
  root.store!.restore(answers, true);
  const quiz = root.querySelector('care-choice-quiz')!;
  const result = root.querySelector('care-choice-result')!;
  await settle(quiz, result);
  return { root, quiz, result };
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
    expect($(result, '[part~="heading"]').textContent).to.equal('A care manager is a likely fit');
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
    const { result } = await providerWith({ 'for-whom': ['myself'], situation: ['at-home'], 'works-for': ['facility'], needs: ['costs'], duration: ['not-sure'], 'matters-most': ['watches-costs'] });
    expect($(result, '[part~="heading"]').textContent).to.equal('Not sure yet');
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
    const root = await fixture<CareChoice>(html`<care-choice><care-choice-result cta-href="javascript:alert(1)"></care-choice-result></care-choice>`);
    root.store!.restore(parentAtHome, true);
    const inner = root.querySelector('care-choice-result')!;
    await settle(inner);
    expect(inner.shadowRoot!.querySelector('[part~="heading"]')).to.exist;
    expect(inner.shadowRoot!.querySelector('[part~="cta"]')).to.equal(null);
  });

  it('"Change this answer" jumps the quiz back to that question and updates live', async () => {
    const { root, quiz, result } = await providerWith(parentAtHome);
    const change = [...result.shadowRoot!.querySelectorAll<HTMLButtonElement>('[part~="change-button"]')].find((b) =>
      b.getAttribute('aria-label')!.includes('Where is this person right now?'),
    )!;
    change.click();
    await settle(quiz, result);
    expect(questionText(quiz)).to.equal('Where is this person right now?');
    expect(quiz.shadowRoot!.activeElement?.id).to.equal('question-heading');
    const hospital = [...quiz.shadowRoot!.querySelectorAll<HTMLInputElement>('input')].find((i) => i.value === 'in-hospital')!;
    hospital.click();
    await settle(quiz, result);
    expect(root.store!.getState().result!.scores.caseManager).to.be.greaterThan(0);
    expect(result.shadowRoot!.textContent).to.contain('Case managers usually work for the hospital');
  });

  it('Start over clears the answers and fires reset', async () => {
    const { root, result } = await providerWith(parentAtHome);
    const fired = oneEvent(result, 'care-choice-reset');
    button(result, 'Start over').click();
    await fired;
    await settle(result);
    expect(root.store!.getState().answers).to.deep.equal({});
    expect(result.shadowRoot!.querySelector('[part~="empty"]')).to.exist;
  });

  it('copies a link that reopens this result, and reads it back on load', async () => {
    const { result } = await providerWith(parentAtHome);
    let copied = '';
    await copyLinkWith(result, async (text) => void (copied = text));
    expect(copied).to.match(/#care-choice=1_/);
    expect(result.shadowRoot!.querySelector('.share')!.textContent).to.contain('Link copied');
    expect(location.hash).to.equal(''); // nothing written to the URL unless asked
    history.replaceState(null, '', new URL(copied).hash);
    const quiz = await fixture<CareChoiceQuiz>(html`<care-choice-quiz></care-choice-quiz>`);
    const reopened = quiz.shadowRoot!.querySelector('care-choice-result')!;
    await settle(quiz, reopened);
    expect($(reopened, '[part~="heading"]').textContent).to.equal('A care manager is a likely fit');
  });

  it('shows the link to copy by hand when the clipboard is refused', async () => {
    const { result } = await providerWith(parentAtHome);
    await copyLinkWith(result, () => Promise.reject(new Error('denied')));
    const input = result.shadowRoot!.querySelector<HTMLInputElement>('.share input')!;
    expect(input.value).to.contain(`#care-choice=${encodeAnswers(parentAtHome)}`);
  });

  it('ignores a garbage fragment', async () => {
    history.replaceState(null, '', '#care-choice=%3Cscript%3E');
    const quiz = await fixture<CareChoiceQuiz>(html`<care-choice-quiz></care-choice-quiz>`);
    expect(questionText(quiz)).to.equal('Who needs care?');
    history.replaceState(null, '', '#care-choice=1_situation~nonsense_x~y');
    const result = await fixture<CareChoiceResult>(html`<care-choice-result></care-choice-result>`);
    expect(result.shadowRoot!.querySelector('[part~="empty"]')).to.exist;
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
