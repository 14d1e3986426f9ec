import { decodeAnswers, encodeAnswers } from './answers-codec.js';
import { effectiveAnswers, evaluateVisible, knownOptionIds, progressTotal, visibleQuestions } from './evaluate.js';
import { own } from './own.js';
import type { Answers, CareChoiceConfig, EvaluationResult, QuestionConfig, StorageLike } from './types.js';

/** Everything the elements render from, computed once per change. */
export interface StoreState {
  readonly config: CareChoiceConfig;
  /** Every answer given, including ones to questions branching has hidden since. */
  readonly answers: Answers;
  /** The answers that count: to visible questions, with options that exist. */
  readonly effective: Answers;
  readonly visible: readonly QuestionConfig[];
  /** Index into `visible`; equals `visible.length` once the person asked for the result. */
  readonly step: number;
  /**
   * The progress's "of N" at `step`: the questions that can still be shown given the answers
   * before it (`progressTotal`); never grows as the person goes on. `visible.length` at the result.
   */
  readonly total: number;
  /** True once every visible question is answered and the person asked for the result. */
  readonly finished: boolean;
  /**
   * True from the first time the result was shown until Start over: a result card elsewhere on
   * the page waits for it, and keeps showing while the person changes an answer.
   */
  readonly revealed: boolean;
  /** The evaluation of the answers so far; null before the first answer. */
  readonly result: EvaluationResult | null;
}

export interface StoreOptions {
  /** The owner's name on the page, so share links reopen only the widget that made them. */
  key?: string | undefined;
  storage?: StorageLike | undefined;
  /** Where `storage` keeps this store's answers; required for persistence. */
  storageKey?: string | undefined;
}

export interface CareChoiceStore {
  /** The owner's name on the page (see `StoreOptions.key`). */
  readonly key: string;
  /** Where answers are being saved now, if anywhere. */
  readonly storageKey: string | undefined;
  getState(): StoreState;
  subscribe(listener: (state: StoreState) => void): () => void;
  /** Sets the answer to one question (option ids; one for single choice). */
  answer(questionId: string, optionIds: string[]): void;
  /** Moves on from the current question; does nothing until it is answered. */
  next(): void;
  back(): void;
  /** Jumps to a visible question, e.g. from "change this answer". */
  goTo(questionId: string): void;
  /** Back to the result after changing an answer; stops at a question that is now unanswered. */
  showResult(): void;
  /** Replaces all answers, e.g. from a shared link; `finished` shows the result when they are complete. */
  restore(answers: Answers, finished: boolean): void;
  reset(): void;
  setConfig(config: CareChoiceConfig): void;
  /**
   * Saves answers in `storage` under `storageKey` from now on, resuming what was saved there when
   * nothing is answered yet. Without arguments it stops saving and forgets what it saved.
   */
  setStorage(storage?: StorageLike, storageKey?: string): void;
}

interface Snapshot {
  answers: Answers;
  step: number;
  finished: boolean;
  revealed: boolean;
}

const EMPTY: Snapshot = { answers: {}, step: 0, finished: false, revealed: false };

/**
 * The only stateful piece of the engine: answers and position, with the evaluation derived from
 * them. Elements share one store (through context) and re-render when it notifies.
 */
