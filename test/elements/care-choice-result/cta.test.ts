import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import '../../../src/define.js';
import '../../../src/lang/es.js';
import type { CareChoiceQuiz } from '../../../src/index.js';
import { defaultConfigs } from '../../../src/index.js';
import { mixedSignals, parentAtHome } from '../../fixtures/answers.js';
import { QuizHarness } from '../../support/harness.js';
import { $, expectNoSeriousViolations, itExceptIn } from '../../support/helpers.js';

// The call to action (#21.6, #25.2, #25.3): never without the line saying who provides it and that
// it may be paid; `{result}` in its address; the reasons the result's side first, three shown.

const en = defaultConfigs.en!;
const es = defaultConfigs.es!;

async function quizWith(answers: Record<string, string[]>, attrs: { cta?: string; agency?: string; lang?: string } = {}) {
  const el = await fixture<CareChoiceQuiz>(
    html`<care-choice-quiz cta-href=${attrs.cta ?? 'https://harbor.example/contact'} agency-name=${attrs.agency ?? ''} lang=${attrs.lang ?? 'en'}></care-choice-quiz>`,
  );
  const quiz = new QuizHarness(el);
  const card = (await quiz.completeWith(answers))!;
  return { quiz, card, result: card.element };
}

const ctas = (result: Element) => [...result.shadowRoot!.querySelectorAll<HTMLAnchorElement>('[part~="cta"]')];
const disclosures = (result: Element) => [...result.shadowRoot!.querySelectorAll('[part~="disclosure"]')].map((p) => p.textContent!.trim());

