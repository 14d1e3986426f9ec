import type { CareChoiceConfig, LanguagePack } from '../types.js';

/**
 * The wire format of a built language pack (dist/care-choice.<lang>.js): only its words, one for
 * each English text in English's order, `0` where the English text stays. Ids, weights, links,
 * dates and conditions come from English when the pack arrives (the main script hands its English
 * to the pack), so the file carries none of them. `layout` fingerprints the English it was built
 * against: a pack from another release is refused with a message that says so, instead of putting
 * its words in the wrong places. English is always a parameter here, so a pack never bundles it.
 */
export type PackWords = { lang: string; layout: number; words: (string | 0)[] };

/** Keys whose values are structure, the same in every language: never words (always 0). */
const FIXED = new Set(['id', 'lang', 'href', 'associationHref', 'checked', 'contentDate', 'field', 'showIf', 'scoring']);

/**
 * A copy of `value` with each string replaced by `swap(text, path)`, visited in a fixed order. The
 * path names keys and ids, never the text itself. Kept this small because every pack carries it.
 */
function mapTexts(value: unknown, swap: (text: string, path: string) => unknown, path = ''): unknown {
  if (typeof value === 'string') return swap(value, path);
  if (Array.isArray(value)) return value.map((item, i) => mapTexts(item, swap, `${path}/${(item as { id?: string })?.id ?? i}`));
  if (value && typeof value === 'object')
    return Object.fromEntries(Object.entries(value).map(([key, v]) => [key, mapTexts(v, swap, `${path}/${key}`)]));
  return value;
}

/** The fingerprint of English's texts: where they are, not what they say. */
function layout(en: CareChoiceConfig): number {
  let hash = 0;
  mapTexts(en, (_text, path) => {
    for (const ch of path) hash = (Math.imul(hash, 31) + ch.charCodeAt(0)) | 0;
  });
  return hash;
}

/** The language pack a built file carries: English with the pack's words in their places. */
export function fromPackWords({ lang, layout: built, words }: PackWords, en: CareChoiceConfig): LanguagePack {
  if (built !== layout(en))
    throw new Error(`care-choice.${lang}.js is from another version than care-choice.js; use both files from the same release`);
  let i = 0;
  return { ...(mapTexts(en, (text) => words[i++] || text) as object), lang };
}

/**
 * The wire format of a language (build time): each English text's counterpart in `full` (the
 * pack merged onto English), or 0 where it is the same or structure. scripts/language-pack.ts
 * checks that the words give back `full` exactly.
 */
export function toPackWords(full: LanguagePack, en: CareChoiceConfig): PackWords {
  const words: (string | 0)[] = [];
  mapTexts(en, (text, path) => {
    if (path.split('/').some((key) => FIXED.has(key))) return words.push(0);
    let value: unknown = full;
    for (const key of path.split('/').slice(1))
      value = Array.isArray(value)
        ? (value.find((item) => (item as { id?: string })?.id === key) ?? value[Number(key)])
        : (value as Record<string, unknown>)?.[key];
    if (typeof value !== 'string') throw new Error(`${full.lang} has no text at ${path}`);
    words.push(value === text ? 0 : value);
  });
  return { lang: full.lang, layout: layout(en), words };
}
