// dist/care-choice.es.js: the Spanish pack as a classic script. It queues the pack on the page, so
// it works loaded before or after care-choice.js, with defer or async, or twice: the main script
// takes what is queued when it starts, and everything pushed later as it arrives.
import { es } from '../engine/texts/es.js';

const page = globalThis as unknown as { careChoiceLanguages?: unknown };
const queue = Array.isArray(page.careChoiceLanguages) ? page.careChoiceLanguages : (page.careChoiceLanguages = []);
queue.push(es);
