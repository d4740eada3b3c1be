/**
 * Long work cut into slices, the browser free between them to paint and to answer the reader: no slice
 * runs much past `SLICE_MS`, so starting the map never holds a phone's main thread for long.
 */

/** About a quarter of a long task (50 ms) on a fast machine: a phone, four times slower, stays under it. */
export const SLICE_MS = 8;

/** Hands the main thread back to the browser, to go on in a task of its own. */
export function yieldToMain(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  if (typeof scheduler?.yield === 'function') return scheduler.yield();
  return new Promise((resolve) => setTimeout(resolve, 0));
}

/** `items` mapped by `map`, yielding to the browser whenever a slice has run `SLICE_MS`. */
export async function mapInSlices<T, R>(items: readonly T[], map: (item: T) => R): Promise<R[]> {
  const mapped: R[] = [];
  let sliceStart = performance.now();
  for (const item of items) {
    mapped.push(map(item));
    if (performance.now() - sliceStart > SLICE_MS) {
      await yieldToMain();
      sliceStart = performance.now();
    }
  }
  return mapped;
}

/**
 * Runs `then` in a task of its own once the browser has painted its next frame: work the first frame can
 * do without (measuring names, say) then neither lengthens the task that builds the page nor forces its
 * layout early.
 */
export function afterNextPaint(then: () => void): void {
  requestAnimationFrame(() => setTimeout(then, 0));
}

/**
 * One `flush` for a burst of calls: `schedule` runs it `ms` after the first call since the last flush,
 * `now` runs it at once (and drops the one scheduled).
 */
export function batched(flush: () => void, ms: number): { schedule: () => void; now: () => void } {
  let timer: ReturnType<typeof setTimeout> | null = null;
  const now = () => {
    if (timer !== null) clearTimeout(timer);
    timer = null;
    flush();
  };
  return {
    schedule: () => {
      timer ??= setTimeout(now, ms);
    },
    now,
  };
}
