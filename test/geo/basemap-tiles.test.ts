import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Position } from 'geojson';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { describe, expect, it } from 'vitest';
import { cutTopology, encodeTile, quantumOf, tileBox } from '../../geo/basemap-tiles';
import { BASEMAP_TILE_MARGIN, BasemapTileSchema } from '../../geo/contract';
import * as v from 'valibot';

const require = createRequire(import.meta.url);
const topology = JSON.parse(
  readFileSync(require.resolve('world-atlas/countries-50m.json'), 'utf8'),
) as Topology;
const DEGREES = 15;
const tiles = cutTopology(topology, DEGREES);
const margin = DEGREES * BASEMAP_TILE_MARGIN;

/** The area of a ring in square degrees (shoelace), positive or negative by its winding. */
function area(ring: readonly Position[]): number {
  let sum = 0;
  for (let i = 0; i < ring.length; i++) {
    const [x0 = 0, y0 = 0] = ring[i]!;
    const [x1 = 0, y1 = 0] = ring[(i + 1) % ring.length]!;
    sum += x0 * y1 - x1 * y0;
  }
  return sum / 2;
}

describe('cutTopology', () => {
  it('clips every tile to its square and its margin, across the 180th meridian too', () => {
    const outside: string[] = [];
    for (const tile of tiles.values()) {
      const [west, south, east, north] = tileBox(DEGREES, tile.column, tile.row);
      const inside = ([lng = 0, lat = 0]: Position) =>
        lng >= west - margin - 1e-9 &&
        lng <= east + margin + 1e-9 &&
        lat >= south - margin - 1e-9 &&
        lat <= north + margin + 1e-9;
      for (const line of [...tile.land.flat(), ...tile.borders])
        if (!line.every(inside)) outside.push(`${tile.column}-${tile.row}`);
    }
    expect(outside).toEqual([]);
    expect(tiles.size).toBeGreaterThan(150);
  });

  it('covers the world’s land: every coast point lies in a tile with land', () => {
    const land = feature(topology, topology.objects.land as GeometryCollection);
    let checked = 0;
    const missing: string[] = [];
    for (const { geometry } of land.features) {
      const polygons =
        geometry.type === 'Polygon'
          ? [geometry.coordinates]
          : geometry.type === 'MultiPolygon'
            ? geometry.coordinates
            : [];
      for (const ring of polygons.flat())
        for (let i = 0; i < ring.length; i += 7) {
          const [lng = 0, lat = 0] = ring[i]!;
          if (Math.abs(lat) > 85 || Math.abs(lng) >= 180) continue;
          const key = `${Math.floor((lng + 180) / DEGREES)}-${Math.floor((90 - lat) / DEGREES)}`;
          if (!tiles.get(key)?.land.length) missing.push(key);
          checked++;
        }
    }
    expect(missing).toEqual([]);
    expect(checked).toBeGreaterThan(5000);
  });

  it('fills an inland tile whole, margin included', () => {
    // 15°–30° E, 15°–30° N: Libya, Egypt, Sudan and Chad, no sea.
    const tile = tiles.get('13-4')!;
    const filled = tile.land.reduce((sum, rings) => sum + rings.reduce((s, ring) => s + area(ring), 0), 0);
    // All but the lakes the land has as holes.
    expect(Math.abs(filled) / (DEGREES + 2 * margin) ** 2).toBeGreaterThan(0.99);
    expect(Math.abs(filled) / (DEGREES + 2 * margin) ** 2).toBeLessThanOrEqual(1 + 1e-9);
  });

  it('leaves the open sea without a tile', () => {
    // 45°–30° W, 30°–45° S: the South Atlantic, no land of the 1:50m scale.
    expect(tiles.has('9-8')).toBe(false);
  });

  it('writes tiles the contract reads, in the topology’s own quanta', () => {
    const tile = encodeTile('50m', DEGREES, quantumOf(topology), tiles.get('14-3')!);
    const parsed = v.safeParse(BasemapTileSchema, { ...tile, towns: [] });
    expect(parsed.success).toBe(true);
    expect(tile.quantum).toEqual(topology.transform!.scale);
    expect(tile.land.length).toBeGreaterThan(0);
    expect(tile.borders.length).toBeGreaterThan(0);
  });
});
