import { describe, expect, it, vi } from 'vitest';
import { createStore, defaultConfigs, evaluate, mergeConfig, type StorageLike } from '../../src/engine/index.js';
import { parentAtHome } from '../fixtures/answers.js';

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
    expect(store.getState().step).toBe(0);
    store.back();
    expect(store.getState().step).toBe(0);
    store.answer('for-whom', ['myself']);
    store.next();
    expect(store.getState().step).toBe(1);
    // Un-answering the current question (all boxes cleared) holds the quiz there again.
    store.answer('situation', []);
    store.next();
    expect(store.getState().visible[store.getState().step]!.id).toBe('situation');
  });

  it('never finishes with a visible question unanswered, whatever it is told', () => {
    const store = createStore(config);
    store.restore({ 'for-whom': ['myself'], situation: ['in-hospital'] }, true);
    // after-discharge appeared with the hospital answer and is still open.
    expect(store.getState().finished).toBe(false);
    expect(store.getState().visible[store.getState().step]!.id).toBe('after-discharge');
    store.restore(parentAtHome, true);
    expect(store.getState().finished).toBe(true);
  });

  it('holds saved position claims to the answers really saved', () => {
    const storage = memoryStorage();
    storage.setItem('k', JSON.stringify({ a: '1_for-whom~myself', s: 99, f: true }));
    const store = createStore(config, { storage, storageKey: 'k' });
    expect(store.getState().finished).toBe(false);
    expect(store.getState().result).not.toBeNull();
    expect(store.getState().visible[store.getState().step]!.id).toBe('situation');
  });

  it('starts and stops saving when persistence is switched later, forgetting on stop', () => {
    const storage = memoryStorage();
    const store = createStore(config);
    store.answer('for-whom', ['partner']);
    expect(storage.data.size).toBe(0);
    store.setStorage(storage, 'k');
    expect(JSON.parse(storage.data.get('k')!).a).toBe('1_for-whom~partner');
    store.setStorage();
    expect(storage.data.has('k')).toBe(false);
    store.answer('for-whom', ['myself']);
    expect(storage.data.size).toBe(0);
    // Switched on with nothing answered yet, it resumes what was saved.
    storage.setItem('k2', JSON.stringify({ a: '1_for-whom~older-relative', s: 1, f: false }));
    const fresh = createStore(config);
    fresh.setStorage(storage, 'k2');
    expect(fresh.getState().effective).toEqual({ 'for-whom': ['older-relative'] });
    expect(fresh.getState().step).toBe(1);
  });

  it('carries the derived state once per change: visible questions, effective answers, evaluation', () => {
    const store = createStore(config);
    store.restore({ ...parentAtHome, 'after-discharge': ['recovery-only'], 'no-such-question': ['x'] }, true);
    const state = store.getState();
    expect(state.effective).toEqual(parentAtHome);
    expect(state.visible.map((q) => q.id)).not.toContain('after-discharge');
    expect(state.result).toEqual(evaluate(config, parentAtHome));
    expect(store.getState()).toBe(state);
  });

  it('treats question ids named like Object.prototype members as plain ids', () => {
    const hostile = mergeConfig(config, {
      questions: ['valueOf', 'constructor', 'toString'].map((id) => ({
        id,
        text: `Question ${id}?`,
        options: [
          { id: 'yes', label: 'Yes', weights: { caseManager: 1, careManager: 0 }, reason: 'Because.' },
          { id: 'no', label: 'No', weights: { caseManager: 0, careManager: 1 }, reason: 'Because.' },
        ],
      })),
    });
    const store = createStore(hostile);
    answerAll(store, { ...parentAtHome, valueOf: ['no'], constructor: ['no'], toString: ['no'] });
    expect(store.getState().finished).toBe(true);
    expect(store.getState().effective.constructor).toEqual(['no']);
    expect(store.getState().result!.recommendation).toBe('care-manager');
    // Before any answer, those ids are unanswered, not answered with a prototype function.
    const fresh = createStore(hostile);
    expect(fresh.getState().result).toBeNull();
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
      getItem: () => {
        throw new Error('SecurityError');
      },
      setItem: () => {
        throw new Error('QuotaExceededError');
      },
      removeItem: () => {
        throw new Error('SecurityError');
      },
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

describe('createStore: the result once shown', () => {
  it('stays revealed while an answer is changed, until Start over', () => {
    const store = createStore(config);
    store.answer('for-whom', ['myself']);
    expect(store.getState().revealed).toBe(false);
    answerAll(store, parentAtHome);
    expect(store.getState().revealed).toBe(true);
    store.goTo('situation');
    store.answer('situation', ['in-hospital']);
    expect(store.getState().finished).toBe(false);
    expect(store.getState().revealed).toBe(true);
    store.reset();
    expect(store.getState().revealed).toBe(false);
  });

  it('goes back to the result, or to a question that is now unanswered', () => {
    const store = createStore(config);
    answerAll(store, parentAtHome);
    store.goTo('for-whom');
    store.showResult();
    expect(store.getState().finished).toBe(true);
    store.goTo('situation');
    store.answer('situation', ['in-hospital']);
    store.showResult();
    // The hospital answer opened the after-discharge question: it must be answered first.
    expect(store.getState().finished).toBe(false);
    expect(store.getState().visible[store.getState().step]!.id).toBe('after-discharge');
  });
});
