import { expect, fixture, fixtureCleanup, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../../src/define.js';
import '../../../src/lang/es.js';
import type { CareChoiceQuiz } from '../../../src/index.js';
import { defaultConfigs } from '../../../src/index.js';
import { parentAtHome } from '../../fixtures/answers.js';
import { QuizHarness } from '../../support/harness.js';
import { expectNoSeriousViolations } from '../../support/helpers.js';

// "Are you ready to choose?" (#21.5), adapted from the SURE test: four yes/no items after the
// result, each "no" with a next step; the answers stay in the page unless the quiz has `persist`.

const en = defaultConfigs.en!;
const es = defaultConfigs.es!;
const ITEMS = ['sure', 'know', 'values', 'support'];

type Win = Window & { dataLayer?: unknown[] };

async function quizWith(attrs: { persist?: boolean; lang?: string } = {}) {
  const el = await fixture<CareChoiceQuiz>(
    html`<care-choice-quiz
      ?persist=${!!attrs.persist}
      lang=${attrs.lang ?? 'en'}
      analytics="datalayer"
      cta-href="https://harbor.example/contact?topic={result}"
      agency-name="Harbor"
    ></care-choice-quiz>`,
  );
  const quiz = new QuizHarness(el);
  const card = (await quiz.completeWith(parentAtHome))!;
  const root = card.element.shadowRoot!;
  const part = () => root.querySelector<HTMLElement>('[part~="readiness"]')!;
  const radio = (item: string, answer: 'yes' | 'no') =>
    root.querySelector<HTMLInputElement>(`input[name="ready-${item}"][value="${answer}"]`)!;
  const pick = async (item: string, answer: 'yes' | 'no') => {
    radio(item, answer).click();
    await card.settle();
  };
  const fieldset = (item: string) => radio(item, 'yes').closest('fieldset')!;
  return { el, quiz, card, root, part, radio, pick, fieldset };
}

describe('<care-choice-result>: the readiness check', () => {
  afterEach(() => sessionStorage.clear());

  it('four yes/no questions in fieldsets with legends, native radios, in part="readiness"', async () => {
    const { part, fieldset, radio } = await quizWith();
    expect(part().querySelector('h3')!.textContent).to.equal(en.strings['readiness.title']);
    const legends = [...part().querySelectorAll('fieldset > legend')].map((l) => l.textContent!.trim());
    expect(legends).to.deep.equal(ITEMS.map((item) => en.strings[`readiness.${item}`]));
    for (const item of ITEMS) {
      expect(fieldset(item).querySelectorAll('input[type="radio"]')).to.have.length(2);
      expect(radio(item, 'yes').closest('label')!.textContent!.trim()).to.equal('Yes');
      expect(radio(item, 'no').closest('label')!.textContent!.trim()).to.equal('No, not yet');
      expect(radio(item, 'yes').checked || radio(item, 'no').checked).to.equal(false);
    }
  });

  it('works from the keyboard: Tab to a question, arrow keys choose, the next step is announced', async () => {
    const { radio, fieldset, card } = await quizWith();
    radio('sure', 'yes').focus();
    await sendKeys({ press: 'ArrowDown' });
    await card.settle();
    expect(radio('sure', 'no').checked).to.equal(true);
    const status = fieldset('sure').querySelector('[role="status"]')!;
    expect(status.textContent!.trim()).to.equal(en.strings['readiness.sure.no']);
    await sendKeys({ press: 'ArrowUp' });
    await card.settle();
    expect(radio('sure', 'yes').checked).to.equal(true);
    expect(status.textContent!.trim()).to.equal('');
  });

  it('each "no" leads somewhere: the questions to ask, the other option, the values question, the next steps', async () => {
    const { pick, fieldset, root, quiz, card } = await quizWith();
    const labels: Record<string, string> = {
      sure: en.strings['result.questions']!,
      know: en.strings['result.other']!.replace('{name}', en.professions.caseManager.name),
      values: en.strings['result.change']!,
      support: en.strings['result.next-steps']!,
    };
    const go = async (item: string) => {
      await pick(item, 'no');
      const button = fieldset(item).querySelector('button')!;
      // Named as the place it leads to is named on the card.
      expect(button.textContent!.trim()).to.equal(labels[item]);
      button.click();
      await card.settle();
      return root.activeElement?.id;
    };
    expect(await go('sure')).to.equal('ask');
    // parentAtHome: a care manager is the likely fit, so the other option is the case manager.
    expect(await go('know')).to.equal('about-caseManager');
    expect(await go('support')).to.equal('next');
    expect(fieldset('support').textContent).to.contain(en.strings['readiness.support.no']);
    await expectNoSeriousViolations(root.querySelector('[part~="readiness"]')!);
    await go('values');
    await quiz.settle();
    expect(quiz.questionId).to.equal('matters-most');
  });

  it('stays in the page: in no event, not in the dataLayer, not in storage without persist', async () => {
    const win = window as Win;
    win.dataLayer = [];
    const seen: string[] = [];
    const record = (e: Event) => seen.push(`${e.type} ${JSON.stringify((e as CustomEvent).detail ?? null)}`);
    const types = ['care-choice-answer', 'care-choice-complete', 'care-choice-reset', 'care-choice-cta'];
    types.forEach((type) => document.addEventListener(type, record));
    try {
      const { pick, root } = await quizWith();
      const before = seen.length;
      const layerBefore = JSON.stringify(win.dataLayer);
      for (const item of ITEMS) await pick(item, item === 'values' ? 'yes' : 'no');
      expect(seen.slice(before), 'no widget event for a readiness answer').to.deep.equal([]);
      expect(JSON.stringify(win.dataLayer)).to.equal(layerBefore);
      expect(Object.keys(sessionStorage).filter((key) => key.startsWith('care-choice'))).to.deep.equal([]);
      // The call to action's event says the outcome and the address, nothing of the check.
      const cta = root.querySelector<HTMLAnchorElement>('[part~="cta"]')!;
      cta.addEventListener('click', (e) => e.preventDefault(), { once: true });
      cta.click();
      expect(seen.slice(before)).to.deep.equal([
        'care-choice-cta {"recommendation":"care-manager","href":"https://harbor.example/contact?topic=care-manager"}',
      ]);
      expect(JSON.stringify(win.dataLayer)).not.to.match(/ready|"(yes|no)"/i);
    } finally {
      types.forEach((type) => document.removeEventListener(type, record));
      delete win.dataLayer;
    }
  });

  it('with persist: kept beside the answers in sessionStorage, back after a reload, gone after Start over', async () => {
    const first = await quizWith({ persist: true });
    await first.pick('sure', 'no');
    await first.pick('support', 'yes');
    const keys = Object.keys(sessionStorage).filter((key) => key.endsWith(':ready'));
    expect(keys).to.have.length(1);
    expect(JSON.parse(sessionStorage.getItem(keys[0]!)!)).to.deep.equal({ sure: 'no', support: 'yes' });
    // A reload: the same quiz, first on the page again, resumes at its result with the check.
    fixtureCleanup();
    const el = await fixture<CareChoiceQuiz>(html`<care-choice-quiz persist></care-choice-quiz>`);
    const quiz = new QuizHarness(el);
    await quiz.settle();
    const card = quiz.result()!;
    await card.settle();
    const root = card.element.shadowRoot!;
    expect(root.querySelector<HTMLInputElement>('input[name="ready-sure"][value="no"]')!.checked).to.equal(true);
    expect(root.querySelector<HTMLInputElement>('input[name="ready-support"][value="yes"]')!.checked).to.equal(true);
    expect(root.querySelector('[part~="readiness"]')!.textContent).to.contain(en.strings['readiness.sure.no']);
    await card.restart();
    expect(Object.keys(sessionStorage).filter((key) => key.endsWith(':ready'))).to.deep.equal([]);
  });

  it('in Spanish', async () => {
    const { part, pick, fieldset } = await quizWith({ lang: 'es' });
    expect(part().querySelector('h3')!.textContent).to.equal(es.strings['readiness.title']);
    await pick('know', 'no');
    expect(fieldset('know').textContent).to.contain(es.strings['readiness.know.no']);
    expect(fieldset('know').querySelector('button')!.textContent!.trim()).to.equal(
      es.strings['result.other']!.replace('{name}', es.professions.caseManager.name),
    );
  });
});
