import { describe, expect, it } from 'vitest';
import { defaultConfigs, evaluate, visibleQuestions, type Answers } from '../../src/engine/index.js';
import { dischargeThenHome, hospitalRecovery, mixedSignals, parentAtHome } from '../fixtures/answers.js';

const config = defaultConfigs.en!;

describe('evaluate', () => {
  it.each([
    [
      'in hospital, recovery only',
      hospitalRecovery,
      'case-manager',
      ['situation:in-hospital', 'works-for:facility', 'matters-most:help-in-hospital'],
    ],
    ['parent at home, long term', parentAtHome, 'care-manager', ['situation:at-home', 'works-for:family', 'needs:home-visits']],
    ['leaving hospital, then help at home', dischargeThenHome, 'both', ['situation:leaving-hospital', 'after-discharge:ongoing-at-home']],
    ['mixed, weak signals', mixedSignals, 'unsure', []],
  ] as const)('%s → %s', (_name, answers, expected, mustCite) => {
    const result = evaluate(config, answers);
    expect(result.recommendation).toBe(expected);
    const cited = result.reasons.map((r) => `${r.questionId}:${r.optionId}`);
    for (const reason of mustCite) expect(cited).toContain(reason);
  });

  it('gives each reason the question, the chosen answer and the traced sentence', () => {
    const [first] = evaluate(config, parentAtHome).reasons.filter((r) => r.questionId === 'situation');
    expect(first).toEqual({
      questionId: 'situation',
      optionId: 'at-home',
      question: 'Where is the person who needs care right now?',
      answer: 'At home',
      text: 'Care managers usually work with patients in their homes.',
      leansTo: 'care-manager',
    });
  });

  it('is unsure with too few answers, however one-sided', () => {
    const result = evaluate(config, { situation: ['in-hospital'], 'matters-most': ['help-in-hospital'] });
    expect(result.recommendation).toBe('unsure');
    expect(result.strength).toBe('weak');
  });

  it('is strong when everything points one way and every question is answered', () => {
    const result = evaluate(config, hospitalRecovery);
    expect(result.strength).toBe('strong');
    expect(result.confidence).toBeGreaterThan(0.66);
    expect(result.scores).toEqual({ caseManager: 17, careManager: 0 });
  });

  it('offers next steps for the recommendation, with a public route for a care manager', () => {
    const steps = evaluate(config, parentAtHome).nextSteps;
    expect(steps.some((s) => s.public && s.href?.startsWith('https://'))).toBe(true);
    expect(evaluate(config, hospitalRecovery).nextSteps[0]!.text).toMatch(
      /leaves the hospital, ask to talk with the hospital’s case manager or discharge planner/i,
    );
  });
});

describe('branching', () => {
  it('shows the after-discharge question only for hospital situations', () => {
    const ids = (answers: Answers) => visibleQuestions(config, answers).map((q) => q.id);
    expect(ids({ situation: ['at-home'] })).not.toContain('after-discharge');
    expect(ids({ situation: ['in-hospital'] })).toContain('after-discharge');
    expect(ids({})).not.toContain('after-discharge');
  });

  it('ignores the answer to a question that branching hid', () => {
    const hidden = { ...parentAtHome, 'after-discharge': ['recovery-only'] };
    const result = evaluate(config, hidden);
    expect(result).toEqual(evaluate(config, parentAtHome));
    expect(result.reasons.some((r) => r.questionId === 'after-discharge')).toBe(false);
  });

  it('ignores unknown questions, unknown options and extra picks on a single-choice question', () => {
    const noisy = { ...parentAtHome, nonsense: ['x'], situation: ['at-home', 'in-hospital'], duration: ['forever'] };
    const result = evaluate(config, noisy);
    expect(result.reasons.filter((r) => r.questionId === 'situation')).toHaveLength(1);
    expect(result.reasons.some((r) => r.questionId === 'duration')).toBe(false);
  });
});
