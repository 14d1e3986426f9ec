import { own } from './own.js';
import type {
  Answers,
  CareChoiceConfig,
  EvaluationResult,
  NextStep,
  QuestionConfig,
  Reason,
  Recommendation,
  ShowIf,
  ValuesNote,
} from './types.js';

/**
 * The questions a person sees, in order, given their answers. A question with `showIf` is visible
 * only when the question it depends on is itself visible and answered with one of `anyOf`.
 */
export function visibleQuestions(config: CareChoiceConfig, answers: Answers): QuestionConfig[] {
  const visible: QuestionConfig[] = [];
  const visibleIds = new Set<string>();
  for (const question of config.questions) {
    const rule = question.showIf;
    if (rule) {
      const chosen = visibleIds.has(rule.question) ? (own(answers, rule.question) ?? []) : [];
      if (!chosen.some((id) => rule.anyOf.includes(id))) continue;
    }
    visible.push(question);
    visibleIds.add(question.id);
  }
  return visible;
}

/**
 * The "of N" of the progress at `visible[step]`: the questions shown up to it, and each later one
 * the answers before it have not ruled out (its `showIf` question is unanswered yet, or answered
 * with one of `anyOf`). Only answers given before the question on screen count, so the figure
 * stays put while the person chooses, and going on can only lower it, never raise it: "2 of 7"
 * may be followed by "3 of 6" when an answer made a question unneeded, never by "3 of 8". On the
 * last question shown (its button shows the result) it is the number shown.
 */
export function progressTotal(config: CareChoiceConfig, visible: readonly QuestionConfig[], answers: Answers, step: number): number {
  if (step >= visible.length - 1) return visible.length;
  const possible = new Set(visible.slice(0, step + 1).map((q) => q.id));
  for (const { id, showIf: rule } of config.questions.slice(config.questions.indexOf(visible[step]!) + 1)) {
    // Where the question it hangs on was shown: before the one on screen means answered already.
    const at = rule ? visible.findIndex((q) => q.id === rule.question) : -1;
    if (
      !rule ||
      (possible.has(rule.question) && (at < 0 || at >= step || (own(answers, rule.question) ?? []).some((o) => rule.anyOf.includes(o))))
    )
      possible.add(id);
  }
  return possible.size;
}

/** The ids among `picked` that are options of `question`, in its order; one at most for a single choice. */
export function knownOptionIds(question: QuestionConfig, picked: unknown): string[] {
  // Answers can come from storage, links or a page's script: only a real list counts.
  const list: unknown[] = Array.isArray(picked) ? picked : [];
  const known = question.options.filter((o) => list.includes(o.id)).map((o) => o.id);
  return question.multiple ? known : known.slice(0, 1);
}

/** The answers that count: those to visible questions, limited to options that exist. */
export function effectiveAnswers(config: CareChoiceConfig, answers: Answers, visible = visibleQuestions(config, answers)): Answers {
  const result: Answers = {};
  for (const question of visible) {
    const kept = knownOptionIds(question, own(answers, question.id) ?? []);
    if (kept.length) result[question.id] = kept;
  }
  return result;
}

function leanOf(caseManager: number, careManager: number): Reason['leansTo'] {
  if (caseManager > 0 && careManager > 0) return 'both';
  return caseManager > careManager ? 'case-manager' : 'care-manager';
}

/**
 * Turns answers into a likely fit. Pure and deterministic: the same config and answers always give
 * a deep-equal, JSON-safe result, and every reason names the question and option it came from.
 *
 * **Outcome.** Each counted answer adds its weights to `scores`. Fewer than `scoring.minAnswered`
 * answers, or a total lean below `scoring.minTotal`, is `unsure`. When the smaller side is at least
 * `scoring.bothRatio` of the larger one it is `both`, if the smaller side reaches `scoring.bothMin`,
 * and `unsure` otherwise. Else the larger side wins.
 *
 * **Strength** (`confidence` from 0 to 1, and its word). `coverage` is the share of the shown
 * questions that were answered.
 * - One profession: confidence = coverage × margin, margin = (larger − smaller) / (larger + smaller).
 *   `strong` from {@link STRONG}, `moderate` from {@link MODERATE}, else `weak`.
 * - `both`: confidence = coverage × balance, balance = smaller / larger (1 for an exact tie). It is
 *   never `strong`: a tie means either could help, not that the answers are sure of one. `moderate`
 *   ("your answers point to both about equally") from {@link EVEN}, else `weak` ("not quite
 *   equally").
 * - `unsure`: confidence 0, `weak`.
 *
 * **Both when.** When every condition of `scoring.bothWhen` holds (and the answers are enough for
 * a result at all), the outcome is `both`, with the confidence of the scores' balance.
 *
 * **Values.** When the outcome is one profession and the answer to the `values` question leans
 * to the other, the result carries it in `values` and is never `strong` (at most `moderate`).
 *
 * **Next steps** are those of the outcome whose `showIf` (if any) matches a counted answer.
 */
export function evaluate(config: CareChoiceConfig, answers: Answers): EvaluationResult {
  const visible = visibleQuestions(config, answers);
  return evaluateVisible(config, visible, effectiveAnswers(config, answers, visible));
}

