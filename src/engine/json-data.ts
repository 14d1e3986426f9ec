import type { ConfigError } from './types.js';

const MAX_DEPTH = 32;
const join = (path: string, key: string) => (path ? `${path}.${key}` : key);
const MAX_NODES = 20_000;

/**
 * Copies a config handed over as a JS value into plain JSON data, or says why it cannot: a cycle,
 * a BigInt or function, a getter that throws, or nesting deeper than any real config. Everything
 * after this point can then walk the value without guarding against hostile objects.
 */
// The copy and the offset finder throw plain { path, message } records and offsets, caught in this
// module, to leave deep recursion in one step; they never escape as exceptions.
/* eslint-disable @typescript-eslint/only-throw-error */
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
    if (typeof path !== 'string')
      return { error: { path: 'config', message: `could not be read (${String((error as Error)?.message ?? error)})` } };
    return { error: { path: path || 'config', message } };
  }
}

/**
 * Where `text` stops being JSON: the offset of the first character the grammar does not allow (or
 * `text.length` when it ends too soon), or -1 when it is valid. Browsers word JSON.parse errors
 * differently and some give no position at all; this gives the same answer everywhere.
 */
export function jsonErrorOffset(text: string): number {
  let at = 0;
  /** Skips whitespace, then moves past `token` when the text goes on with it. */
  const eat = (token: RegExp) => {
    SPACE.lastIndex = at;
    SPACE.test(text);
    token.lastIndex = at = SPACE.lastIndex;
    const match = token.exec(text);
    if (match) at = token.lastIndex;
    return match;
  };
  // A string's valid part; without its closing quote, `at` is where it went wrong (a raw control
  // character, a bad escape, the end).
  const string = () => {
    // eslint-disable-next-line no-control-regex -- JSON strings may not hold raw control characters
    if (!eat(/"(?:[^"\\\0-\x1f]|\\(?:["\\/bfnrt]|u[\da-fA-F]{4}))*\\?(")?/y)?.[1]) throw at;
  };
  const value = (): void => {
    const open = eat(/[[{]/y)?.[0];
    if (!open) return void (eat(/-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?|true|false|null/y) || string());
    const close = open === '{' ? /}/y : /]/y;
    if (eat(close)) return;
    do {
      if (open === '{') {
        string();
        if (!eat(/:/y)) throw at;
      }
      value();
    } while (eat(/,/y));
    if (!eat(close)) throw at;
  };
  try {
    value();
    eat(/$/y);
    return at < text.length ? at : -1;
  } catch (error) {
    // A number is our position; anything else (a stack overflow on absurd nesting) has none.
    return typeof error === 'number' ? error : -1;
  }
}
const SPACE = /[ \t\n\r]*/y;
/* eslint-enable @typescript-eslint/only-throw-error */
