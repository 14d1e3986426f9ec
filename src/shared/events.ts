import type { Answers, EvaluationResult, Recommendation } from '../engine/index.js';

/** `care-choice-answer`: the person changed an answer. */
export interface CareChoiceAnswerDetail {
  questionId: string;
  /** Chosen option ids (one for a single-choice question). */
  value: string[];
  /** 1-based position of the question among those currently shown. */
  step: number;
  /** How many questions are shown now (branching can change it). */
  total: number;
}

/** `care-choice-complete`: the person asked for their result. Fired once per completion. */
export interface CareChoiceCompleteDetail {
  recommendation: Recommendation;
  scores: EvaluationResult['scores'];
  confidence: number;
  reasons: EvaluationResult['reasons'];
  answers: Answers;
}

/** `care-choice-reset`: the person started over. */
export type CareChoiceResetDetail = Record<string, never>;

/** `care-choice-cta`: the person followed the agency's call to action (navigation goes on). */
export interface CareChoiceCtaDetail {
  recommendation: Recommendation | null;
  href: string;
}

export interface CareChoiceEventMap {
  'care-choice-answer': CustomEvent<CareChoiceAnswerDetail>;
  'care-choice-complete': CustomEvent<CareChoiceCompleteDetail>;
  'care-choice-reset': CustomEvent<CareChoiceResetDetail>;
  'care-choice-cta': CustomEvent<CareChoiceCtaDetail>;
}

/**
 * Dispatches a bubbling, composed event. Kept outside the element classes so the manifest lists
 * only the events each element documents with `@fires`.
 */
export function dispatch<K extends keyof CareChoiceEventMap>(target: EventTarget, type: K, detail: CareChoiceEventMap[K]['detail']) {
  target.dispatchEvent(new CustomEvent(type, { detail, bubbles: true, composed: true }));
}

/*
 * The events bubble and are composed, so a page listens for them on an element, on `document` or on
 * `window` (`document.addEventListener('care-choice-complete', (e) => e.detail.recommendation)`):
 * each of those maps gets them. `GlobalEventHandlersEventMap` is the base of the element, SVG and
 * MathML maps; `DocumentEventMap` and `WindowEventMap` extend it as well, but are listed so the
 * intent reads here.
 */
/* eslint-disable @typescript-eslint/no-empty-object-type -- declaration merging adds our events */
declare global {
  interface GlobalEventHandlersEventMap extends CareChoiceEventMap {}
  interface HTMLElementEventMap extends CareChoiceEventMap {}
  interface DocumentEventMap extends CareChoiceEventMap {}
  interface WindowEventMap extends CareChoiceEventMap {}
}
/* eslint-enable @typescript-eslint/no-empty-object-type */
