/**
 * The widgets' timers (popup triggers, the missing-language warning), in one object so tests can
 * put a fake clock in their place instead of sleeping. @internal
 */
export const clock = {
  set: (fn: () => void, ms: number): unknown => setTimeout(fn, ms),
  clear: (id: unknown) => clearTimeout(id as number),
};
