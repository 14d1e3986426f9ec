import { isObject } from './own.js';

type Json = Record<string, unknown>;

const hasId = (value: unknown): value is Json & { id: string } => isObject(value) && typeof value.id === 'string';

/** Keys that would reach Object.prototype through a plain assignment. */
const UNSAFE_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

/**
 * Merges a partial override onto a config without touching either. Objects merge key by key; arrays
 * whose items all carry an `id` (questions, options, rows, steps) merge by id, with new ids
 * appended; any other array, and any other value, is replaced.
 */
export function mergeConfig<T>(base: T, override: unknown): T {
  return mergeValue(base, override) as T;
}

function mergeValue(base: unknown, override: unknown): unknown {
  if (override === undefined) return clone(base);
  if (isObject(base) && isObject(override)) {
    const out = clone(base) as Json;
    for (const key of Object.keys(override)) {
      if (!UNSAFE_KEYS.has(key)) out[key] = mergeValue(Object.hasOwn(base, key) ? base[key] : undefined, override[key]);
    }
    return out;
  }
  if (Array.isArray(base) && Array.isArray(override) && base.every(hasId) && override.every(hasId)) {
    const out = base.map(clone) as Json[];
    for (const item of override) {
      const at = out.findIndex((existing) => existing.id === item.id);
      if (at >= 0) out[at] = mergeValue(out[at], item) as Json;
      else out.push(clone(item) as Json);
    }
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
