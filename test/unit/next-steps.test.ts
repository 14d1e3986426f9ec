import '../../src/lang/es.js';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  defaultConfigs,
  evaluate,
  mergeConfig,
  validateConfig,
  visibleQuestions,
  type Answers,
  type CareChoiceConfig,
  type QuestionConfig,
} from '../../src/engine/index.js';
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

/** Every answer set the quiz can produce with one or two needs ticked, in quiz order. */
function* everyAnswerSet(config: CareChoiceConfig): Generator<Answers> {
  const choices = (q: QuestionConfig): string[][] => {
    const ids = q.options.map((o) => o.id);
    if (!q.multiple) return ids.map((id) => [id]);
    return [...ids.map((id) => [id]), ...ids.flatMap((a, i) => ids.slice(i + 1).map((b) => [a, b]))];
  };
  function* walk(index: number, answers: Answers): Generator<Answers> {
    const question = config.questions[index];
    if (!question) return yield { ...answers };
    if (!visibleQuestions(config, answers).some((q) => q.id === question.id)) return yield* walk(index + 1, answers);
    for (const picked of choices(question)) yield* walk(index + 1, { ...answers, [question.id]: picked });
  }
  yield* walk(0, {});
}

describe('the default next steps read right for every answer set', () => {
  const ALCA = 'https://www.aginglifecare.org';
  const ELDERCARE = 'https://eldercare.acl.gov';
  const words = {
    en: {
      hospital: /leaves the hospital|after the hospital|before discharge/i,
      home: /at home/i,
      trip: /the trip/i,
      caseManager: /case manager/i,
    },
    es: { hospital: /salga del hospital|después del alta/i, home: /en casa/i, trip: /el viaje/i, caseManager: /administrador de casos/i },
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
    if (result.recommendation === 'unsure' && !toPublicService) say('no neutral public service');
    if (result.recommendation === 'case-manager' && toCareManager) say('a care manager directory for a case-manager fit');
    return problems;
  }

  for (const lang of ['en', 'es'] as const) {
    it(`${lang}: conditions hold exactly, and no step contradicts an answer, for every answer set with one or two needs`, () => {
      const problems = new Set<string>();
      let count = 0;
      for (const answers of everyAnswerSet(defaultConfigs[lang]!)) {
        count++;
        for (const problem of problemsOf(lang, answers)) problems.add(problem);
      }
      console.log(`${lang}: ${count} answer sets checked`);
      expect(count).toBeGreaterThan(50_000);
      expect([...problems].slice(0, 10)).toEqual([]);
    });

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
