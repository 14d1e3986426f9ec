import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { defaultConfigs, validateConfig, type CareChoiceConfig } from '../../src/engine/index.js';

const en = defaultConfigs.en!;
const es = defaultConfigs.es!;

/** Every user-facing string of a config, by a stable path. */
function texts(config: CareChoiceConfig): Map<string, string> {
  const out = new Map<string, string>();
  for (const q of config.questions) {
    out.set(`q.${q.id}.text`, q.text);
    if (q.help) out.set(`q.${q.id}.help`, q.help);
    for (const o of q.options) {
      out.set(`q.${q.id}.${o.id}.label`, o.label);
      out.set(`q.${q.id}.${o.id}.reason`, o.reason);
    }
  }
  for (const [key, p] of Object.entries(config.professions)) {
    for (const [field, value] of Object.entries(p)) {
      if (field === 'associationHref') continue;
      (Array.isArray(value) ? value : [value]).forEach((v, i) => out.set(`p.${key}.${field}.${i}`, String(v)));
    }
  }
  for (const r of config.table.rows) out.set(`row.${r.id}`, r.label);
  for (const [key, r] of Object.entries(config.results)) out.set(`result.${key}`, r.title + r.summary);
  for (const [key, steps] of Object.entries(config.nextSteps)) for (const s of steps) out.set(`step.${key}.${s.id}`, s.text);
  for (const [key, s] of Object.entries(config.strings)) out.set(`s.${key}`, s);
  return out;
}

describe('built-in content', () => {
  it('is valid in both languages', () => {
    expect(validateConfig(en)).toEqual([]);
    expect(validateConfig(es)).toEqual([]);
  });

  it('Spanish translates every English text, with the same questions, options and weights', () => {
    const english = texts(en);
    const spanish = texts(es);
    expect([...spanish.keys()].sort()).toEqual([...english.keys()].sort());
    const untranslated = [...english].filter(([key, text]) => spanish.get(key) === text).map(([key]) => key);
    expect(untranslated).toEqual([]);
    expect(es.questions.map((q) => q.options.map((o) => [o.id, o.weights]))).toEqual(en.questions.map((q) => q.options.map((o) => [o.id, o.weights])));
  });

  it('keeps the fixed Spanish button names of the spec', () => {
    expect([es.strings['quiz.back'], es.strings['quiz.next'], es.strings['quiz.finish'], es.strings['quiz.restart']]).toEqual([
      'Atrás',
      'Siguiente',
      'Ver mi resultado',
      'Empezar de nuevo',
    ]);
  });

  it('has every interface string the elements ask for', () => {
    const used = new Set<string>();
    const walk = (dir: string): string[] =>
      readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? walk(`${dir}/${e.name}`) : [`${dir}/${e.name}`]));
    for (const file of walk('src').filter((f) => /src\/(elements|shared)\/.*\.ts$/.test(f))) {
      for (const m of readFileSync(file, 'utf8').matchAll(/this\.t\(\s*'([a-z.-]+)'/g)) used.add(m[1]!);
    }
    expect(used.size).toBeGreaterThan(20);
    for (const key of used) {
      expect(en.strings[key], `en ${key}`).toBeTypeOf('string');
      expect(es.strings[key], `es ${key}`).toBeTypeOf('string');
    }
  });

  it('is plain language: short sentences in the English questions and answers', () => {
    for (const q of en.questions) {
      expect(q.text.split(' ').length, q.text).toBeLessThanOrEqual(12);
      for (const o of q.options) expect(o.label.split(' ').length, o.label).toBeLessThanOrEqual(10);
    }
  });
});
