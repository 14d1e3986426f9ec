import '../../src/lang/es.js';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createStore, defaultConfigs, type CareChoiceConfig } from '../../src/engine/index.js';
import { dischargeThenHome, hospitalRecovery, mixedSignals, parentAtHome } from '../fixtures/answers.js';

// #25.5: the progress ("Question 2 of 7") must never jump: going on, the step goes up by one and
// the total never grows; choosing on a screen does not change it (but on the last question shown,
// where the choice itself can bring in one more question); it ends at "N of N".

/** Walks a quiz with `pick` choosing each answer; returns "step of total" for every screen. */
function walk(config: CareChoiceConfig, pick: (questionId: string, optionIds: string[], multiple: boolean) => string[]) {
  const store = createStore(config);
  const seen: string[] = [];
  for (let guard = 0; guard < 50 && !store.getState().finished; guard++) {
    const before = store.getState();
    const question = before.visible[before.step]!;
    store.answer(
      question.id,
      pick(
        question.id,
        question.options.map((o) => o.id),
        !!question.multiple,
      ),
    );
    const after = store.getState();
    const lastShown = after.step === after.visible.length - 1 || before.step === before.visible.length - 1;
    if (!lastShown) expect(after.total, `choosing on "${question.id}" keeps the total`).toBe(before.total);
    seen.push(`${after.step + 1} of ${after.total}`);
    store.next();
  }
  expect(store.getState().finished).toBe(true);
  return seen;
}

/** Steps go 1, 2, 3...; totals never grow; the last screen is "N of N". */
function expectSteady(seen: string[]) {
  const pairs = seen.map((text) => text.split(' of ').map(Number) as [number, number]);
  pairs.forEach(([step, total], i) => {
    expect(step, seen.join(', ')).toBe(i + 1);
    expect(step).toBeLessThanOrEqual(total);
    if (i) expect(total, seen.join(', ')).toBeLessThanOrEqual(pairs[i - 1]![1]);
  });
  const [step, total] = pairs.at(-1)!;
  expect(step, seen.join(', ')).toBe(total);
}

const en = defaultConfigs.en!;
const byFixture = (answers: Record<string, string[]>) => (id: string) => answers[id]!;

describe('progress count', () => {
  it('the real paths: the count never jumps up', () => {
    // Before: "1 of 6", then "2 of 7" on the hospital paths.
    expect(walk(en, byFixture(hospitalRecovery))).toEqual(['1 of 7', '2 of 7', '3 of 7', '4 of 7', '5 of 7', '6 of 7', '7 of 7']);
    expect(walk(en, byFixture(dischargeThenHome))).toEqual(['1 of 7', '2 of 7', '3 of 7', '4 of 7', '5 of 7', '6 of 7', '7 of 7']);
    // At home: the hospital follow-up is ruled out once "situation" is answered.
    expect(walk(en, byFixture(parentAtHome))).toEqual(['1 of 7', '2 of 7', '3 of 6', '4 of 6', '5 of 6', '6 of 6']);
    expectSteady(walk(en, byFixture(mixedSignals)));
    expectSteady(walk(defaultConfigs.es!, byFixture(parentAtHome)));
  });

  it('any path through the quiz (random answers), including chained follow-up questions', () => {
    // A config where a follow-up has a follow-up of its own, and one hangs on the last question.
    const chained: CareChoiceConfig = {
      ...en,
      questions: [
        ...en.questions,
        {
          ...en.questions[0]!,
          id: 'follow-up-2',
          showIf: { question: 'after-discharge', anyOf: ['ongoing-at-home'] },
        },
        {
          ...en.questions[0]!,
          id: 'after-last',
          showIf: { question: 'matters-most', anyOf: ['comes-home'] },
        },
      ],
    };
    fc.assert(
      fc.property(fc.constantFrom(en, chained), fc.infiniteStream(fc.nat()), (config, stream) => {
        const numbers = stream[Symbol.iterator]();
        const next = () => numbers.next().value as number;
        expectSteady(
          walk(config, (_id, options, multiple) => {
            if (!multiple) return [options[next() % options.length]!];
            const chosen = options.filter(() => next() % 3 === 0);
            return chosen.length ? chosen : [options[0]!];
          }),
        );
      }),
      { numRuns: 300 },
    );
  });
});
