import { describe, expect, it } from 'vitest';
import { boundsOf, latLngOf } from '../../../../src/views/common/lat-lng';

describe('lat-lng', () => {
  it('turns GeoJSON [lng, lat] into Leaflet [lat, lng]', () => {
    expect(latLngOf([35.9486, 35.4011])).toEqual([35.4011, 35.9486]);
  });

  it('bounds points as [[south, west], [north, east]]', () => {
    expect(
      boundsOf([
        [35.9486, 35.4011],
        [-77.0364, 38.8951],
        [68.7864, 38.5358],
      ]),
    ).toEqual([
      [35.4011, -77.0364],
      [38.8951, 68.7864],
    ]);
  });

  it('has no bounds for no points', () => {
    expect(boundsOf([])).toBeNull();
  });
});
