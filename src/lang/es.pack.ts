// dist/care-choice.es.js: the Spanish pack as a classic script. It queues the pack on the page, so
// it works loaded before or after care-choice.js, with defer or async, or twice: the main script
// takes what is queued when it starts, and everything pushed later as it arrives. The file carries
// only the words (src/engine/texts/words.ts), built from src/engine/texts/es.ts by
// scripts/language-pack.ts: what it queues is a function the main script calls with its English,
// which puts the words in English's places (or names a pack from another release).
import pack from 'virtual:care-choice-pack';
import type { CareChoiceConfig } from '../engine/types.js';
import { fromPackWords } from '../engine/texts/words.js';

const page = globalThis as unknown as { careChoiceLanguages?: unknown };
const queue = Array.isArray(page.careChoiceLanguages) ? page.careChoiceLanguages : (page.careChoiceLanguages = []);
queue.push((en: CareChoiceConfig) => fromPackWords(pack, en));
