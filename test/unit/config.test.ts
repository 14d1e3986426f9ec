import { describe, expect, it } from 'vitest';
import { defaultConfigs, defaultConfigFor, evaluate, mergeConfig, resolveConfig, validateConfig } from '../../src/engine/index.js';
import { parentAtHome } from '../fixtures/answers.js';

const defaults = defaultConfigs.en!;
const paths = (input: unknown) => validateConfig(input).map((e) => e.path);

describe('validateConfig', () => {
  it('accepts the default config', () => {
    expect(validateConfig(defaults)).toEqual([]);
  });

  it.each([null, 'config', 42, [], true, undefined])('names the whole config when it is %j', (value) => {
    const [error] = validateConfig(value);
    expect(error!.path).toBe('config');
    expect(error!.message).toMatch(/must be an object/);
  });

  it('names a non-finite weight by its full path', () => {
    const bad = mergeConfig(defaults, { questions: [{ id: 'situation', options: [{ id: 'at-home', weights: { careManager: 'lots' } }] }] });
    expect(validateConfig(bad)).toContainEqual({
      path: 'questions[1].options[3].weights.careManager',
      message: 'must be a finite number',
    });
    const infinite = structuredClone(defaults) as { questions: { options: { weights: { caseManager: number } }[] }[] };
    infinite.questions[0]!.options[0]!.weights.caseManager = Infinity;
    expect(paths(infinite)).toContain('questions[0].options[0].weights.caseManager');
  });

  it('names bad types, duplicate ids, empty options and unknown showIf ids', () => {
    const bad = structuredClone(defaults) as unknown as { questions: Record<string, unknown>[] };
    bad.questions[0]!.text = 7;
    bad.questions[1]!.id = 'for-whom';
    bad.questions[3]!.options = [];
    bad.questions[2]!.showIf = { question: 'nope', anyOf: ['x'] };
    const errors = validateConfig(bad);
    expect(errors).toContainEqual({ path: 'questions[0].text', message: 'must be a non-empty string' });
    expect(errors).toContainEqual({ path: 'questions[1].id', message: 'duplicate question id "for-whom"' });
    expect(errors).toContainEqual({ path: 'questions[3].options', message: 'must have at least two options' });
    expect(errors.map((e) => e.path)).toContain('questions[2].showIf.question');
  });

  it('rejects links that are not http(s), mailto or tel', () => {
    const bad = mergeConfig(defaults, { sources: [{ title: 'x', href: 'javascript:alert(1)' }] });
    expect(paths(bad)).toContain('sources[0].href');
  });

  it('never throws on odd JSON', () => {
    for (const value of [
      { questions: 'x' },
      { questions: [null, 1, 'a'] },
      { professions: [] },
      { results: { both: 1 } },
      { strings: { a: 1 } },
    ]) {
      expect(() => validateConfig(value)).not.toThrow();
      expect(validateConfig(value).length).toBeGreaterThan(0);
    }
  });
});

describe('mergeConfig', () => {
  it('replaces a question text, adds an option and changes weights, leaving the inputs untouched', () => {
    const before = JSON.stringify(defaults);
    const override = {
      questions: [
        { id: 'for-whom', text: 'Who is the care for?' },
        {
          id: 'situation',
          options: [
            { id: 'nursing-home', label: 'In a nursing home', weights: { caseManager: 1, careManager: 1 }, reason: 'Either can help.' },
          ],
        },
        { id: 'works-for', options: [{ id: 'family', weights: { caseManager: 0, careManager: 5 } }] },
      ],
      results: { 'care-manager': { title: 'Our care managers can help' } },
    };
    const overrideBefore = JSON.stringify(override);
    const merged = mergeConfig(defaults, override);
    expect(JSON.stringify(defaults)).toBe(before);
    expect(JSON.stringify(override)).toBe(overrideBefore);
    expect(merged.questions[0]!.text).toBe('Who is the care for?');
    expect(merged.questions[0]!.options).toEqual(defaults.questions[0]!.options);
    expect(merged.questions[1]!.options.at(-1)!.id).toBe('nursing-home');
    const family = merged.questions.find((q) => q.id === 'works-for')!.options.find((o) => o.id === 'family')!;
    expect(family.weights).toEqual({ caseManager: 0, careManager: 5 });
    expect(family.label).toBe('Our family, directly');
    expect(merged.results['care-manager']).toEqual({
      title: 'Our care managers can help',
      weakTitle: defaults.results['care-manager'].weakTitle,
      summary: defaults.results['care-manager'].summary,
    });
    expect(validateConfig(merged)).toEqual([]);
  });

  it('ignores prototype keys', () => {
    const merged = mergeConfig(defaults, JSON.parse('{"__proto__": {"polluted": true}}'));
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect((merged as unknown as Record<string, unknown>).polluted).toBeUndefined();
  });
});

describe('resolveConfig', () => {
  it('keeps the defaults working when an override is invalid, and says why', () => {
    const { config, errors } = resolveConfig(defaults, {
      questions: [{ id: 'needs', options: [{ id: 'costs', weights: { caseManager: NaN } }] }],
    });
    expect(config).toBe(defaults);
    expect(errors.map((e) => e.path)).toEqual(['questions[4].options[5].weights.caseManager']);
    expect(evaluate(config, parentAtHome).recommendation).toBe('care-manager');
  });

  it('reports a string or array override', () => {
    expect(resolveConfig(defaults, 'x').errors[0]!.path).toBe('config');
    expect(resolveConfig(defaults, []).errors[0]!.message).toMatch(/array/);
  });
});

describe('defaultConfigFor', () => {
  it('falls back from a region to its language, and to English with a flag', () => {
    expect(defaultConfigFor('en-GB')).toEqual({ config: defaults, matched: true });
    expect(defaultConfigFor('xx')).toEqual({ config: defaults, matched: false });
    expect(defaultConfigFor('')).toEqual({ config: defaults, matched: true });
  });
});

describe('resolveConfig with unknown ids', () => {
  it('names an unknown question id as such', () => {
    const { config, errors } = resolveConfig(defaults, { questions: [{ id: 'situaton', text: 'Where are you?' }] });
    expect(config).toBe(defaults);
    expect(errors[0]).toEqual({
      path: 'questions[0].id',
      message: 'unknown question id "situaton" (a new question needs text and options)',
    });
  });

  it('names a showIf that points at an unknown option', () => {
    const { errors } = resolveConfig(defaults, {
      questions: [{ id: 'after-discharge', showIf: { question: 'situation', anyOf: ['hospital'] } }],
    });
    expect(errors).toContainEqual({ path: 'questions[2].showIf.anyOf[0]', message: 'unknown option id "hospital"' });
  });
});
