import '../../src/lang/es.js';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { defaultConfigs, evaluate, type Answers, type CareChoiceConfig, type QuestionConfig } from '../../src/engine/index.js';
import { quizAnswers } from '../fixtures/quiz-answers.js';

/** A three-question config whose options carry exactly the weights a test needs. */
function tiny(...weights: [number, number][][]): CareChoiceConfig {
  const questions: QuestionConfig[] = weights.map((options, qi) => ({
    id: `q${qi}`,
    text: `Question ${qi}`,
    options: options.map(([caseManager, careManager], oi) => ({
      id: `o${oi}`,
      label: `Option ${oi}`,
      weights: { caseManager, careManager },
      reason: 'Because.',
    })),
  }));
  return { ...defaultConfigs.en!, questions, scoring: { minAnswered: 3, minTotal: 4, bothRatio: 0.75, bothMin: 5 } };
}
const pick = (...ids: string[]): Answers => Object.fromEntries(ids.map((id, i) => [`q${i}`, [id]]));

describe('strength', () => {
  const config = tiny(
    [
      [6, 0],
      [0, 6],
      [4, 0],
    ],
    [
      [0, 6],
      [6, 0],
      [0, 4],
    ],
    [
      [2, 0],
      [0, 2],
      [0, 0],
    ],
    [
      [0, 0],
      [0, 0],
    ],
  );

  it('an exact tie with every question answered is "both", fully balanced, and never strong', () => {
    const result = evaluate(config, pick('o0', 'o0', 'o2', 'o0'));
    expect(result.scores).toEqual({ caseManager: 6, careManager: 6 });
    expect(result).toMatchObject({ recommendation: 'both', confidence: 1, strength: 'moderate' });
  });

  it('"both" is weak when the sides are not quite even, or when questions were left out', () => {
    expect(evaluate(config, pick('o0', 'o0', 'o0', 'o0'))).toMatchObject({ recommendation: 'both', confidence: 0.75, strength: 'weak' }); // 8 vs 6
    expect(evaluate(config, pick('o0', 'o0', 'o2'))).toMatchObject({ recommendation: 'both', confidence: 0.75, strength: 'weak' }); // a tie, 3 of 4 answered
  });

  it('a one-sided result is strong, moderate or weak by margin times coverage', () => {
    expect(evaluate(config, pick('o0', 'o1', 'o0', 'o0'))).toMatchObject({
      recommendation: 'case-manager',
      confidence: 1,
      strength: 'strong',
    }); // 14 vs 0
    expect(evaluate(config, pick('o0', 'o2', 'o0', 'o0'))).toMatchObject({
      recommendation: 'case-manager',
      confidence: 0.33,
      strength: 'moderate',
    }); // 8 vs 4
    expect(evaluate(config, pick('o2', 'o0', 'o2', 'o0'))).toMatchObject({
      recommendation: 'care-manager',
      confidence: 0.2,
      strength: 'weak',
    }); // 4 vs 6
    expect(evaluate(config, pick('o0', 'o1', 'o0'))).toMatchObject({
      recommendation: 'case-manager',
      confidence: 0.75,
      strength: 'strong',
    }); // 14 vs 0, 3 of 4
  });

  it('is weak with confidence 0 when unsure: too few answers, or even but too little on either side', () => {
    expect(evaluate(config, pick('o0', 'o1'))).toMatchObject({ recommendation: 'unsure', confidence: 0, strength: 'weak' });
    expect(evaluate(config, pick('o2', 'o2', 'o2', 'o0'))).toMatchObject({ recommendation: 'unsure', confidence: 0, strength: 'weak' }); // 4 vs 4
  });

  it('over real answers in both languages: a tie is never strong, "both" never strong, "unsure" always weak', () => {
    for (const lang of ['en', 'es']) {
      const real = defaultConfigs[lang]!;
      fc.assert(
        fc.property(quizAnswers(real, 12), (answers) => {
          const result = evaluate(real, answers);
          if (result.scores.caseManager === result.scores.careManager) expect(result.strength).not.toBe('strong');
          if (result.recommendation === 'both') expect(result.strength).not.toBe('strong');
          if (result.recommendation === 'unsure') expect(result).toMatchObject({ confidence: 0, strength: 'weak' });
          if (result.strength === 'strong') expect(['case-manager', 'care-manager']).toContain(result.recommendation);
        }),
        { numRuns: 2000 },
      );
    }
  });
});
