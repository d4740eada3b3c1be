import { describe, expect, it } from 'vitest';
import { MAX_ZOOM } from '../../../src/model/map-view';
import { placeClusters, WORLD_BBOX, type MapItem } from '../../../src/model/place-clusters';
import { project, WORLD_SIZE } from '../../../src/model/web-mercator';
import { builtDataset } from '../fixtures/built-dataset';

const RADIUS = 40;

function seedPlaces() {
  return builtDataset().places.features.map((f) => ({ id: f.properties.id, lngLat: f.geometry.coordinates }));
}

/** Pixels between two `[lng, lat]` points at a zoom of 256-pixel tiles. */
function pixels(a: readonly [number, number], b: readonly [number, number], zoom: number): number {
  const [ax, ay] = project(a);
  const [bx, by] = project(b);
  // The world is WORLD_SIZE units wide, and 256 pixels wide at zoom 0.
  return (Math.hypot(ax - bx, ay - by) / WORLD_SIZE) * 256 * 2 ** zoom;
}

const pointOf = (item: MapItem, places: ReturnType<typeof seedPlaces>) =>
  item.type === 'cluster' ? item.lngLat : places.find((p) => p.id === item.id)!.lngLat;

describe('placeClusters', () => {
  it('accounts for every place exactly once at every zoom', () => {
    const places = seedPlaces();
    const clusters = placeClusters(places, RADIUS);
    for (let zoom = 1; zoom <= MAX_ZOOM; zoom++) {
      const shown = clusters
        .itemsAt(zoom, WORLD_BBOX)
        .flatMap((item) => (item.type === 'cluster' ? item.placeIds : [item.id]));
      expect(shown.sort()).toEqual(places.map((p) => p.id).sort());
    }
  });

  it('keeps every marker of the seed data at least the radius from the next, at every zoom', () => {
    const places = seedPlaces();
    const clusters = placeClusters(places, RADIUS);
    for (let zoom = 1; zoom <= MAX_ZOOM; zoom++) {
      const items = clusters.itemsAt(zoom, WORLD_BBOX);
      for (let i = 0; i < items.length; i++)
        for (let j = i + 1; j < items.length; j++)
          expect(pixels(pointOf(items[i]!, places), pointOf(items[j]!, places), zoom)).toBeGreaterThanOrEqual(
            RADIUS,
          );
    }
  });

  it('keeps thousands of crowded places apart and accounted for, in the time of a redraw', () => {
    // A newsroom's map: 4,000 places across the Levant, many only a few kilometres apart.
    let seed = 7;
    const random = () => ((seed = (seed * 16807) % 2147483647) - 1) / 2147483646;
    const places = Array.from({ length: 4000 }, (_, k) => ({
      id: `p${k}`,
      lngLat: [34 + random() * 14, 29 + random() * 9] as [number, number],
    }));
    const clusters = placeClusters(places, RADIUS);
    for (let zoom = 3; zoom <= 8; zoom++) {
      const items = clusters.itemsAt(zoom, WORLD_BBOX);
      const shown = items.flatMap((item) => (item.type === 'cluster' ? item.placeIds : [item.id]));
      expect(shown.sort()).toEqual(places.map((p) => p.id).sort());
      const points = items.map((item) => pointOf(item, places));
      for (let i = 0; i < points.length; i++)
        for (let j = i + 1; j < points.length; j++)
          if (pixels(points[i]!, points[j]!, zoom) < RADIUS)
            throw new Error(`two markers crowd at zoom ${zoom}`);
    }
  });

  it('gathers the Latakia air base with its city at the theatre zoom and parts them closer in', () => {
    const clusters = placeClusters(seedPlaces(), RADIUS);
    const apart = clusters.apartZoom('hmeimim-air-base');
    const at = (zoom: number) => clusters.itemsAt(zoom, WORLD_BBOX);
    const gathered = at(apart - 1).find(
      (i) => i.type === 'cluster' && i.placeIds.includes('hmeimim-air-base'),
    );
    expect(gathered).toBeDefined();
    expect(at(apart).some((i) => i.type === 'place' && i.id === 'hmeimim-air-base')).toBe(true);
    expect(apart).toBeGreaterThan(5);
    expect(apart).toBeLessThanOrEqual(MAX_ZOOM);
  });

  it('opens a cluster at a zoom where it parts, and names its places in the order given', () => {
    const places = [
      { id: 'city', lngLat: [35.79, 35.53] as [number, number] },
      { id: 'base', lngLat: [35.95, 35.4] as [number, number] },
    ];
    const [cluster] = placeClusters(places, RADIUS).itemsAt(5, WORLD_BBOX);
    expect(cluster).toMatchObject({ type: 'cluster', placeIds: ['city', 'base'] });
    if (cluster?.type !== 'cluster') throw new Error('not a cluster');
    const parted = placeClusters(places, RADIUS).itemsAt(cluster.expansionZoom, WORLD_BBOX);
    expect(parted.map((i) => i.type)).toEqual(['place', 'place']);
  });

  it('says when places share a point and no zoom parts them', () => {
    const places = [
      { id: 'a', lngLat: [10, 10] as [number, number] },
      { id: 'b', lngLat: [10, 10] as [number, number] },
    ];
    const clusters = placeClusters(places, RADIUS);
    const [cluster] = clusters.itemsAt(MAX_ZOOM, WORLD_BBOX);
    expect(cluster?.type === 'cluster' && cluster.expansionZoom).toBeGreaterThan(MAX_ZOOM);
    expect(clusters.apartZoom('a')).toBeGreaterThan(MAX_ZOOM);
  });

  it('answers every layer asking for the same zoom and view with the one list, worked out once', () => {
    const clusters = placeClusters(seedPlaces(), RADIUS);
    const first = clusters.itemsAt(6.4, [30, 28, 50, 40]);
    expect(clusters.itemsAt(6, [30, 28, 50, 40])).toBe(first);
    expect(clusters.itemsAt(7, [30, 28, 50, 40])).not.toBe(first);
    expect(clusters.itemsAt(6, [30, 28, 50, 41])).not.toBe(first);
  });

  it('does not throw on zero places', () => {
    expect(placeClusters([], RADIUS).itemsAt(3, WORLD_BBOX)).toEqual([]);
  });
});
