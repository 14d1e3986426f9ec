import '../../src/lang/es.js';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { defaultConfigs, evaluate, mergeConfig, validateConfig, type Answers, type CareChoiceConfig } from '../../src/engine/index.js';
import { everyAnswerSet } from '../fixtures/answer-sets.js';
import { quizAnswers } from '../fixtures/quiz-answers.js';

const en = defaultConfigs.en!;

describe('next-step conditions', () => {
  // Steps for "care-manager" that depend on the place, plus one for everyone.
  const config: CareChoiceConfig = {
    ...en,
    nextSteps: {
      ...en.nextSteps,
      'care-manager': [
        { id: 'always', text: 'For everyone.' },
        { id: 'home', text: 'For people at home.', showIf: { question: 'situation', anyOf: ['at-home'] } },
        { id: 'after', text: 'For regular help after the hospital.', showIf: { question: 'after-discharge', anyOf: ['ongoing-at-home'] } },
      ],
    },
  };
  const atHome = { situation: ['at-home'], 'works-for': ['family'], duration: ['long-term'], 'matters-most': ['comes-home'] };
  const ids = (answers: Record<string, string[]>) => evaluate(config, answers).nextSteps.map((s) => s.id);

  it('shows a step only when its answer was given', () => {
    expect(evaluate(config, atHome).recommendation).toBe('care-manager');
    expect(ids(atHome)).toEqual(['always', 'home']);
    expect(ids({ ...atHome, situation: ['travelling'] })).toEqual(['always']);
  });

  it('ignores an answer to a question the person never saw', () => {
    // after-discharge is only shown for hospital situations: its stale answer must not bring a step.
    expect(ids({ ...atHome, 'after-discharge': ['ongoing-at-home'] })).toEqual(['always', 'home']);
  });

  it('hands back copies, condition included, so a caller cannot change the config', () => {
    const [, home] = evaluate(config, atHome).nextSteps;
    expect(home).toEqual(config.nextSteps['care-manager'][1]);
    home!.showIf!.anyOf.push('in-hospital');
    expect(config.nextSteps['care-manager'][1]!.showIf!.anyOf).toEqual(['at-home']);
  });
});

describe('validating next-step conditions and new texts', () => {
  const paths = (override: unknown) => validateConfig(mergeConfig(en, override)).map((e) => `${e.path}: ${e.message}`);

  it('accepts a condition on a real question and option', () => {
    expect(paths({ nextSteps: { unsure: [{ id: 'x', text: 'X', showIf: { question: 'duration', anyOf: ['long-term'] } }] } })).toEqual([]);
  });

  it('names a condition on an unknown question, an unknown option, or of the wrong shape', () => {
    const at = en.nextSteps.unsure.length;
    expect(paths({ nextSteps: { unsure: [{ id: 'x', text: 'X', showIf: { question: 'nope', anyOf: ['a'] } }] } })).toEqual([
      `nextSteps.unsure[${at}].showIf.question: must name a question, got "nope"`,
    ]);
    expect(paths({ nextSteps: { unsure: [{ id: 'x', text: 'X', showIf: { question: 'duration', anyOf: ['forever'] } }] } })).toEqual([
      `nextSteps.unsure[${at}].showIf.anyOf[0]: unknown option id "forever"`,
    ]);
    expect(paths({ nextSteps: { unsure: [{ id: 'x', text: 'X', showIf: 'duration' }] } })).toEqual([
      `nextSteps.unsure[${at}].showIf: must be an object`,
    ]);
  });

  it('checks whoPays as a text, and a table row that shows it needs it in both columns', () => {
    expect(paths({ professions: { careManager: { whoPays: '' } } })).toEqual([
      'professions.careManager.whoPays: must be a non-empty string',
    ]);
    const config = structuredClone(en);
    config.table.rows = [
      ...config.table.rows.filter((row) => row.field !== 'whoPays'),
      { id: 'who-pays', label: 'Who pays?', field: 'whoPays' },
    ];
    config.professions.caseManager.whoPays = 'Ask.';
    delete config.professions.careManager.whoPays;
    expect(validateConfig(config)).toEqual([
      { path: `table.rows[${config.table.rows.length - 1}].field`, message: 'shows whoPays, which professions.careManager does not have' },
    ]);
    // Without the row, a config may leave whoPays out, as configs written before it did.
    config.table.rows.pop();
    delete config.professions.caseManager.whoPays;
    expect(validateConfig(config)).toEqual([]);
  });

  it('checks both association links', () => {
    expect(paths({ professions: { caseManager: { associationHref: 'javascript:alert(1)' } } })[0]).toMatch(
      /^professions\.caseManager\.associationHref: /,
    );
  });
});

