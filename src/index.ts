// The ESM entry: the element classes, their event types and the engine's public API, with no
// registration side effect. Import 'care-choice/define' (or the drop-in script) to register the tags.
export { CareChoice } from './elements/care-choice/care-choice.js';
export { CareChoiceQuiz } from './elements/care-choice-quiz/care-choice-quiz.js';
export { CareChoiceResult } from './elements/care-choice-result/care-choice-result.js';
export { CareCompareTable } from './elements/care-compare-table/care-compare-table.js';
export { storeContext } from './context/store-context.js';
export type {
  CareChoiceAnswerDetail,
  CareChoiceCompleteDetail,
  CareChoiceCtaDetail,
  CareChoiceResetDetail,
  CareChoiceEventMap,
} from './shared/events.js';
export * from './engine/public.js';
