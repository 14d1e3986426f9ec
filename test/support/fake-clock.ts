import { clock } from '../../src/shared/clock.js';

/**
 * A fake clock in place of the widgets' timers (src/shared/clock.ts), for the source elements:
 * `tick(ms)` runs what falls due, in order, so no test sleeps or races a real timer. Only the
 * widgets' own delays go through it; Lit's updates and the test's frames keep the real ones.
 */
export class FakeClock {
  now = 0;
  private timers = new Map<number, { at: number; fn: () => void }>();
  private ids = 0;
  private readonly real = { ...clock };

  constructor() {
    clock.set = (fn, ms) => {
      this.timers.set(++this.ids, { at: this.now + ms, fn });
      return this.ids;
    };
    clock.clear = (id) => this.timers.delete(id as number);
  }

  /** How many timers are waiting. */
  get pending(): number {
    return this.timers.size;
  }

  tick(ms: number) {
    const end = this.now + ms;
    for (;;) {
      const due = [...this.timers].filter(([, t]) => t.at <= end).sort(([, a], [, b]) => a.at - b.at)[0];
      if (!due) break;
      this.timers.delete(due[0]);
      this.now = due[1].at;
      due[1].fn();
    }
    this.now = end;
  }

  restore() {
    Object.assign(clock, this.real);
  }
}
