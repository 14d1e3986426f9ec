import { own } from './own.js';
import type { Answers, CareChoiceConfig, EvaluationResult, QuestionConfig, Reason, Recommendation } from './types.js';

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
 */
export function evaluate(config: CareChoiceConfig, answers: Answers): EvaluationResult {
  const visible = visibleQuestions(config, answers);
  return evaluateVisible(config, visible, effectiveAnswers(config, answers, visible));
}

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
  const { recommendation, confidence } = decide(config, scores, answeredCount, visible.length);
  const strength = confidence >= 0.66 ? 'strong' : confidence >= 0.33 ? 'moderate' : 'weak';
  // Reasons that point the same way as the fit come first: they are the "why".
  const order = (r: Reason) =>
    recommendation === 'both' || r.leansTo === 'both' || r.leansTo === recommendation ? 0 : 1;
  reasons.sort((a, b) => order(a) - order(b));

  return {
    recommendation,
    scores,
    confidence: Math.round(confidence * 100) / 100,
    strength,
    reasons,
    nextSteps: config.nextSteps[recommendation].map((step) => ({ ...step })),
    answeredCount,
    visibleCount: visible.length,
  };
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
  if (answeredCount < minAnswered || total < minTotal) {
    return { recommendation: 'unsure', confidence: 0 };
  }
  const ratio = low / high;
  if (ratio >= bothRatio) {
    if (low >= bothMin) return { recommendation: 'both', confidence: coverage * ratio };
    return { recommendation: 'unsure', confidence: 0 };
  }
  const recommendation = scores.caseManager > scores.careManager ? 'case-manager' : 'care-manager';
  // Margin (how one-sided) times coverage (how much was answered).
  return { recommendation, confidence: coverage * ((high - low) / total) };
}
