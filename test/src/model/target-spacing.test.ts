import { describe, expect, it } from 'vitest';
import { crowdedOut, crowds } from '../../../src/model/target-spacing';

const box = (x: number, y: number, side = 24) => ({ x, y, width: side, height: side });

describe('target spacing', () => {
  it('says two targets crowd each other when they overlap or their centres are closer than the minimum', () => {
    expect(crowds(box(0, 0), box(10, 0), 24)).toBe(true);
    expect(crowds(box(0, 0), box(23, 0, 20), 24)).toBe(true);
    expect(crowds(box(0, 0), box(24, 0), 24)).toBe(false);
    expect(crowds(box(0, 0, 28), box(26, 0, 28), 24)).toBe(true);
  });

  it('leaves out candidates that crowd a placed target or a candidate kept before them', () => {
    const out = crowdedOut([box(0, 0)], [box(5, 5), box(100, 0), box(110, 0), box(200, 0)], 24);
    expect([...out]).toEqual([0, 2]);
  });

  it('does not throw on zero candidates', () => {
    expect(crowdedOut([], [], 24).size).toBe(0);
  });
});
