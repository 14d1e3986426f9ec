import { knownOptionIds } from './evaluate.js';
import { own } from './own.js';
import { ID_PATTERN as ID, type Answers, type CareChoiceConfig } from './types.js';

const VERSION = '1';

/**
 * A compact, URL-safe form of the answers, e.g. `1_situation~at-home_needs~costs.home-visits`.
 * Ids are letters, digits and hyphens, so `_`, `~` and `.` can separate them without escaping.
 */
export function encodeAnswers(answers: Answers): string {
  const parts = Object.keys(answers)
    .map((id) => [id, (own(answers, id) ?? []).filter((option) => ID.test(option))] as const)
    .filter(([id, options]) => ID.test(id) && options.length > 0)
    .map(([id, options]) => `${id}~${options.join('.')}`);
  return [VERSION, ...parts].join('_');
}

/**
 * Reads what `encodeAnswers` wrote. Never throws: garbage gives no answers and an error. With a
 * config, ids it does not know are dropped (and reported), so a stale link cannot break the quiz.
 */
export function decodeAnswers(text: unknown, config?: CareChoiceConfig): { answers: Answers; error?: string } {
  if (typeof text !== 'string' || text.length > 4000) return { answers: {}, error: 'not an answers string' };
  const [version, ...parts] = text.split('_');
  if (version !== VERSION) return { answers: {}, error: `unknown answers format "${String(version).slice(0, 20)}"` };
  const answers: Answers = {};
  const dropped: string[] = [];
  for (const part of parts) {
    const [questionId, options, extra] = part.split('~');
    const optionIds = options?.split('.') ?? [];
    if (!questionId || !options || extra !== undefined || ![questionId, ...optionIds].every((id) => ID.test(id))) {
      return { answers: {}, error: `cannot read "${part.slice(0, 40)}"` };
    }
    const question = config?.questions.find((q) => q.id === questionId);
    if (config && !question) {
      dropped.push(questionId);
      continue;
    }
    const unique = [...new Set(optionIds)];
    const known = question ? knownOptionIds(question, unique) : unique;
    if (known.length !== unique.length) dropped.push(`${questionId} options`);
    if (known.length) answers[questionId] = known;
  }
  return dropped.length ? { answers, error: `ignored unknown ${dropped.join(', ')}` } : { answers };
}
