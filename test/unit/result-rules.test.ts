import '../../src/lang/es.js';
import { describe, expect, it } from 'vitest';
import { defaultConfigs, evaluate, type Answers, type CareChoiceConfig } from '../../src/engine/index.js';
import { everyAnswerSet } from '../fixtures/answer-sets.js';

/** The side the "what matters most" answer points to, or null when it points to neither or both. */
function valuesSide(config: CareChoiceConfig, answers: Answers): 'case-manager' | 'care-manager' | null {
  const question = config.questions.find((q) => q.values);
  const option = question?.options.find((o) => answers[question.id]?.includes(o.id));
  if (!option) return null;
  const { caseManager, careManager } = option.weights;
  if (caseManager > careManager) return 'case-manager';
  if (careManager > caseManager) return 'care-manager';
  return null;
}

describe('what matters most is never silently overruled (#21.4)', () => {
  it('over every answer set, a result against the values answer is never strong and says so', () => {
    const config = defaultConfigs.en!;
    let count = 0;
    let against = 0;
    let strongAgainst = 0;
    let unsaid = 0;
    for (const answers of everyAnswerSet(config)) {
      count++;
      const result = evaluate(config, answers);
      const side = valuesSide(config, answers);
      const isAgainst =
        !!side && (result.recommendation === 'case-manager' || result.recommendation === 'care-manager') && result.recommendation !== side;
      if (!isAgainst) continue;
      against++;
      if (result.strength === 'strong') strongAgainst++;
      if (result.values?.leansTo !== side) unsaid++;
    }
    console.log(
      `${count} answer sets: ${against} (${((against / count) * 100).toFixed(1)}%) against the values answer, ${strongAgainst} of them strong`,
    );
    expect(strongAgainst).toBe(0);
    expect(unsaid).toBe(0);
  }, 60_000);

  it('carries the values answer only when the result goes against it', () => {
    const config = defaultConfigs.en!;
    const against = evaluate(config, {
      'for-whom': ['myself'],
      situation: ['in-hospital'],
      'after-discharge': ['recovery-only'],
      'works-for': ['facility'],
      needs: ['recovery-plan'],
      duration: ['until-recovered'],
      'matters-most': ['comes-home'],
    });
    expect(against.recommendation).toBe('case-manager');
    expect(against.values).toEqual({
      questionId: 'matters-most',
      optionId: 'comes-home',
      answer: 'Someone who comes to our home',
      leansTo: 'care-manager',
    });
    expect(against.strength).not.toBe('strong');
    const agrees = evaluate(config, {
      situation: ['at-home'],
      'works-for': ['family'],
      duration: ['long-term'],
      'matters-most': ['comes-home'],
    });
    expect(agrees.recommendation).toBe('care-manager');
    expect(agrees.values).toBeUndefined();
  });
});

describe('in the hospital now, regular help at home for a long time later (#21.2)', () => {
  const base = {
    'for-whom': ['myself'],
    situation: ['in-hospital'],
    'after-discharge': ['ongoing-at-home'],
    'works-for': ['facility'],
    needs: ['recovery-plan', 'care-team'],
    duration: ['long-term'],
    'matters-most': ['help-in-hospital'],
  };

  for (const lang of ['en', 'es'] as const) {
    it(`${lang}: is "both", however strongly the other answers lean, with the hospital and the home help in the steps`, () => {
      const config = defaultConfigs[lang]!;
      // These answers alone lean 12 to 5 toward a case manager.
      const result = evaluate(config, base);
      expect(result.scores.caseManager).toBeGreaterThan(result.scores.careManager * 2);
      expect(result.recommendation).toBe('both');
      expect(result.strength).not.toBe('strong');
      expect(result.nextSteps.map((s) => s.id)).toEqual(['ask-hospital', 'find-alca-home', 'bring-questions', 'eldercare']);
      for (const situation of ['in-hospital', 'leaving-hospital'])
        for (const needs of [['home-visits'], ['costs', 'emotional'], ['insurance', 'rights']])
          for (const worksFor of ['facility', 'family'])
            expect(evaluate(config, { ...base, situation: [situation], needs, 'works-for': [worksFor] }).recommendation).toBe('both');
    });
  }

  it('only when all three hold: help for recovery only, or not for long, is scored as usual', () => {
    const config = defaultConfigs.en!;
    expect(evaluate(config, { ...base, duration: ['until-recovered'] }).recommendation).toBe('case-manager');
    expect(evaluate(config, { ...base, 'after-discharge': ['recovery-only'] }).recommendation).toBe('case-manager');
  });

  it('still needs enough answers for any result', () => {
    const config = defaultConfigs.en!;
    expect(evaluate(config, { situation: ['in-hospital'], 'after-discharge': ['ongoing-at-home'] }).recommendation).toBe('unsure');
  });
});
