import '../../src/lang/es.js';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  defaultConfigs,
  evaluate,
  RECOMMENDATIONS,
  type Answers,
  type CareChoiceConfig,
  type EvaluationResult,
  type Recommendation,
} from '../../src/engine/index.js';
import { quizAnswers } from '../fixtures/quiz-answers.js';

const LANGS = ['en', 'es'] as const;
/** 20,000 answer sets: one standard error of a share is at most 0.35 percentage points. */
const RUNS = 20_000;
/**
 * A fixed seed: "both" sits about 2 standard errors under its 30% limit, so an unseeded sample failed
 * about one run in fifty for nothing. BALANCE_SEED=<n> draws another sample to explore.
 */
const seed = Number(process.env.BALANCE_SEED ?? 20_261_205);

/** What must not depend on the language: everything but the words. */
const outcome = (r: EvaluationResult) => ({
  recommendation: r.recommendation,
  scores: r.scores,
  confidence: r.confidence,
  strength: r.strength,
  reasons: r.reasons.map((x) => `${x.questionId}:${x.optionId}:${x.leansTo}`),
  nextSteps: r.nextSteps.map((x) => x.id),
});

/** Outcome shares over a sample of what the quiz shows in `config`, each set also evaluated in `other`. */
function shares(config: CareChoiceConfig, maxTicks: number, other: CareChoiceConfig): Record<Recommendation, number> {
  const counts = Object.fromEntries(RECOMMENDATIONS.map((r) => [r, 0])) as Record<Recommendation, number>;
  const differ: Answers[] = [];
  const sample: Answers[] = fc.sample(quizAnswers(config, maxTicks), { numRuns: RUNS, seed });
  for (const answers of sample) {
    const here = evaluate(config, answers);
    // The same answers give the same outcome in the other language.
    if (JSON.stringify(outcome(here)) !== JSON.stringify(outcome(evaluate(other, answers)))) differ.push(answers);
    counts[here.recommendation]++;
  }
  expect(differ.slice(0, 3)).toEqual([]);
  return Object.fromEntries(RECOMMENDATIONS.map((r) => [r, counts[r] / RUNS])) as Record<Recommendation, number>;
}

const show = (s: Record<Recommendation, number>) => RECOMMENDATIONS.map((r) => `${r} ${(s[r] * 100).toFixed(1)}%`).join(', ');

describe('a balanced instrument', () => {
  for (const lang of LANGS) {
    it(`${lang}: answers picked at random as the quiz shows them give each profession at least 20%, both at most 30%, not sure at most 15%, the same outcome as in the other language`, () => {
      const config = defaultConfigs[lang]!;
      const measured = shares(config, 3, defaultConfigs[lang === 'en' ? 'es' : 'en']!);
      console.log(`${lang}, ${RUNS} answer sets (seed ${seed}), one to three needs ticked: ${show(measured)}`);
      expect(measured['case-manager']).toBeGreaterThanOrEqual(0.2);
      expect(measured['care-manager']).toBeGreaterThanOrEqual(0.2);
      expect(measured.both).toBeLessThanOrEqual(0.3);
      expect(measured.unsure).toBeLessThanOrEqual(0.15);
    }, 60_000);
  }

  it('the outcome for the same answers is identical in English and Spanish, however many boxes are ticked', () => {
    fc.assert(
      fc.property(quizAnswers(defaultConfigs.es!, 12), (answers) => {
        expect(outcome(evaluate(defaultConfigs.es!, answers))).toEqual(outcome(evaluate(defaultConfigs.en!, answers)));
      }),
      { numRuns: 5000 },
    );
  });

  it('ticking more boxes does not starve either profession', () => {
    // Before the needs question was balanced, a case manager was never the fit with eight boxes ticked.
    const measured = shares(defaultConfigs.en!, 12, defaultConfigs.es!);
    console.log(`en, ${RUNS} answer sets, one to twelve needs ticked: ${show(measured)}`);
    expect(measured['case-manager']).toBeGreaterThanOrEqual(0.2);
    expect(measured['care-manager']).toBeGreaterThanOrEqual(0.2);
  }, 60_000);
});
