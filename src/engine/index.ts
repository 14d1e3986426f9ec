export type * from './types.js';
export { PROFESSION_KEYS } from './types.js';
export { evaluate, visibleQuestions, effectiveAnswers } from './evaluate.js';
export { mergeConfig, validateConfig, resolveConfig } from './config.js';
export { encodeAnswers, decodeAnswers } from './answers-codec.js';
export { createStore } from './store.js';
export type { CareChoiceStore, StoreState, StoreOptions } from './store.js';
export { defaultConfigs, defaultConfigFor } from './default-config.js';
