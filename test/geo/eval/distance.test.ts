import { describe, expect, it } from 'vitest';
import { ACC_KM, distanceKm } from '../../../geo/eval/distance';

describe('distanceKm', () => {
  it('is zero from a point to itself', () => {
    expect(distanceKm([35.79, 35.53], [35.79, 35.53])).toBe(0);
  });

  it('gives one degree of latitude as about 111.2 km, anywhere along a meridian', () => {
    expect(distanceKm([0, 0], [0, 1])).toBeCloseTo(111.2, 1);
    expect(distanceKm([50, 60], [50, 61])).toBeCloseTo(111.2, 1);
  });

  it('shrinks a degree of longitude with the cosine of the latitude', () => {
    expect(distanceKm([0, 60], [1, 60])).toBeCloseTo(55.6, 0);
  });

  it('reads [lng, lat]: Damascus to Beirut is about 85 km, within Acc@161', () => {
    const km = distanceKm([36.29, 33.51], [35.5, 33.89]);
    expect(km).toBeGreaterThan(80);
    expect(km).toBeLessThan(90);
    expect(km).toBeLessThan(ACC_KM);
  });

  it('goes the short way across the antimeridian and stays finite for antipodes', () => {
    expect(distanceKm([179.5, 0], [-179.5, 0])).toBeCloseTo(111.2, 1);
    expect(distanceKm([0, 0], [180, 0])).toBeCloseTo(Math.PI * 6371.0088, 0);
  });
});