/** Confidence from which a single-profession result is `strong`. */
const STRONG = 0.66;
/** Confidence from which a single-profession result is `moderate`. */
const MODERATE = 0.33;
/** Confidence from which a `both` result is `moderate`: the two sides about equal, most questions answered. */
const EVEN = 0.8;

// In every browser the widget runs in, and in Node; not in the engine's ES-only lib.
declare function structuredClone<T>(value: T): T;

/** Whether a next step's condition holds for the answers that count. */
function stepApplies(step: NextStep, counted: Answers): boolean {
  return !step.showIf || holds(step.showIf, counted);
}

const holds = (rule: ShowIf, counted: Answers) => (own(counted, rule.question) ?? []).some((id) => rule.anyOf.includes(id));

/** `evaluate` for a caller that already has the visible questions and the answers that count. */
export function evaluateVisible(config: CareChoiceConfig, visible: readonly QuestionConfig[], counted: Answers): EvaluationResult {
  const scores = { caseManager: 0, careManager: 0 };
  const reasons: Reason[] = [];

  for (const question of visible) {
    for (const optionId of own(counted, question.id) ?? []) {
      const option = question.options.find((o) => o.id === optionId);
      if (!option) continue;
      const { caseManager, careManager } = option.weights;
      scores.caseManager += caseManager;
      scores.careManager += careManager;
      if (caseManager > 0 || careManager > 0) {
        reasons.push({
          questionId: question.id,
          optionId: option.id,
          question: question.text,
          answer: option.label,
          text: option.reason,
          leansTo: leanOf(caseManager, careManager),
        });
      }
    }
  }

  const answeredCount = Object.keys(counted).length;
  const bothWhen = config.scoring.bothWhen;
  let { recommendation, confidence } = decide(config, scores, answeredCount, visible.length);
  if (recommendation !== 'unsure' && bothWhen?.length && bothWhen.every((rule) => holds(rule, counted)) && recommendation !== 'both') {
    const high = Math.max(scores.caseManager, scores.careManager);
    recommendation = 'both';
    confidence = ((high ? Math.min(scores.caseManager, scores.careManager) / high : 1) * answeredCount) / (visible.length || 1);
  }
  const values = valuesAgainst(visible, counted, recommendation);
  // Reasons that point the same way as the fit come first: they are the "why".
  const order = (r: Reason) => (recommendation === 'both' || r.leansTo === 'both' || r.leansTo === recommendation ? 0 : 1);
  reasons.sort((a, b) => order(a) - order(b));

  return {
    recommendation,
    scores,
    confidence: Math.round(confidence * 100) / 100,
    strength: values && confidence >= STRONG ? 'moderate' : strengthOf(recommendation, confidence),
    reasons,
    nextSteps: config.nextSteps[recommendation].filter((step) => stepApplies(step, counted)).map((step) => structuredClone(step)),
    answeredCount,
    visibleCount: visible.length,
    ...(values && { values }),
  };
}

/** The values answer, when the outcome is one profession and that answer leans to the other. */
function valuesAgainst(visible: readonly QuestionConfig[], counted: Answers, recommendation: Recommendation): ValuesNote | undefined {
  if (recommendation !== 'case-manager' && recommendation !== 'care-manager') return undefined;
  for (const question of visible) {
    if (!question.values) continue;
    for (const optionId of own(counted, question.id) ?? []) {
      const option = question.options.find((o) => o.id === optionId);
      const { caseManager = 0, careManager = 0 } = option?.weights ?? {};
      const leansTo = caseManager > careManager ? 'case-manager' : careManager > caseManager ? 'care-manager' : undefined;
      if (option && leansTo && leansTo !== recommendation) return { questionId: question.id, optionId, answer: option.label, leansTo };
    }
  }
  return undefined;
}

function strengthOf(recommendation: Recommendation, confidence: number): EvaluationResult['strength'] {
  if (recommendation === 'unsure') return 'weak';
  if (recommendation === 'both') return confidence >= EVEN ? 'moderate' : 'weak';
  return confidence >= STRONG ? 'strong' : confidence >= MODERATE ? 'moderate' : 'weak';
}

function decide(
  config: CareChoiceConfig,
  scores: { caseManager: number; careManager: number },
  answeredCount: number,
  visibleCount: number,
): { recommendation: Recommendation; confidence: number } {
  const { minAnswered, minTotal, bothRatio, bothMin } = config.scoring;
  const high = Math.max(scores.caseManager, scores.careManager);
  const low = Math.min(scores.caseManager, scores.careManager);
  const total = high + low;
  const coverage = visibleCount ? answeredCount / visibleCount : 0;
  if (answeredCount < minAnswered || total < minTotal || total === 0) {
    return { recommendation: 'unsure', confidence: 0 };
  }
  const balance = low / high;
  if (balance >= bothRatio) {
    if (low >= bothMin) return { recommendation: 'both', confidence: coverage * balance };
    return { recommendation: 'unsure', confidence: 0 };
  }
  const recommendation = scores.caseManager > scores.careManager ? 'case-manager' : 'care-manager';
  return { recommendation, confidence: coverage * ((high - low) / total) };
}
