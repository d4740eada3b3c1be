import { describe, expect, it } from 'vitest';
import { PLACE_KINDS } from '../../../geo/contract';
import { KIND_STYLES, LEGEND_KINDS, markerStyle } from '../../../src/model/marker-style';

describe('markerStyle', () => {
  it('gives each kind its own class', () => {
    const classes = PLACE_KINDS.map((kind) => markerStyle(kind, 1).className);
    expect(new Set(classes).size).toBe(PLACE_KINDS.length);
  });

  it('puts a facility above the settlement it lies beside, and countries at the bottom', () => {
    expect(KIND_STYLES.facility.zIndexOffset).toBeGreaterThan(KIND_STYLES.settlement.zIndexOffset);
    for (const kind of PLACE_KINDS) {
      expect(KIND_STYLES[kind].zIndexOffset).toBeGreaterThanOrEqual(KIND_STYLES.country.zIndexOffset);
    }
  });

  it('grows a marker with its mentions, modestly and up to a limit', () => {
    const sizes = [1, 2, 8, 45, 10_000].map((count) => markerStyle('settlement', count).size);
    expect(sizes).toEqual([...sizes].sort((a, b) => a - b));
    expect(sizes[4]! - sizes[0]!).toBeLessThanOrEqual(8);
  });

  it('lists every kind in the legend once', () => {
    expect([...LEGEND_KINDS].sort()).toEqual([...PLACE_KINDS].sort());
  });
});
