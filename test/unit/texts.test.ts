import '../../src/lang/es.js';
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
    expect(es.questions.map((q) => q.options.map((o) => [o.id, o.weights]))).toEqual(
      en.questions.map((q) => q.options.map((o) => [o.id, o.weights])),
    );
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

describe('content a family can trust', () => {
  it('English says nothing the article does not, in plain words and one (US) spelling', () => {
    const avoid = [
      /least restrictive/i,
      /outpatient/i,
      /facilit/i,
      /the source describes/i,
      /travell/i,
      /\bcarers?\b/i,
      /colour|organis|centre/i,
      /many families use a hospital case manager/i,
      /assigned to the patient/i,
      /money matters/i,
      /suggests? changes/i,
      /many work with older adults/i,
      /help planning travel/i,
      /answer a few more questions/i,
      /this person/i,
      // A decision aid shows a likely fit, never a recommendation.
      /recommend/i,
    ];
    const found = [...texts(en)].flatMap(([key, text]) => avoid.filter((re) => re.test(text)).map((re) => `${key}: ${re}`));
    expect(found).toEqual([]);
  });

  it('Spanish keeps usted and the agreed wording', () => {
    const avoid = [
      /suele cobrar/i,
      /mira a la persona entera/i,
      /quiere a alguien que/i,
      /no es un consejo/i,
      /frecuente/i,
      /después del hospital/i,
      /\btú\b|\btienes\b|\bpuedes\b/i,
    ];
    const found = [...texts(es)].flatMap(([key, text]) => avoid.filter((re) => re.test(text)).map((re) => `${key}: ${re}`));
    expect(found).toEqual([]);
    const all = [...texts(es).values()].join('\n');
    for (const wording of [
      'normalmente le paga el hospital o la clínica',
      'Atiende a la persona en su conjunto',
      'Busca a alguien que',
      'No es asesoramiento médico ni legal',
      'Sí, alguien que organice y revise la ayuda periódica en casa',
      'Visitas periódicas en casa',
      'después del alta',
    ]) {
      expect(all, wording).toContain(wording);
    }
    expect(es.professions.caseManager.name).toMatch(/\(case manager\)$/);
    expect(es.professions.careManager.name).toMatch(/\(care manager\)$/);
  });

  it('cites the article by its own title, publisher and address, with no date because it gives none', () => {
    for (const config of [en, es]) {
      const [article] = config.sources;
      expect(article).toMatchObject({
        title: 'Differences and Similarities With Case Manager vs. Care Manager',
        href: 'https://www.flyingangels.com/case-manager-vs-care-manager/',
      });
      expect(article!.publisher).toMatch(/^Flying Angels, /);
      expect(article!.publisher).toMatch(/medical travel|viajes médicos/);
      expect(article!.date).toBeUndefined();
      // Rendered as "title (publisher, date)": brackets inside would nest.
      for (const source of config.sources) expect(`${source.title} ${source.publisher ?? ''}`).not.toMatch(/[()]/);
    }
  });

  it('cites every link a next step gives, and the Eldercare Locator as a public route', () => {
    for (const config of [en, es]) {
      const cited = new Set(config.sources.map((s) => s.href));
      const professions = Object.values(config.professions).map((p) => p.associationHref);
      for (const step of Object.values(config.nextSteps).flat()) {
        if (step.href) expect([...cited, ...professions], step.id).toContain(step.href);
      }
      expect(cited).toContain('https://eldercare.acl.gov');
    }
  });

  it('links both professional associations the same way', () => {
    for (const config of [en, es]) {
      expect(config.professions.caseManager.associationHref).toBe('https://www.acmaweb.org');
      expect(config.professions.careManager.associationHref).toBe('https://www.aginglifecare.org');
      const [a, b] = [config.professions.caseManager.association, config.professions.careManager.association];
      expect(a.split(', ').length).toBe(b.split(', ').length);
    }
  });

  it('gives both options equal weight: the same number of limits of similar length, and who pays from cited sources', () => {
    for (const config of [en, es]) {
      const { caseManager, careManager } = config.professions;
      expect(caseManager.limits.length).toBe(careManager.limits.length);
      expect(caseManager.duties.length).toBe(careManager.duties.length);
      expect(caseManager.questionsToAsk.length).toBe(careManager.questionsToAsk.length);
      const length = (list: string[]) => list.join(' ').length;
      const ratio = length(caseManager.limits) / length(careManager.limits);
      expect(ratio).toBeGreaterThan(0.8);
      expect(ratio).toBeLessThan(1.25);
      // #21.3: no more "the article does not say"; the hospital's side cites the federal rule.
      for (const text of [caseManager.whoPays, careManager.whoPays]) expect(text).not.toMatch(/article does not say|artículo no lo dice/i);
      expect(caseManager.whoPays).toMatch(/Medicare/);
      expect(config.sources.map((s) => s.href)).toEqual(
        expect.arrayContaining([expect.stringContaining('section-482.43'), expect.stringContaining('medicareinteractive.org')]),
      );
      expect(config.sources.filter((s) => s.checked).every((s) => s.checked === '2026-12-05')).toBe(true);
      // Cost is in "Keep in mind" on both sides.
      for (const limits of [caseManager.limits, careManager.limits]) expect(limits.some((l) => /^(Cost|Costo):/.test(l))).toBe(true);
      expect(config.table.rows.map((r) => r.field)).toContain('whoPays');
    }
  });

  it('a multiple-choice question asks for all that apply, not the one needed most', () => {
    for (const q of en.questions.filter((q) => q.multiple)) {
      expect(q.text).not.toMatch(/\bmost\b/i);
      expect(q.help).toMatch(/all that apply/i);
    }
  });

  it('offers every case-manager duty of the article and as many care-manager ones, with equal weight', () => {
    const needs = en.questions.find((q) => q.id === 'needs')!;
    const leaning = (key: 'caseManager' | 'careManager') =>
      needs.options.filter((o) => o.weights[key] > 0 && o.weights[key === 'caseManager' ? 'careManager' : 'caseManager'] === 0);
    const sum = (options: typeof needs.options, key: 'caseManager' | 'careManager') =>
      options.reduce((total, o) => total + o.weights[key], 0);
    expect(leaning('caseManager').map((o) => o.id)).toEqual(['recovery-plan', 'care-team', 'whole-person', 'emotional', 'costs']);
    // Both give advice (#21.7): "critical decisions" is the case manager's own duty, so it leans a little that way.
    const decisions = needs.options.find((o) => o.id === 'decisions')!;
    expect(decisions.weights.caseManager).toBeGreaterThan(0);
    expect(decisions.weights.careManager).toBeGreaterThan(0);
    expect(leaning('careManager')).toHaveLength(6);
    expect(sum(needs.options, 'careManager')).toBe(sum(needs.options, 'caseManager'));
  });

  it('has the strings the result card and the table render for this release', () => {
    const keys = [
      'result.leans.caseManager',
      'result.leans.careManager',
      'result.leans.both',
      'quiz.back-to-result',
      'table.likely-fit',
      'table.highlighted',
      'result.review',
      'result.report',
      'result.other',
      'result.provided-by',
      'result.strength.both.weak',
      'result.strength.both.moderate',
      'result.strength.unsure',
    ];
    for (const key of keys) {
      expect(en.strings[key], `en ${key}`).toBeTypeOf('string');
      expect(es.strings[key], `es ${key}`).toBeTypeOf('string');
    }
    expect(en.strings['result.strength.both.moderate']).toBe('Your answers point to both about equally.');
    expect(es.strings['table.likely-fit']).toBe('Opción probable para usted');
    expect(en.strings['table.highlighted']).not.toMatch(/recommend/i);
    expect(en.strings['table.recommended']).toBeUndefined();
    expect(es.strings['table.recommended']).toBeUndefined();
    // The disclosure names the agency and claims nothing about its services.
    expect(en.strings['result.provided-by']).toBe('Provided by {agency}.');
    expect(es.strings['result.provided-by']).toBe('Ofrecido por {agency}.');
  });
});
