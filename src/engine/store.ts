import { decodeAnswers, encodeAnswers } from './answers-codec.js';
import { effectiveAnswers, evaluate, visibleQuestions } from './evaluate.js';
import type { Answers, CareChoiceConfig, EvaluationResult, QuestionConfig, StorageLike } from './types.js';

export interface StoreState {
  readonly config: CareChoiceConfig;
  /** Every answer given, including ones to questions branching has hidden since. */
  readonly answers: Answers;
  readonly visible: readonly QuestionConfig[];
  /** Index into `visible`; equals `visible.length` once the person asked for the result. */
  readonly step: number;
  readonly finished: boolean;
  /** The evaluation of the answers so far; null before the first answer. */
  readonly result: EvaluationResult | null;
}

export interface StoreOptions {
  storage?: StorageLike | undefined;
  /** Where `storage` keeps this store's answers; required for persistence. */
  storageKey?: string | undefined;
}

export interface CareChoiceStore {
  getState(): StoreState;
  subscribe(listener: (state: StoreState) => void): () => void;
  /** Sets the answer to one question (option ids; one for single choice). */
  answer(questionId: string, optionIds: string[]): void;
  next(): void;
  back(): void;
  /** Jumps to a visible question, e.g. from "change this answer". */
  goTo(questionId: string): void;
  /** Replaces all answers, e.g. from a shared link; `finished` shows the result at once. */
  restore(answers: Answers, finished: boolean): void;
  reset(): void;
  setConfig(config: CareChoiceConfig): void;
}

interface Snapshot {
  answers: Answers;
  step: number;
  finished: boolean;
}

/**
 * The only stateful piece of the engine: answers and position, with the evaluation derived from
 * them. Elements share one store (through context) and re-render when it notifies.
 */
export function createStore(initialConfig: CareChoiceConfig, options: StoreOptions = {}): CareChoiceStore {
  const { storage, storageKey } = options;
  const listeners = new Set<(state: StoreState) => void>();
  let config = initialConfig;
  let snapshot: Snapshot = load() ?? { answers: {}, step: 0, finished: false };
  let state = derive();

  function derive(): StoreState {
    const visible = visibleQuestions(config, snapshot.answers);
    const finished = snapshot.finished && snapshot.step >= visible.length;
    const step = Math.min(Math.max(0, snapshot.step), finished ? visible.length : Math.max(0, visible.length - 1));
    const answered = Object.keys(effectiveAnswers(config, snapshot.answers)).length > 0;
    return { config, answers: snapshot.answers, visible, step, finished, result: answered ? evaluate(config, snapshot.answers) : null };
  }

  function commit(next: Snapshot) {
    snapshot = next;
    state = derive();
    snapshot = { ...snapshot, step: state.step, finished: state.finished };
    save();
    for (const listener of [...listeners]) listener(state);
  }

  function load(): Snapshot | null {
    if (!storage || !storageKey) return null;
    try {
      const raw = storage.getItem(storageKey);
      if (!raw) return null;
      const saved = JSON.parse(raw) as { a?: unknown; s?: unknown; f?: unknown };
      const { answers, error } = decodeAnswers(saved.a, config);
      if (error && !Object.keys(answers).length) return null;
      return { answers, step: typeof saved.s === 'number' ? saved.s : 0, finished: saved.f === true };
    } catch {
      // Blocked or corrupt storage: start fresh rather than fail.
      return null;
    }
  }

  function save() {
    if (!storage || !storageKey) return;
    try {
      if (!Object.keys(snapshot.answers).length) storage.removeItem(storageKey);
      else storage.setItem(storageKey, JSON.stringify({ a: encodeAnswers(snapshot.answers), s: snapshot.step, f: snapshot.finished }));
    } catch {
      // Storage may throw (quota, sandboxed iframe, privacy mode); the quiz keeps working without it.
    }
  }

  return {
    getState: () => state,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    answer(questionId, optionIds) {
      const question = config.questions.find((q) => q.id === questionId);
      if (!question) return;
      const known = question.options.filter((o) => optionIds.includes(o.id)).map((o) => o.id);
      const answers = { ...snapshot.answers };
      if (known.length) answers[questionId] = question.multiple ? known : known.slice(0, 1);
      else delete answers[questionId];
      commit({ ...snapshot, answers, finished: false });
    },
    next() {
      const current = state.visible[state.step];
      if (!current || !state.answers[current.id]?.length) return;
      const last = state.step >= state.visible.length - 1;
      commit({ ...snapshot, step: state.step + 1, finished: last });
    },
    back() {
      if (state.step === 0) return;
      commit({ ...snapshot, step: state.step - 1, finished: false });
    },
    goTo(questionId) {
      const index = state.visible.findIndex((q) => q.id === questionId);
      if (index >= 0) commit({ ...snapshot, step: index, finished: false });
    },
    restore(answers, finished) {
      const kept = effectiveAnswers(config, answers);
      const visible = visibleQuestions(config, kept);
      const complete = visible.every((q) => kept[q.id]?.length);
      commit({ answers: kept, step: finished && complete ? visible.length : 0, finished: finished && complete });
    },
    reset() {
      commit({ answers: {}, step: 0, finished: false });
    },
    setConfig(next) {
      if (next === config) return;
      config = next;
      commit({ ...snapshot });
    },
  };
}
