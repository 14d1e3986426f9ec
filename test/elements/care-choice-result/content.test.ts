import { expect, fixture, html } from '@open-wc/testing';
import '../../../src/define.js';
import '../../../src/lang/es.js';
import type { Answers } from '../../../src/engine/index.js';
import type { CareChoice } from '../../../src/index.js';
import { QuizHarness, ResultHarness } from '../../support/harness.js';
import { expectNoSeriousViolations } from '../../support/helpers.js';

// What the result card says to a family (#21, #25.5): seen through the card, in both languages.

/** Care manager at home, though "help inside the hospital" matters most: against the values answer. */
const againstValues: Answers = {
  'for-whom': ['myself'],
  situation: ['at-home'],
  'works-for': ['family'],
  needs: ['recovery-plan'],
  duration: ['long-term'],
  'matters-most': ['help-in-hospital'],
};

/** A weak care-manager result for someone in the hospital who will need regular help at home. */
const weakInHospital: Answers = {
  'for-whom': ['myself'],
  situation: ['in-hospital'],
  'after-discharge': ['ongoing-at-home'],
  'works-for': ['family'],
  needs: ['recovery-plan'],
  duration: ['not-sure'],
  'matters-most': ['answers-to-family'],
};

async function cardFor(answers: Answers, lang: 'en' | 'es' = 'en') {
  const root = await fixture<CareChoice>(html`<care-choice lang=${lang}>
    <care-choice-quiz no-result></care-choice-quiz>
    <care-choice-result></care-choice-result>
  </care-choice>`);
  await new QuizHarness(root.querySelector('care-choice-quiz')!).completeWith(answers);
  const card = new ResultHarness(root.querySelector('care-choice-result')!);
  await card.settle();
  const shadow = card.element.shadowRoot!;
  const text = (selector: string) =>
    [...shadow.querySelectorAll(selector)].map((el) => el.textContent!.replace(/\s+/g, ' ').trim()).filter(Boolean);
  return { card, shadow, text };
}

describe('<care-choice-result> content', () => {
  it('says in plain words when the result goes against what matters most, right under the heading, and never "strong"', async () => {
    const { card, shadow, text } = await cardFor(againstValues);
    expect(card.heading).to.equal('A care manager is a likely fit');
    const note = shadow.querySelector('.values')!;
    expect(note.textContent!.replace(/\s+/g, ' ').trim()).to.equal(
      'You said “Help inside the hospital, right now” matters most. That points to a case manager. Your other answers point more to a care manager.',
    );
    // Near the heading: before the strength and the reasons.
    expect(
      note.compareDocumentPosition(shadow.querySelector('[part~="confidence"]')!) & Node.DOCUMENT_POSITION_FOLLOWING,
    ).to.be.greaterThan(0);
    expect(text('[part~="confidence"]')[0]).not.to.match(/strong/);
    // The other option in equal detail: both professions with what to keep in mind.
    expect(text('[part~="about"] h3')).to.deep.equal(['Care manager', 'The other option: Case manager']);
    await expectNoSeriousViolations(card.element);
  });

  it('no such sentence when the result agrees with what matters most', async () => {
    const { shadow } = await cardFor({ ...againstValues, 'matters-most': ['comes-home'] });
    expect(shadow.querySelector('.values')).to.equal(null);
  });

  it('Spanish: the same sentence, in Spanish, with the job titles the card uses', async () => {
    const { card, text } = await cardFor(againstValues, 'es');
    expect(card.heading).to.equal('Un gestor de cuidados podría ser una buena opción');
    expect(text('.values')).to.deep.equal([
      'Usted dijo que lo más importante es «Ayuda dentro del hospital, ahora mismo». Eso apunta a un administrador de casos (case manager). Sus otras respuestas apuntan más a un gestor de cuidados (care manager).',
    ]);
    await expectNoSeriousViolations(card.element);
  });

  it('a weak match reads as a possible fit, with no "likely fit" beside "weak"', async () => {
    const { card, text } = await cardFor(weakInHospital);
    expect(card.heading).to.equal('A care manager is a possible fit');
    expect(text('.kicker')).to.deep.equal(['Based on your answers so far']);
    expect(text('[part~="confidence"]')[0]).to.match(/Strength of match: weak/);
    const es = await cardFor(weakInHospital, 'es');
    expect(es.card.heading).to.equal('Un gestor de cuidados es una opción posible');
    expect(es.text('.kicker')).to.deep.equal(['Según sus respuestas hasta ahora']);
  });

  it('a care-manager result in the hospital still names the hospital’s discharge planner, help at home and the public route', async () => {
    for (const lang of ['en', 'es'] as const) {
      const { card, text } = await cardFor(weakInHospital, lang);
      const steps = text('[part~="next-steps"] li').join('\n');
      expect(steps).to.match(lang === 'en' ? /case manager or discharge planner/ : /planificador del alta/);
      expect(steps).to.match(lang === 'en' ? /regular help at home/ : /ayuda periódica en casa/);
      expect(steps).to.contain('Eldercare Locator');
      expect(steps).to.contain('Aging and Disability Resource Center');
      expect(steps).to.contain('Area Agency on Aging');
      await expectNoSeriousViolations(card.element);
    }
  });

  it('in the hospital now, regular help at home for a long time: both could help', async () => {
    const { card } = await cardFor({
      ...weakInHospital,
      'works-for': ['facility'],
      duration: ['long-term'],
      'matters-most': ['help-in-hospital'],
    });
    expect(card.heading).to.equal('Both could help');
  });

  it('cost is in "Keep in mind" on both sides, the wording names the source, and the new sources show when they were checked', async () => {
    const { text } = await cardFor(againstValues);
    const keepInMind = text('[part~="about"] li');
    expect(keepInMind.filter((l) => l.startsWith('Cost:'))).to.have.length(2);
    const all = text('[part~="base"]').join(' ');
    expect(all).not.to.match(/\bthe article\b/i);
    expect(all).to.contain('Flying Angels’ guide');
    const sources = text('.sources li');
    expect(sources.find((s) => s.startsWith('42 CFR 482.43'))).to.match(/checked December 5, 2026/);
    const es = await cardFor(againstValues, 'es');
    expect(es.text('[part~="about"] li').filter((l) => l.startsWith('Costo:'))).to.have.length(2);
    expect(es.text('[part~="base"]').join(' ')).not.to.match(/\bel artículo\b/i);
    expect(es.text('.sources li').find((s) => s.startsWith('42 CFR 482.43'))).to.match(/consultado el 5 de diciembre de 2026/);
  });
});
