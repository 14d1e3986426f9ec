import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  createStore,
  decodeAnswers,
  defaultConfigs,
  encodeAnswers,
  evaluate,
  validateConfig,
  visibleQuestions,
  type Answers,
} from '../../src/engine/index.js';

const config = defaultConfigs.en!;
const questionIds = config.questions.map((q) => q.id);

/** Any answers, including to hidden questions and with extra or unknown picks. */
const anyAnswers: fc.Arbitrary<Answers> = fc.dictionary(
  fc.constantFrom(...questionIds, 'unknown-question'),
  fc.array(fc.constantFrom(...config.questions.flatMap((q) => q.options.map((o) => o.id)), 'unknown-option'), {
    minLength: 1,
    maxLength: 4,
  }),
);

describe('properties', () => {
  it('evaluate returns a valid, deterministic, JSON-safe result whose reasons point at answered, visible questions', () => {
    fc.assert(
      fc.property(anyAnswers, (answers) => {
        const result = evaluate(config, answers);
        expect(['case-manager', 'care-manager', 'both', 'unsure']).toContain(result.recommendation);
        expect(result.confidence).toBeGreaterThanOrEqual(0);
        expect(result.confidence).toBeLessThanOrEqual(1);
        expect(evaluate(config, answers)).toEqual(result);
        expect(JSON.parse(JSON.stringify(result))).toEqual(result);
        const visible = new Set(visibleQuestions(config, answers).map((q) => q.id));
        for (const reason of result.reasons) {
          expect(visible.has(reason.questionId)).toBe(true);
          expect(answers[reason.questionId]).toContain(reason.optionId);
        }
      }),
    );
  });

  it('encode/decode round-trips any answers to known questions', () => {
    const known = fc.dictionary(
      fc.constantFrom(...questionIds),
      fc.uniqueArray(fc.stringMatching(/^[a-z0-9-]{1,12}$/), { minLength: 1, maxLength: 4 }),
    );
    fc.assert(
      fc.property(known, (answers) => {
        expect(decodeAnswers(encodeAnswers(answers))).toEqual({ answers });
        expect(encodeAnswers(answers)).toMatch(/^[A-Za-z0-9_~.-]+$/);
      }),
    );
  });

  it('decoding garbage never throws and gives no answers with an error', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.anything()), (garbage) => {
        const decoded = decodeAnswers(garbage, config);
        if (decoded.error === undefined) expect(typeof garbage).toBe('string');
        else expect(typeof decoded.error).toBe('string');
      }),
    );
    expect(decodeAnswers('%%%')).toEqual({ answers: {}, error: 'unknown answers format "%%%"' });
    expect(decodeAnswers('1_situation')).toMatchObject({ answers: {} });
  });

  it('validateConfig never throws on any JSON value', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        expect(Array.isArray(validateConfig(value))).toBe(true);
      }),
    );
  });

  it('the store never gets stuck: a visible question or the result is always shown', () => {
    const action = fc.oneof(
      fc.record({ kind: fc.constant('answer' as const), pick: fc.nat(10), many: fc.boolean() }),
      fc.constant({ kind: 'next' as const }),
      fc.constant({ kind: 'back' as const }),
      fc.constant({ kind: 'reset' as const }),
    );
    fc.assert(
      fc.property(fc.array(action, { maxLength: 40 }), (actions) => {
        const store = createStore(config);
        for (const a of actions) {
          const { visible, step } = store.getState();
          const question = visible[step];
          if (a.kind === 'answer' && question) {
            const options = question.options.map((o) => o.id);
            store.answer(question.id, a.many ? options.slice(0, (a.pick % options.length) + 1) : [options[a.pick % options.length]!]);
          } else if (a.kind === 'next') store.next();
          else if (a.kind === 'back') store.back();
          else if (a.kind === 'reset') store.reset();
          const state = store.getState();
          if (state.finished) expect(state.step).toBe(state.visible.length);
          else expect(state.visible[state.step]).toBeDefined();
          if (state.finished) expect(state.result).toEqual(evaluate(config, state.answers));
        }
      }),
    );
  });
});
