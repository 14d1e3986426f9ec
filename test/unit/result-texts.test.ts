import { describe, expect, it } from 'vitest';
import { gradeLevel } from '../fixtures/readability.js';
import { defaultConfigs, resolveConfig } from '../../src/engine/index.js';
import { es as spanishPack } from '../../src/engine/texts/es.js';

// The result card's own strings (readiness check, call to action, reasons): in both languages,
// plain (grade 8 or below), a decision aid's words, and the SURE test cited in the sources.

const en = defaultConfigs.en!;
/** The Spanish pack merged onto English, as the widget uses it. */
const es = resolveConfig(en, spanishPack).config;
const KEYS = [
  'cta.disclosure',
  'cta.disclosure.generic',
  'reasons.showAll',
  ...['title', 'intro', 'yes', 'no'].map((k) => `readiness.${k}`),
  ...['sure', 'know', 'values', 'support'].flatMap((k) => [`readiness.${k}`, `readiness.${k}.no`]),
];

describe("the result card's own strings", () => {
  it('exist in English and Spanish, translated', () => {
    const spanish = es.strings;
    for (const key of KEYS) {
      expect(en.strings[key], `en ${key}`).toBeTypeOf('string');
      expect(spanish[key], `es ${key}`).toBeTypeOf('string');
      expect(spanish[key], `es ${key}`).not.toBe(en.strings[key]);
    }
    expect(en.strings['cta.disclosure']).toBe('Provided by {agency}, which may offer paid care services.');
    expect(en.strings['cta.disclosure.generic']).toBe('This link goes to a care provider, who may offer paid services.');
  });

  it('read at grade 8 or below, and never advise', () => {
    const text = KEYS.filter((k) => k !== 'reasons.showAll')
      .map((k) => en.strings[k]!.replace('{agency}', 'Harbor'))
      .map((t) => (/[.?!]$/.test(t) ? t : `${t}.`))
      .join(' ');
    const grade = gradeLevel(text);
    console.log(`readiness and disclosure: Flesch-Kincaid grade ${grade.toFixed(1)}`);
    expect(grade).toBeLessThanOrEqual(8);
    expect(text).not.toMatch(/recommend/i);
  });

  it('cite the SURE test (Légaré et al. 2010) in both languages', () => {
    for (const config of [en, es]) {
      const sure = config.sources.find((s) => s.title.startsWith('Are you SURE?'));
      expect(sure).toMatchObject({
        title: 'Are you SURE?: Assessing patient decisional conflict with a 4-item screening test',
        href: 'https://www.cfp.ca/content/56/8/e308',
      });
      expect(sure!.publisher).toMatch(
        /^Légaré F, et al\. Canadian Family Physician, vol\. 56, n.+ 8, .*e308-e314, (August|agosto de) 2010/,
      );
    }
  });
});
