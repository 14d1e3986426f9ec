import { isDeepStrictEqual } from 'node:util';
import type { Plugin } from 'vite';
import { en } from '../src/engine/texts/en.js';
import { es } from '../src/engine/texts/es.js';
import { fromPackWords, toPackWords } from '../src/engine/texts/words.js';
import { resolveConfig } from '../src/engine/validate-config.js';
import type { LanguagePack } from '../src/engine/types.js';

const PACKS: Record<string, LanguagePack> = { es };
const ID = 'virtual:care-choice-pack';

/**
 * The words of a language pack in its wire format (src/engine/texts/words.ts), as the module
 * `virtual:care-choice-pack` of the pack's build. Checked here, at build time: the pack must be
 * valid, and the words must give back exactly the content the full pack gives, so nothing but
 * words may differ from English (a pack with its own links or conditions fails the build).
 */
export function languagePack(lang: string): Plugin {
  return {
    name: 'care-choice-language-pack',
    resolveId: (id) => (id === ID ? `\0${ID}` : null),
    load(id) {
      if (id !== `\0${ID}`) return null;
      const pack = PACKS[lang];
      if (!pack) throw new Error(`no language pack for "${lang}" in scripts/language-pack.ts`);
      const full = resolveConfig(en, pack);
      if (full.errors.length) throw new Error(`the ${lang} pack is not valid: ${JSON.stringify(full.errors)}`);
      const words = toPackWords({ ...full.config, lang }, en);
      const back = resolveConfig(en, fromPackWords(words, en));
      if (back.errors.length || !isDeepStrictEqual(back.config, full.config))
        throw new Error(
          `the ${lang} pack differs from English in more than its words (links, ids or conditions), which its built file cannot carry`,
        );
      return `export default ${JSON.stringify(words)};`;
    },
  };
}
