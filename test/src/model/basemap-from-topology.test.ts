import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { feature, mesh } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { describe, expect, it } from 'vitest';
import { basemapFromTopology } from '../../../src/model/basemap-from-topology';
import { project, WORLD_SIZE } from '../../../src/model/web-mercator';

const require = createRequire(import.meta.url);
const topology = JSON.parse(
  readFileSync(require.resolve('world-atlas/countries-110m.json'), 'utf8'),
) as Topology;
const basemap = (await basemapFromTopology(topology))!;

describe('base map from the topology', () => {
  it('projects every land vertex as the map projects a place', () => {
    const land = feature(topology, topology.objects.land as GeometryCollection);
    const rings = land.features.flatMap((f) =>
      f.geometry.type === 'MultiPolygon' ? f.geometry.coordinates.flat() : [],
    );
    expect(basemap.land.flat()).toHaveLength(rings.length);
    // A ring away from the meridian (Cyprus's, say): the same points as topojson's, projected.
    const at = rings.findIndex((ring) => ring.every(([lng = 0]) => lng > 32 && lng < 35));
    const expected = rings[at]!.flatMap((position) => project(position));
    const ring = basemap.land.flat()[at]!;
    expect(ring).toHaveLength(expected.length);
    ring.forEach((value, i) => expect(value).toBeCloseTo(expected[i]!, 6));
  });

  it('draws the borders topojson meshes between two countries', () => {
    const borders = mesh(topology, topology.objects.countries as GeometryCollection, (a, b) => a !== b);
    const count = (lines: readonly { length: number }[]) => lines.reduce((sum, l) => sum + l.length, 0);
    // mesh joins arcs into longer lines; the vertices are the same, less one per join.
    expect(count(basemap.borders) / 2).toBeGreaterThanOrEqual(count(borders.coordinates));
    expect(basemap.borders.length).toBeGreaterThanOrEqual(borders.coordinates.length);
  });

  it('draws shapes across the 180° meridian whole, past its edge, and leaves Antarctica as it is', () => {
    const rings = basemap.land.flat();
    const jumps = (ring: Float64Array) =>
      ring.some((x, i) => i % 2 === 0 && i > 0 && Math.abs(x - ring[i - 2]!) > WORLD_SIZE / 2);
    const beyond = rings.filter((ring) => ring.some((x, i) => i % 2 === 0 && x > WORLD_SIZE));
    expect(beyond.length).toBeGreaterThan(0);
    for (const ring of beyond) expect(jumps(ring)).toBe(false);
    // Antarctica's ring runs round the world along the bottom.
    const south = rings.find((ring) => ring.some((y, i) => i % 2 === 1 && y > WORLD_SIZE * 0.9));
    expect(south && Math.max(...south.filter((_, i) => i % 2 === 0))).toBeLessThanOrEqual(WORLD_SIZE);
  });

  it('is null for what is not a world-atlas topology', async () => {
    expect(await basemapFromTopology({ type: 'Topology', arcs: [], objects: {} })).toBeNull();
    expect(await basemapFromTopology('nope')).toBeNull();
  });
});
