import { describe, expect, it } from 'vitest';
import { defaultConfigs, evaluate, mergeConfig, validateConfig, type CareChoiceConfig } from '../../src/engine/index.js';

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
    expect(paths({ nextSteps: { unsure: [{ id: 'x', text: 'X', showIf: 'duration' }] } })).toEqual([`nextSteps.unsure[${at}].showIf: must be an object`]);
  });

  it('checks whoPays as a text, and a table row that shows it needs it in both columns', () => {
    expect(paths({ professions: { careManager: { whoPays: '' } } })).toEqual(['professions.careManager.whoPays: must be a non-empty string']);
    const config = structuredClone(en);
    config.table.rows = [...config.table.rows.filter((row) => row.field !== 'whoPays'), { id: 'who-pays', label: 'Who pays?', field: 'whoPays' }];
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
    expect(paths({ professions: { caseManager: { associationHref: 'javascript:alert(1)' } } })[0]).toMatch(/^professions\.caseManager\.associationHref: /);
  });
});
