import { describe, expect, it } from 'vitest';
import { unwrapPolygons, unwrapRing } from '../../../src/model/antimeridian';

describe('unwrapRing', () => {
  it('continues a ring across the 180° meridian instead of jumping back', () => {
    const fiji = [
      [179, -16],
      [-179, -16],
      [-179, -17],
      [179, -17],
      [179, -16],
    ];
    expect(unwrapRing(fiji)).toEqual([
      [179, -16],
      [181, -16],
      [181, -17],
      [179, -17],
      [179, -16],
    ]);
  });

  it('keeps a ring that starts past the meridian on the world, not a world away', () => {
    const eurasia = [
      [-175, 66],
      [175, 70],
      [30, 60],
      [175, 60],
      [-175, 66],
    ];
    expect(unwrapRing(eurasia)).toEqual([
      [185, 66],
      [175, 70],
      [30, 60],
      [175, 60],
      [185, 66],
    ]);
  });

  it('leaves a ring that circles the pole as it is', () => {
    const antarctica = [
      [-180, -80],
      [0, -70],
      [180, -80],
      [-180, -90],
      [-180, -80],
    ];
    expect(unwrapRing(antarctica)).toEqual(antarctica);
  });

  it('leaves an ordinary ring unchanged', () => {
    const ring = [
      [35, 35],
      [36, 35],
      [36, 36],
      [35, 35],
    ];
    expect(unwrapRing(ring)).toEqual(ring);
  });
});

describe('unwrapPolygons', () => {
  it('unwraps every ring of a multipolygon and passes lines through', () => {
    const multi = unwrapPolygons({
      type: 'MultiPolygon',
      coordinates: [
        [
          [
            [179, 0],
            [-179, 0],
            [-179, 1],
            [179, 0],
          ],
        ],
      ],
    });
    expect(multi.type === 'MultiPolygon' && multi.coordinates[0]![0]!.map((p) => p[0])).toEqual([
      179, 181, 181, 179,
    ]);
    const line = {
      type: 'LineString' as const,
      coordinates: [
        [179, 0],
        [-179, 0],
      ],
    };
    expect(unwrapPolygons(line)).toBe(line);
  });
});