describe('the default next steps read right for every answer set', () => {
  const ALCA = 'https://www.aginglifecare.org';
  const ELDERCARE = 'https://eldercare.acl.gov';
  const words = {
    en: {
      hospital: /leaves the hospital|after the hospital|before discharge/i,
      home: /at home/i,
      trip: /the trip/i,
      caseManager: /case manager/i,
      planner: /case manager or discharge planner/i,
      aging: /Area Agency on Aging/,
      disability: /Aging and Disability Resource Center/,
      findHomeHelp: /regular help at home/i,
    },
    es: {
      hospital: /salga del hospital|después del alta/i,
      home: /en casa/i,
      trip: /el viaje/i,
      caseManager: /administrador de casos/i,
      planner: /administrador de casos o (al|el) planificador del alta/i,
      aging: /Area Agency on Aging/,
      disability: /Aging and Disability Resource Center/,
      findHomeHelp: /ayuda periódica en casa/i,
    },
  } as const;

  /** What reads wrong in the steps given for `answers`; empty when they all fit. */
  function problemsOf(lang: 'en' | 'es', answers: Answers): string[] {
    const config = defaultConfigs[lang]!;
    const w = words[lang];
    const problems: string[] = [];
    const result = evaluate(config, answers);
    const steps = result.nextSteps;
    const texts = steps.map((s) => s.text).join(' ');
    const say = (problem: string) => problems.push(`${problem} (${result.recommendation}: ${JSON.stringify(answers)})`);
    // Exactly the steps of the outcome whose condition names an answer that was given.
    const expected = config.nextSteps[result.recommendation].filter(
      (s) => !s.showIf || (answers[s.showIf.question] ?? []).some((id) => s.showIf!.anyOf.includes(id)),
    );
    if (steps.map((s) => s.id).join() !== expected.map((s) => s.id).join()) say('conditions not respected');
    const place = answers.situation![0]!;
    const afterwards = answers['after-discharge']?.[0];
    if (!['in-hospital', 'leaving-hospital'].includes(place) && w.hospital.test(texts))
      say('a hospital step for someone not in the hospital');
    if (afterwards === 'recovery-only' && w.home.test(texts)) say('help at home for someone who wants just a plan to recover');
    if (place !== 'travelling' && w.trip.test(texts)) say('a trip for someone not traveling');
    if (steps.length < 2) say('fewer than two steps');
    const toCaseManager = steps.some((s) => !s.href && w.caseManager.test(s.text));
    const toCareManager = steps.some((s) => s.href === ALCA && s.public);
    const toPublicService = steps.some((s) => s.href === ELDERCARE && s.public);
    if (['case-manager', 'both', 'unsure'].includes(result.recommendation) && !toCaseManager) say('no way to a case manager');
    if (['care-manager', 'both', 'unsure'].includes(result.recommendation) && !toCareManager) say('no way to a care manager');
    // #21.1: four things every outcome gives, whatever the fit.
    if (!toPublicService) say('no neutral public service');
    const publicText = steps.find((s) => s.href === ELDERCARE && s.public)?.text ?? '';
    if (!w.aging.test(publicText) || !w.disability.test(publicText))
      say('the public route names neither the Area Agency on Aging nor the ADRC');
    if (['in-hospital', 'leaving-hospital'].includes(place) && !w.planner.test(texts)) say('no hospital case manager or discharge planner');
    if (place === 'travelling' && !w.trip.test(texts)) say('no step about the trip');
    if (afterwards === 'ongoing-at-home' && !w.findHomeHelp.test(texts)) say('no step about finding regular help at home');
    if (result.recommendation === 'case-manager' && toCareManager) say('a care manager directory for a case-manager fit');
    return problems;
  }

  for (const lang of ['en', 'es'] as const) {
    it(`${lang}: conditions hold exactly, and no step contradicts an answer, for every answer set with one or two needs`, () => {
      const problems = new Set<string>();
      // A pattern: the outcome, the rule broken and the answers the rules look at.
      const patterns = new Set<string>();
      let count = 0;
      let broken = 0;
      for (const answers of everyAnswerSet(defaultConfigs[lang]!)) {
        count++;
        const found = problemsOf(lang, answers);
        if (found.length) broken++;
        for (const problem of found) {
          problems.add(problem);
          const rule = problem.slice(0, problem.indexOf(' ('));
          const outcome = evaluate(defaultConfigs[lang]!, answers).recommendation;
          patterns.add([rule, outcome, answers.situation, answers['after-discharge'], answers['for-whom']].join('|'));
        }
      }
      console.log(`${lang}: ${count} answer sets checked, ${broken} break a rule, ${patterns.size} patterns`);
      expect(count).toBeGreaterThan(50_000);
      expect([...problems].slice(0, 10)).toEqual([]);
    }, 60_000);

    it(`${lang}: the same holds with any number of needs ticked`, () => {
      fc.assert(
        fc.property(quizAnswers(defaultConfigs[lang]!, 12), (answers) => {
          expect(problemsOf(lang, answers)).toEqual([]);
        }),
        { numRuns: 3000 },
      );
    });
  }
});
