/**
 * Spreads first renders over several tasks when a page has many widgets (a blog with 50 tables),
 * so no single task grows long enough to block input. A lone update never waits: an element waits
 * only when renders in the current slice have already used it up.
 */
const SLICE_MS = 12;
let sliceStart = -1;

/** True when an element may render now; checked right before rendering, so it sees the time spent. */
export function renderSlotFree(): boolean {
  const now = performance.now();
  if (sliceStart < 0) {
    sliceStart = now;
    // The slice ends with the current task (and any already queued before this timer).
    setTimeout(() => (sliceStart = -1));
    return true;
  }
  return now - sliceStart < SLICE_MS;
}

/** Resolves in a later task, after the browser has had a chance to handle input and paint. */
export function nextRenderSlot(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve));
}
