/**
 * A record's own value for `key`. Ids and language tags come from agencies and URLs, and a plain
 * `record[key]` would hand back Object.prototype's `constructor` or `toString` for those names.
 */
export function own<T>(record: Readonly<Record<string, T>>, key: string): T | undefined {
  return Object.hasOwn(record, key) ? record[key] : undefined;
}

export const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
