import { registerLanguage, type CareChoiceConfig, type LanguagePack } from '../engine/index.js';
import { en } from '../engine/texts/en.js';

/** The page-level queue language packs push onto (see src/lang/es.pack.ts). */
const QUEUE = 'careChoiceLanguages';

/**
 * Takes the language packs already queued on the page and every one pushed later, whatever
 * order the scripts load in. A second copy of this script takes over the same queue harmlessly.
 */
export function listenForLanguagePacks() {
  const page = globalThis as unknown as Record<string, unknown>;
  const queued = page[QUEUE];
  const queue: unknown[] = Array.isArray(queued) ? queued : [];
  if (queued !== undefined && !Array.isArray(queued))
    console.warn(`care-choice: window.${QUEUE} is not a list, so language packs cannot reach the widget.`);
  // Each pack on its own: a broken one (even one that throws when read) is named, never thrown into
  // the page, and the packs after it are still registered. A built pack (care-choice.<lang>.js) is
  // a function that puts its words in English's places (src/engine/texts/words.ts).
  const add = (pack: unknown) => {
    let errors;
    try {
      errors = registerLanguage(typeof pack === 'function' ? (pack as (en: CareChoiceConfig) => LanguagePack)(en) : (pack as LanguagePack));
    } catch (error) {
      errors = [{ path: 'pack', message: String((error as Error)?.message ?? error) }];
    }
    if (errors.length)
      console.warn(`care-choice: a language pack cannot be used:${errors.map((e) => `\n- ${e.path}: ${e.message}`).join('')}`);
  };
  queue.forEach(add);
  queue.push = (...packs: unknown[]) => {
    packs.forEach(add);
    return Array.prototype.push.apply(queue, packs);
  };
  if (!Array.isArray(queued)) page[QUEUE] = queue;
}
