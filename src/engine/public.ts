// The engine's public API (`care-choice/engine`, and re-exported by the package's main entry):
// what a host page, a server or an editor may build on, under the semver promise. Everything else
// in src/engine is internal and may change in any release.
export type {
  Answers,
  CareChoiceConfig,
  ConfigError,
  EvaluationResult,
  LanguagePack,
  NextStep,
  OptionConfig,
  ProfessionKey,
  ProfessionTexts,
  QuestionConfig,
  Reason,
  Recommendation,
  ResultTexts,
  Scoring,
  ShowIf,
  Source,
  StorageLike,
  TableRow,
  Weights,
} from './types.js';
export { ID_PATTERN, PROFESSION_KEYS, RECOMMENDATIONS } from './types.js';
export { evaluate, visibleQuestions, effectiveAnswers } from './evaluate.js';
export { mergeConfig } from './merge-config.js';
export { validateConfig, resolveConfig } from './validate-config.js';
export { linkProblem, LINK_PROTOCOLS } from './links.js';
export { createStore } from './store.js';
export type { CareChoiceStore, StoreState, StoreOptions } from './store.js';
export { defaultConfigs, defaultConfigFor, registerLanguage } from './languages.js';
