import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { batched } from '../../../src/platform/in-slices';

describe('batched', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('flushes a burst of calls once, the given time after the first', () => {
    const flush = vi.fn();
    const batch = batched(flush, 100);
    batch.schedule();
    vi.advanceTimersByTime(60);
    batch.schedule();
    batch.schedule();
    expect(flush).not.toHaveBeenCalled();
    vi.advanceTimersByTime(40);
    expect(flush).toHaveBeenCalledTimes(1);
    batch.schedule();
    vi.advanceTimersByTime(100);
    expect(flush).toHaveBeenCalledTimes(2);
  });

  it('flushes at once when asked, and drops the flush it had scheduled', () => {
    const flush = vi.fn();
    const batch = batched(flush, 100);
    batch.schedule();
    batch.now();
    expect(flush).toHaveBeenCalledTimes(1);
    vi.advanceTimersByTime(200);
    expect(flush).toHaveBeenCalledTimes(1);
  });
});
