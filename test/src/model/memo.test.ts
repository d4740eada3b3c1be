import { describe, expect, it } from 'vitest';
import { memoize } from '../../../src/model/memo';

describe('memoize', () => {
  it('returns the same result object for the same arguments, computing it once', () => {
    let calls = 0;
    const pairs = memoize((items: readonly number[], tag: string) => {
      calls++;
      return items.map((n) => `${tag}${n}`);
    });
    const items = [1, 2];
    const first = pairs(items, 'a');
    expect(pairs(items, 'a')).toBe(first);
    expect(calls).toBe(1);
  });

  it('computes again when an object argument is another object, even an equal one', () => {
    const copy = memoize((items: readonly number[]) => [...items]);
    const a = [1];
    expect(copy([1])).not.toBe(copy(a));
    expect(copy(a)).toBe(copy(a));
  });

  it('keeps one result per key, so selectors for several places do not evict each other', () => {
    let calls = 0;
    const lookup = memoize((table: Record<string, number>, key: string) => {
      calls++;
      return { value: table[key] };
    });
    const table = { a: 1, b: 2 };
    const a = lookup(table, 'a');
    const b = lookup(table, 'b');
    expect(lookup(table, 'a')).toBe(a);
    expect(lookup(table, 'b')).toBe(b);
    expect(calls).toBe(2);
  });

  it('tells null, undefined, false and 0 apart, and caches a result that is itself null', () => {
    let calls = 0;
    const describe_ = memoize((value: boolean | number | null | undefined) => {
      calls++;
      return value === null ? null : String(value);
    });
    expect([null, undefined, false, 0].map((v) => describe_(v))).toEqual([null, 'undefined', 'false', '0']);
    expect(describe_(null)).toBeNull();
    expect(calls).toBe(4);
  });
});
