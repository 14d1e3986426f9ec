import '../../src/lang/es.js';
import { describe, expect, it } from 'vitest';
import { defaultConfigs, evaluate, visibleQuestions } from '../../src/engine/index.js';
import { vignettes } from '../fixtures/vignettes.js';

describe('vignettes from the article', () => {
  it('are at least twelve, with unique names, and cover every outcome', () => {
    expect(vignettes.length).toBeGreaterThanOrEqual(12);
    expect(new Set(vignettes.map((v) => v.name)).size).toBe(vignettes.length);
    expect(new Set(vignettes.map((v) => v.expected))).toEqual(new Set(['case-manager', 'care-manager', 'both', 'unsure']));
  });

  for (const { name, answers, expected } of vignettes) {
    describe(name, () => {
      it('answers exactly the questions the quiz shows, with options it offers', () => {
        const config = defaultConfigs.en!;
        const shown = visibleQuestions(config, answers);
        expect(Object.keys(answers).sort()).toEqual(shown.map((q) => q.id).sort());
        for (const question of shown) {
          const picked = answers[question.id]!;
          expect(picked.length, question.id).toBeGreaterThanOrEqual(1);
          if (!question.multiple) expect(picked, question.id).toHaveLength(1);
          for (const id of picked)
            expect(
              question.options.map((o) => o.id),
              question.id,
            ).toContain(id);
        }
      });

      it(`is "${expected}" in English and in Spanish`, () => {
        const en = evaluate(defaultConfigs.en!, answers);
        const es = evaluate(defaultConfigs.es!, answers);
        expect(en.recommendation).toBe(expected);
        expect(es.recommendation).toBe(expected);
        expect(en.answeredCount).toBe(en.visibleCount);
      });
    });
  }
});
