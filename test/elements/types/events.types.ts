/**
 * Type-only test (checked by `tsc -p test/elements/tsconfig.json`, never run): the README's own
 * examples type-check on an element, on `document` and on `window`, and a wrong detail field fails.
 */
import type { CareChoiceCompleteDetail, CareChoiceQuiz } from '../../../src/index.js';

declare const quiz: CareChoiceQuiz;
declare const div: HTMLDivElement;

document.addEventListener('care-choice-complete', (event) => {
  const recommendation: CareChoiceCompleteDetail['recommendation'] = event.detail.recommendation;
  void recommendation;
  // @ts-expect-error -- no such field on the complete event's detail
  void event.detail.recommendationId;
});

window.addEventListener('care-choice-answer', (event) => {
  const step: number = event.detail.step;
  const value: string[] = event.detail.value;
  void [step, value];
  // @ts-expect-error -- the answer event's detail has no `answers`
  void event.detail.answers;
});

quiz.addEventListener('care-choice-reset', (event) => void event.detail);
div.addEventListener('care-choice-cta', (event) => {
  const href: string = event.detail.href;
  void href;
  // @ts-expect-error -- `href` is a string, not a number
  const wrong: number = event.detail.href;
  void wrong;
});

document.removeEventListener('care-choice-complete', (event) => void event.detail.answers);