export function createStore(initialConfig: CareChoiceConfig, options: StoreOptions = {}): CareChoiceStore {
  const listeners = new Set<(state: StoreState) => void>();
  let config = initialConfig;
  let { storage, storageKey } = options;
  let snapshot = load() ?? EMPTY;
  let state = derive();

  /**
   * The one place the rules of position live, whatever the snapshot came from (a click, storage,
   * a link): never past an unanswered question, and finished only when every question is answered.
   */
  function derive(): StoreState {
    const visible = visibleQuestions(config, snapshot.answers);
    const effective = effectiveAnswers(config, snapshot.answers, visible);
    const firstOpen = visible.findIndex((q) => !own(effective, q.id));
    const finished = snapshot.finished && firstOpen < 0;
    const last = firstOpen < 0 ? visible.length - 1 : firstOpen;
    const step = finished ? visible.length : Math.min(Math.max(0, snapshot.step), Math.max(0, last));
    const result = Object.keys(effective).length ? evaluateVisible(config, visible, effective) : null;
    const revealed = !!result && (snapshot.revealed || finished);
    const total = progressTotal(config, visible, effective, step);
    return { config, answers: snapshot.answers, effective, visible, step, total, finished, revealed, result };
  }

  function commit(next: Snapshot) {
    snapshot = next;
    state = derive();
    snapshot = { ...snapshot, step: state.step, finished: state.finished, revealed: state.revealed };
    save();
    for (const listener of [...listeners]) listener(state);
  }

  /** Runs `use` on the storage in force, if any. Storage may throw (blocked, full, corrupt): then null. */
  function stored<T>(use: (storage: StorageLike, key: string) => T): T | null {
    try {
      return storage && storageKey ? use(storage, storageKey) : null;
    } catch {
      // Quota, sandboxed iframe, privacy mode or a corrupt entry: the quiz keeps working without it.
      return null;
    }
  }

  function load(): Snapshot | null {
    return stored((from, key) => {
      const saved = JSON.parse(from.getItem(key) ?? '{}') as { a?: unknown; s?: unknown; f?: unknown; r?: unknown };
      const { answers } = decodeAnswers(saved.a, config);
      // Position and "finished" are claims; derive() holds them to the answers really given.
      return Object.keys(answers).length
        ? { answers, step: typeof saved.s === 'number' ? saved.s : 0, finished: saved.f === true, revealed: saved.r === true }
        : null;
    });
  }

  function save() {
    stored((to, key) =>
      Object.keys(snapshot.answers).length
        ? to.setItem(
            key,
            JSON.stringify({ a: encodeAnswers(snapshot.answers), s: snapshot.step, f: snapshot.finished, r: snapshot.revealed }),
          )
        : to.removeItem(key),
    );
  }

  return {
    key: options.key ?? '',
    get storageKey() {
      return storageKey;
    },
    getState: () => state,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    answer(questionId, optionIds) {
      const question = config.questions.find((q) => q.id === questionId);
      if (!question) return;
      const known = knownOptionIds(question, optionIds);
      const answers = { ...snapshot.answers };
      if (known.length) answers[questionId] = known;
      else delete answers[questionId];
      commit({ ...snapshot, answers, finished: false });
    },
    next() {
      // derive() keeps the position at the first unanswered question, so this needs no guard.
      commit({ ...snapshot, step: state.step + 1, finished: state.step + 1 >= state.visible.length });
    },
    back() {
      if (state.step > 0) commit({ ...snapshot, step: state.step - 1, finished: false });
    },
    goTo(questionId) {
      const index = state.visible.findIndex((q) => q.id === questionId);
      if (index >= 0) commit({ ...snapshot, step: index, finished: false });
    },
    showResult() {
      commit({ ...snapshot, step: Infinity, finished: true });
    },
    restore(answers, finished) {
      commit({ answers: effectiveAnswers(config, answers), step: finished ? Infinity : 0, finished, revealed: false });
    },
    reset() {
      commit(EMPTY);
    },
    setConfig(next) {
      if (next === config) return;
      config = next;
      commit({ ...snapshot });
    },
    setStorage(nextStorage, nextKey) {
      if (nextStorage === storage && nextKey === storageKey) return;
      // Stopping forgets what was saved.
      if (!(nextStorage && nextKey)) stored((from, key) => from.removeItem(key));
      storage = nextStorage;
      storageKey = nextKey;
      const saved = Object.keys(snapshot.answers).length ? null : load();
      commit(saved ?? { ...snapshot });
    },
  };
}
