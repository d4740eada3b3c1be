import { describe, expect, it } from 'vitest';
import { mergeCorrections } from '../../../geo/corrections/merge';
import type { Correction } from '../../../geo/corrections/schema';

const words = { articleId: 'a1', start: 10, end: 18, text: 'اللاذقية', note: null };
const verify = (by: string, at: string): Correction => ({
  ...words,
  action: 'verify',
  placeId: 'latakia',
  by,
  at,
});
const reject = (by: string, at: string): Correction => ({
  ...words,
  action: 'reject',
  why: 'person',
  by,
  at,
});

describe('mergeCorrections', () => {
  it('keeps every decision of both files once, in the order they were made', () => {
    const a = verify('Rana', '2026-12-01T09:00:00Z');
    const b = { ...verify('Omar', '2026-12-01T08:00:00Z'), start: 30, end: 38 };
    const merged = mergeCorrections([a], [a, b]);
    expect(merged.corrections).toEqual([b, a]);
    expect(merged.conflicts).toEqual([]);
  });

  it('lists a span the two decided differently, keeping the later decision', () => {
    const ours = verify('Rana', '2026-12-01T09:00:00Z');
    const theirs = reject('Omar', '2026-12-01T10:00:00Z');
    const merged = mergeCorrections([ours], [theirs]);
    expect(merged.corrections.at(-1)).toBe(theirs);
    expect(merged.conflicts).toEqual([{ ours, theirs, kept: theirs }]);
  });

  it('sees no conflict when both made the same decision, whoever signed it', () => {
    const merged = mergeCorrections(
      [verify('Rana', '2026-12-01T09:00:00Z')],
      [verify('Omar', '2026-12-01T10:00:00Z')],
    );
    expect(merged.conflicts).toEqual([]);
    expect(merged.corrections).toHaveLength(2);
  });

  it('knows the same claim edit written with its fields in another order, and tells a different one', () => {
    const at = '2026-12-01T09:00:00Z';
    const ours: Correction = {
      ...words,
      action: 'claim-edit',
      changes: { stance: 'denied', activities: ['air'] },
      by: 'Rana',
      at,
    };
    const same: Correction = {
      by: 'Rana',
      at,
      changes: { activities: ['air'], stance: 'denied' },
      action: 'claim-edit',
      ...words,
    };
    expect(mergeCorrections([ours], [same]).corrections).toEqual([ours]);
    const other: Correction = {
      ...ours,
      changes: { stance: 'planned' },
      by: 'Omar',
      at: '2026-12-01T10:00:00Z',
    };
    const merged = mergeCorrections([ours], [other]);
    expect(merged.corrections).toEqual([ours, other]);
    expect(merged.conflicts).toEqual([{ ours, theirs: other, kept: other }]);
  });
});
