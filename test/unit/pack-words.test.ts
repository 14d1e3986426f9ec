import { describe, expect, it } from 'vitest';
import { languagePack } from '../../scripts/language-pack.js';
import { resolveConfig, type CareChoiceConfig } from '../../src/engine/index.js';
import { en } from '../../src/engine/texts/en.js';
import { es } from '../../src/engine/texts/es.js';
import { fromPackWords, toPackWords, type PackWords } from '../../src/engine/texts/words.js';

// The built Spanish pack carries only its words (src/engine/texts/words.ts); these check that the
// words give back the whole Spanish content, and that a pack from another release is named.

const spanish = resolveConfig(en, es).config;
const words = toPackWords({ ...spanish, lang: 'es' }, en);
const build = (lang: string) => {
  const plugin = languagePack(lang) as unknown as { load: (id: string) => string | null };
  return plugin.load('\0virtual:care-choice-pack');
};

describe('the words of a built language pack', () => {
  it('give back exactly the Spanish content the full pack gives', () => {
    const back = resolveConfig(en, fromPackWords(words, en));
    expect(back.errors).toEqual([]);
    expect(back.config).toEqual(spanish);
  });

  it('carry no id, link or date, and 0 wherever English stays', () => {
    const carried = words.words.filter((w): w is string => w !== 0);
    for (const fixed of ['for-whom', 'https://eldercare.acl.gov', '2026-12-05', 'situation', 'alsoCalled'])
      expect(carried, fixed).not.toContain(fixed);
    expect(carried).toContain('¿Quién necesita los cuidados?');
    expect(words.words).toContain(0);
  });

  it('from another release (English laid out differently) are refused, naming both files', () => {
    const newer: CareChoiceConfig = { ...en, questions: [...en.questions, { ...en.questions[0]!, id: 'added' }] };
    expect(() => fromPackWords(words, newer)).toThrow(
      /care-choice\.es\.js is from another version than care-choice\.js; use both files from the same release/,
    );
    const tampered: PackWords = { ...words, layout: words.layout + 1 };
    expect(() => fromPackWords(tampered, en)).toThrow(/another version/);
  });

  it('are what the pack build writes, and the build refuses a language it has no pack for', () => {
    expect(build('es')).toBe(`export default ${JSON.stringify(words)};`);
    expect(() => build('xx')).toThrow(/no language pack for "xx"/);
  });
});
