import { describe, expect, it } from 'vitest';
import { activityFrame, distanceKm, placeZoom, THEATRE_RADIUS_KM } from '../../../src/model/frame';
import { MAX_ZOOM } from '../../../src/model/map-view';
import { builtDataset } from '../fixtures/built-dataset';

const place = (id: string, lng: number, lat: number, weight = 1) => ({
  id,
  lngLat: [lng, lat] as [number, number],
  weight,
});
const ids = (places: readonly { id: string }[]) => places.map((p) => p.id);

describe('activityFrame', () => {
  it('frames the seed data on the Syrian theatre, leaving Washington, London and Central Asia outside', () => {
    const dataset = builtDataset();
    const sitesAndVenues = dataset.places.features
      .map((f) => ({
        id: f.properties.id,
        lngLat: f.geometry.coordinates,
        weight: f.properties.mentions.filter((m) => m.role === 'site' || m.role === 'venue').length,
      }))
      .filter((p) => p.weight > 0);
    const frame = activityFrame(sitesAndVenues)!;
    expect(ids(frame.inside)).toEqual(
      expect.arrayContaining(['latakia', 'hmeimim-air-base', 'tartus-naval-facility', 'syria']),
    );
    expect(ids(frame.outside)).toEqual(expect.arrayContaining(['pentagon', 'london', 'dushanbe']));
    expect(frame.inside.length + frame.outside.length).toBe(sitesAndVenues.length);
  });

  it('is not dragged off by a far place, however many far places there are, while the weight is near', () => {
    const near = [place('a', 36, 35, 10), place('b', 36.5, 35.5, 5)];
    const far = [place('x', -77, 39), place('y', -0.1, 51.5), place('z', 139, 35)];
    const frame = activityFrame([...far, ...near])!;
    expect(ids(frame.inside)).toEqual(['a', 'b']);
    expect(ids(frame.outside)).toHaveLength(3);
  });

  it('lists the places outside nearest first', () => {
    const frame = activityFrame([place('home', 0, 0, 9), place('far', 100, 0), place('farther', 150, 0)])!;
    expect(ids(frame.outside)).toEqual(['far', 'farther']);
  });

  it('keeps everything within the theatre radius of its centre and nothing beyond', () => {
    const centre = place('c', 30, 30, 50);
    const edge = place('in', 30, 30 + (THEATRE_RADIUS_KM - 10) / 111.2);
    const beyond = place('out', 30, 30 - (THEATRE_RADIUS_KM + 10) / 111.2);
    const frame = activityFrame([centre, edge, beyond])!;
    expect(ids(frame.inside)).toEqual(['c', 'in']);
    expect(ids(frame.outside)).toEqual(['out']);
  });

  it('does not throw on zero places, and frames a single one', () => {
    expect(activityFrame([])).toBeNull();
    expect(ids(activityFrame([place('only', 10, 10)])!.inside)).toEqual(['only']);
  });
});

describe('distanceKm', () => {
  it('measures Moscow to Latakia as about 2,250 km, and a point to itself as none', () => {
    expect(distanceKm([37.6156, 55.7522], [35.7901, 35.5317])).toBeGreaterThan(2200);
    expect(distanceKm([37.6156, 55.7522], [35.7901, 35.5317])).toBeLessThan(2300);
    expect(distanceKm([10, 10], [10, 10])).toBe(0);
  });

  it('agrees with the haversine formula to the metre, from a few metres to the far side of the Earth', () => {
    const radians = Math.PI / 180;
    const haversine = ([lng1, lat1]: [number, number], [lng2, lat2]: [number, number]) => {
      const a =
        Math.sin(((lat2 - lat1) * radians) / 2) ** 2 +
        Math.cos(lat1 * radians) * Math.cos(lat2 * radians) * Math.sin(((lng2 - lng1) * radians) / 2) ** 2;
      return 2 * 6371 * Math.asin(Math.min(1, Math.sqrt(a)));
    };
    const pairs: [number, number][][] = [
      [
        [35.79, 35.53],
        [35.7901, 35.5301],
      ],
      [
        [35.79, 35.53],
        [36.3, 33.5],
      ],
      [
        [-77, 39],
        [139, 35],
      ],
      [
        [0, 89.9],
        [180, -89.9],
      ],
      [
        [-179.9, 0],
        [179.9, 0],
      ],
    ];
    for (const [a, b] of pairs) expect(Math.abs(distanceKm(a!, b!) - haversine(a!, b!))).toBeLessThan(0.001);
  });
});

describe('placeZoom', () => {
  it('shows a country wider than a base, and closer when only there it parts from its neighbours', () => {
    expect(placeZoom('country', 1)).toBeLessThan(placeZoom('facility', 1));
    expect(placeZoom('settlement', 10)).toBe(10);
    expect(placeZoom('facility', MAX_ZOOM + 1)).toBe(MAX_ZOOM);
  });
});