describe('<care-choice-result>: the call to action', () => {
  it('with agency-name: "Provided by X, which may offer paid care services." beside every call to action', async () => {
    const { result } = await quizWith(parentAtHome, { agency: 'Harbor Care Partners' });
    const links = ctas(result);
    expect(links).to.have.length(2);
    for (const link of links) {
      const line = link.nextElementSibling!;
      expect(line.getAttribute('part')).to.equal('disclosure');
      expect(line.textContent!.trim()).to.equal('Provided by Harbor Care Partners, which may offer paid care services.');
    }
  });

  it('without agency-name: a generic line beside each call to action, and the console warning', async () => {
    const warn = console.warn;
    const warnings: string[] = [];
    console.warn = (...args: unknown[]) => void warnings.push(args.join(' '));
    try {
      const { result } = await quizWith(parentAtHome);
      expect(disclosures(result)).to.deep.equal([en.strings['cta.disclosure.generic'], en.strings['cta.disclosure.generic']]);
      expect(disclosures(result)[0]).to.equal('This link goes to a care provider, who may offer paid services.');
    } finally {
      console.warn = warn;
    }
    expect(warnings.join('\n')).to.contain('cta-href is set without agency-name');
  });

  it('in Spanish too', async () => {
    const { result } = await quizWith(parentAtHome, { agency: 'Harbor', lang: 'es' });
    expect(disclosures(result)[0]).to.equal('Ofrecido por Harbor, que puede ofrecer servicios de cuidado pagados.');
    expect(es.strings['cta.disclosure.generic']).to.be.a('string');
  });

  it('{result} in cta-href becomes the outcome id, URL-encoded; the event carries the final address', async () => {
    const { result } = await quizWith(parentAtHome, { cta: 'https://agency.example/contact?topic={result}&from=quiz', agency: 'Harbor' });
    const [link] = ctas(result);
    expect(link!.getAttribute('href')).to.equal('https://agency.example/contact?topic=care-manager&from=quiz');
    expect(link!.dataset.print).to.equal('agency.example/contact');
    link!.addEventListener('click', (e) => e.preventDefault(), { once: true });
    const fired = oneEvent(result, 'care-choice-cta');
    link!.click();
    const { detail } = await fired;
    expect(detail).to.deep.equal({ recommendation: 'care-manager', href: 'https://agency.example/contact?topic=care-manager&from=quiz' });
  });

  it('{result} in a path (encoded by the URL parser) and for an unsure outcome', async () => {
    const { result } = await quizWith(mixedSignals, { cta: '/contact/{result}/form', agency: 'Harbor' });
    expect(ctas(result)[0]!.getAttribute('href')).to.equal(new URL('/contact/unsure/form', document.baseURI).href);
  });

  it('a {result} cannot let a hostile link through: the template is checked first', async () => {
    const hidden = await quizWith(parentAtHome, { cta: "javascript:alert('{result}')", agency: 'Harbor' });
    expect(ctas(hidden.result)).to.have.length(0);
    const spliced = await quizWith(parentAtHome, { cta: 'java{result}script:alert(1)', agency: 'Harbor' });
    const href = ctas(spliced.result)[0]!.href;
    expect(new URL(href).protocol).to.equal(location.protocol);
    expect(new URL(href).origin).to.equal(location.origin);
  });

  it('"Why this result" opens with the reasons for the result, then those for the other side', async () => {
    // A care-manager result with one answer (in the hospital) pointing to a case manager.
    const { result } = await quizWith(
      { ...parentAtHome, situation: ['in-hospital'], 'after-discharge': ['not-sure'] },
      { agency: 'Harbor' },
    );
    $(result, '[part~="show-all-button"]').click();
    await (result as CareChoiceQuiz).updateComplete;
    const groups = [...result.shadowRoot!.querySelectorAll('[part~="reasons"] h4')].map((h) => h.textContent);
    expect(groups[0]).to.equal(en.strings['result.leans.careManager']);
    expect(groups.at(-1)).to.equal(en.strings['result.leans.caseManager']);
  });

  it('shows the three strongest reasons and "Show all reasons" (aria-expanded) for the rest', async () => {
    const { result } = await quizWith(parentAtHome, { agency: 'Harbor' });
    const items = () =>
      [...result.shadowRoot!.querySelectorAll('[part~="reasons"] li .why')].map((li) => li.textContent!.replace(/\s+/g, ' ').trim());
    expect(items()).to.have.length(3);
    const toggle = $(result, '[part~="show-all-button"]');
    expect(toggle.getAttribute('aria-expanded')).to.equal('false');
    expect(toggle.getAttribute('aria-controls')).to.equal('reason-list');
    expect(result.shadowRoot!.getElementById('reason-list')).to.not.equal(null);
    const total = Number(/\((\d+)\)/.exec(toggle.textContent!)![1]);
    const firstThree = items();
    toggle.click();
    await (result as CareChoiceQuiz).updateComplete;
    expect(toggle.getAttribute('aria-expanded')).to.equal('true');
    // Open, it says what it does next.
    expect(toggle.textContent!.trim()).to.equal('Show fewer reasons');
    expect(items()).to.have.length(total);
    expect(items().slice(0, 3)).to.deep.equal(firstThree);
    // The three shown weigh at least as much as any left behind the button.
    const weightOf = (text: string) =>
      Math.max(...en.questions.flatMap((q) => q.options.filter((o) => text.endsWith(o.reason)).map((o) => o.weights.careManager)));
    const shown = Math.min(...firstThree.map(weightOf));
    for (const rest of items().slice(3)) expect(weightOf(rest), rest).to.be.at.most(shown);
    await expectNoSeriousViolations(result);
  });

  itExceptIn({ firefox: 'print media emulation is a Chromium command here', webkit: 'print media emulation is a Chromium command here' })(
    'print: the disclosure prints beside the call to action, with the final address; the readiness check does not',
    async () => {
      const { result } = await quizWith(parentAtHome, { cta: 'https://agency.example/contact?topic={result}', agency: 'Harbor' });
      await emulateMedia({ media: 'print' });
      try {
        const root = result.shadowRoot!;
        const [first, second] = [...root.querySelectorAll<HTMLElement>('.cta')];
        expect(getComputedStyle(first!).display).to.not.equal('none');
        expect(getComputedStyle(second!).display).to.equal('none');
        expect(getComputedStyle(first!.querySelector('[part~="disclosure"]')!).display).to.not.equal('none');
        expect(getComputedStyle(first!.querySelector('a')!, '::after').content).to.contain('agency.example/contact');
        expect(getComputedStyle(root.querySelector('[part~="readiness"]')!).display).to.equal('none');
      } finally {
        await emulateMedia({ media: 'screen' });
      }
    },
  );
});
