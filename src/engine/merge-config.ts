import { isObject } from './own.js';

type Json = Record<string, unknown>;
/** Reports a problem in the override, at its path (`questions[2].remove`). */
export type MergeProblem = (path: string, message: string) => void;

const hasId = (value: unknown): value is Json & { id: string } => isObject(value) && typeof value.id === 'string';

/** Keys that would reach Object.prototype through a plain assignment. */
const UNSAFE_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

/**
 * Merges a partial override onto a config without touching either. Objects merge key by key; arrays
 * whose items all carry an `id` (questions, options, rows, steps) merge by id: `{ "id": "x",
 * "remove": true }` removes item x; an override naming every item of the base array sets their
 * order (new items where it lists them); otherwise the base order stays and new ids are appended.
 * Any other array, and any other value, is replaced. A bad `remove` is reported through `problem`.
 */
export function mergeConfig<T>(base: T, override: unknown, problem?: MergeProblem): T {
  return mergeValue(base, override, '', problem) as T;
}

function mergeValue(base: unknown, override: unknown, path: string, problem?: MergeProblem): unknown {
  if (override === undefined) return clone(base);
  if (isObject(base) && isObject(override)) {
    const out = clone(base) as Json;
    for (const key of Object.keys(override)) {
      if (!UNSAFE_KEYS.has(key))
        out[key] = mergeValue(Object.hasOwn(base, key) ? base[key] : undefined, override[key], path ? `${path}.${key}` : key, problem);
    }
    return out;
  }
  if (Array.isArray(base) && Array.isArray(override) && base.every(hasId) && override.every(hasId)) {
    const ids = override.map((item) => item.id);
    // Naming every item (removed ones too) is reordering; anything less keeps the base order.
    const out = (base.every((item) => ids.includes(item.id)) ? [] : base.map(clone)) as Json[];
    override.forEach((item, i) => {
      const at = out.findIndex((existing) => existing.id === item.id);
      const from = base.find((existing) => existing.id === item.id);
      const here = `${path}[${i}]`;
      if (Object.hasOwn(item, 'remove')) {
        if (item.remove !== true) problem?.(`${here}.remove`, 'must be true (to remove the item)');
        else if (!from) problem?.(`${here}.id`, `no "${item.id}" here to remove`);
        else if (at >= 0) out.splice(at, 1);
      } else if (at >= 0) out[at] = mergeValue(out[at], item, here, problem) as Json;
      else out.push(mergeValue(from, item, here, problem) as Json);
    });
    return out;
  }
  return clone(override);
}

function clone(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(clone);
  if (isObject(value)) {
    const out: Json = {};
    for (const key of Object.keys(value)) if (!UNSAFE_KEYS.has(key)) out[key] = clone(value[key]);
    return out;
  }
  return value;
}
