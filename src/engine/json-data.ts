import type { ConfigError } from './types.js';

const MAX_DEPTH = 32;
const join = (path: string, key: string) => (path ? `${path}.${key}` : key);
const MAX_NODES = 20_000;

/**
 * Copies a config handed over as a JS value into plain JSON data, or says why it cannot: a cycle,
 * a BigInt or function, a getter that throws, or nesting deeper than any real config. Everything
 * after this point can then walk the value without guarding against hostile objects.
 */
export function toJsonData(input: unknown): { value: unknown; error?: undefined } | { value?: undefined; error: ConfigError } {
  let nodes = 0;
  const seen = new Set<object>();
  const copy = (value: unknown, path: string, depth: number): unknown => {
    // Numbers pass as they are: validation names a NaN weight by its place in the merged config.
    if (value === null || typeof value === 'string' || typeof value === 'boolean' || typeof value === 'number') return value;
    if (typeof value !== 'object') throw { path, message: `must be JSON data, got ${typeof value}` };
    if (seen.has(value)) throw { path, message: 'refers back to itself (a cycle)' };
    if (depth > MAX_DEPTH) throw { path, message: `is nested more than ${MAX_DEPTH} levels deep` };
    if (++nodes > MAX_NODES) throw { path, message: `has more than ${MAX_NODES} values` };
    seen.add(value);
    let out: unknown;
    if (Array.isArray(value)) out = value.map((item, i) => copy(item, `${path}[${i}]`, depth + 1));
    else {
      const record: Record<string, unknown> = {};
      for (const key of Object.keys(value)) {
        let item: unknown;
        try {
          item = (value as Record<string, unknown>)[key];
        } catch (error) {
          throw { path: join(path, key), message: `could not be read (${(error as Error)?.message ?? String(error)})` };
        }
        if (item !== undefined) record[key] = copy(item, join(path, key), depth + 1);
      }
      out = record;
    }
    seen.delete(value);
    return out;
  };
  try {
    return { value: copy(input, '', 0) };
  } catch (error) {
    const { path, message } = error as ConfigError;
    // A Proxy can throw from Object.keys itself; anything without a path is reported on the whole.
    if (typeof path !== 'string') return { error: { path: 'config', message: `could not be read (${String((error as Error)?.message ?? error)})` } };
    return { error: { path: path || 'config', message } };
  }
}
