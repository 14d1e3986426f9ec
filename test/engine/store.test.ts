import { describe, expect, it, vi } from 'vitest';
import { createStore, defaultConfigs, evaluate, type StorageLike } from '../../src/engine/index.js';
import { parentAtHome } from './fixtures.js';

const config = defaultConfigs.en!;

function memoryStorage(): StorageLike & { data: Map<string, string> } {
  const data = new Map<string, string>();
  return { data, getItem: (k) => data.get(k) ?? null, setItem: (k, v) => void data.set(k, v), removeItem: (k) => void data.delete(k) };
}

function answerAll(store: ReturnType<typeof createStore>, answers: Record<string, string[]>) {
  for (let guard = 0; guard < 20 && !store.getState().finished; guard++) {
    const question = store.getState().visible[store.getState().step]!;
    store.answer(question.id, answers[question.id] ?? [question.options[0]!.id]);
    store.next();
  }
}

describe('createStore', () => {
  it('walks the questions, notifies subscribers and finishes with the evaluation', () => {
    const store = createStore(config);
    const seen = vi.fn();
    const unsubscribe = store.subscribe(seen);
    expect(store.getState().result).toBeNull();
    answerAll(store, parentAtHome);
    const state = store.getState();
    expect(state.finished).toBe(true);
    expect(state.step).toBe(state.visible.length);
    expect(state.result).toEqual(evaluate(config, parentAtHome));
    expect(seen).toHaveBeenCalled();
    unsubscribe();
    const callsBefore = seen.mock.calls.length;
    store.reset();
    expect(seen).toHaveBeenCalledTimes(callsBefore);
    expect(store.getState().answers).toEqual({});
  });

  it('will not go next without an answer, nor back before the first question', () => {
    const store = createStore(config);
    store.next();
    store.back();
    expect(store.getState().step).toBe(0);
  });

  it('jumps back to a question and un-finishes', () => {
    const store = createStore(config);
    answerAll(store, parentAtHome);
    store.goTo('works-for');
    expect(store.getState().finished).toBe(false);
    expect(store.getState().visible[store.getState().step]!.id).toBe('works-for');
  });

  it('resumes from storage and clears it on reset', () => {
    const storage = memoryStorage();
    const first = createStore(config, { storage, storageKey: 'q1' });
    answerAll(first, parentAtHome);
    const second = createStore(config, { storage, storageKey: 'q1' });
    expect(second.getState().finished).toBe(true);
    expect(second.getState().answers).toEqual(first.getState().answers);
    expect(createStore(config, { storage, storageKey: 'q2' }).getState().answers).toEqual({});
    second.reset();
    expect(storage.data.has('q1')).toBe(false);
  });

  it('works when storage throws', () => {
    const throwing: StorageLike = {
      getItem: () => { throw new Error('SecurityError'); },
      setItem: () => { throw new Error('QuotaExceededError'); },
      removeItem: () => { throw new Error('SecurityError'); },
    };
    const store = createStore(config, { storage: throwing, storageKey: 'k' });
    answerAll(store, parentAtHome);
    expect(store.getState().result!.recommendation).toBe('care-manager');
  });

  it('ignores corrupt stored data', () => {
    const storage = memoryStorage();
    storage.setItem('k', '{not json');
    expect(createStore(config, { storage, storageKey: 'k' }).getState().answers).toEqual({});
  });
});
