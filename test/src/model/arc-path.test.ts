import { describe, expect, it } from 'vitest';
import { arcPath, bendOf } from '../../../src/model/arc-path';

describe('arcPath', () => {
  it('starts at the origin and ends at the destination', () => {
    const { points } = arcPath({ x: 0, y: 0 }, { x: 10, y: 0 }, 0.2, 8);
    expect(points).toHaveLength(9);
    expect(points[0]).toEqual({ x: 0, y: 0 });
    expect(points.at(-1)).toEqual({ x: 10, y: 0 });
  });

  it('bends to the left of the direction of travel', () => {
    // Eastwards, left is north: the middle lies above the chord.
    expect(arcPath({ x: 0, y: 0 }, { x: 10, y: 0 }, 0.2).middle.y).toBeGreaterThan(0);
    // Westwards, the same two places: the middle lies below, so the two arcs part ways.
    expect(arcPath({ x: 10, y: 0 }, { x: 0, y: 0 }, 0.2).middle.y).toBeLessThan(0);
  });

  it('points the arrow along the chord, in screen degrees', () => {
    expect(arcPath({ x: 0, y: 0 }, { x: 10, y: 0 }, 0.2).angle).toBeCloseTo(0);
    // Northwards on the map is up on the screen: -90 degrees clockwise from east.
    expect(arcPath({ x: 0, y: 0 }, { x: 0, y: 10 }, 0.2).angle).toBeCloseTo(-90);
  });

  it('bends each further lane more, so arcs between the same places fan out', () => {
    expect(bendOf(1)).toBeGreaterThan(bendOf(0));
    const near = arcPath({ x: 0, y: 0 }, { x: 10, y: 0 }, bendOf(0)).middle.y;
    const far = arcPath({ x: 0, y: 0 }, { x: 10, y: 0 }, bendOf(2)).middle.y;
    expect(far).toBeGreaterThan(near);
  });
});
