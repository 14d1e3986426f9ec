import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import * as engine from '../../src/engine/public.js';

describe('the public API', () => {
  it('care-choice/engine exports exactly the documented names', () => {
    expect(Object.keys(engine).sort()).toEqual(
      [
        'ID_PATTERN',
        'LINK_PROTOCOLS',
        'PROFESSION_KEYS',
        'RECOMMENDATIONS',
        'createStore',
        'defaultConfigFor',
        'defaultConfigs',
        'effectiveAnswers',
        'evaluate',
        'linkProblem',
        'mergeConfig',
        'registerLanguage',
        'resolveConfig',
        'validateConfig',
        'visibleQuestions',
      ].sort(),
    );
  });

  it('the main entry names what it exports (no engine internals through export *)', () => {
    const source = readFileSync('src/index.ts', 'utf8');
    const starred = [...source.matchAll(/export \* from '([^']+)'/g)].map((m) => m[1]);
    expect(starred).toEqual(['./engine/public.js']);
  });

  it('defaultConfigs cannot be changed by a page, only copied', () => {
    const { defaultConfigs } = engine;
    const text = defaultConfigs.en!.questions[0]!.text;
    expect(() => {
      (defaultConfigs as Record<string, unknown>).en = {};
    }).toThrow(TypeError);
    expect(() => {
      (defaultConfigs as Record<string, unknown>).fr = {};
    }).toThrow(TypeError);
    expect(() => {
      (defaultConfigs.en!.questions[0] as { text: string }).text = 'changed';
    }).toThrow(TypeError);
    expect(() => defaultConfigs.en!.questions.push(defaultConfigs.en!.questions[0]!)).toThrow(TypeError);
    expect(defaultConfigs.en!.questions[0]!.text).toBe(text);
    expect(engine.evaluate(defaultConfigs.en!, {}).recommendation).toBe('unsure');

    const copy = structuredClone(defaultConfigs.en!);
    copy.questions[0]!.text = 'Our own wording';
    expect(engine.validateConfig(copy)).toEqual([]);
    expect(
      engine.resolveConfig(defaultConfigs.en!, { questions: [{ id: copy.questions[0]!.id, text: copy.questions[0]!.text }] }).config
        .questions[0]!.text,
    ).toBe('Our own wording');
  });
});
