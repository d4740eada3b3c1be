import { describe, expect, it } from 'vitest';
import { GAZETTEER_FILES } from '../../geo/gazetteer/default';
import type { GazetteerEntry } from '../../geo/gazetteer/entry';
import { buildTowns, TOWN_MAX_ZOOM, TOWN_MIN_ZOOM } from '../../geo/towns';

const towns = buildTowns(GAZETTEER_FILES['cities.json'] as GazetteerEntry[]);
const byId = new Map(towns.map((town) => [town.id, town]));

describe('buildTowns', () => {
  it('ranks the towns by population, the most populous first', () => {
    expect(towns.map((town) => town.rank)).toEqual(towns.map((_, i) => i));
    expect(byId.get('latakia')!.rank).toBeLessThan(byId.get('jableh')!.rank);
    expect(byId.get('damascus')!.rank).toBeLessThan(byId.get('latakia')!.rank);
  });

  it('names a city from a lower zoom than the town beside it', () => {
    expect(byId.get('latakia')!.minZoom).toBeLessThan(byId.get('jableh')!.minZoom);
    expect(byId.get('damascus')!.minZoom).toBeLessThanOrEqual(6);
  });

  it('names no town at world zooms, and every town by the top zoom', () => {
    expect(Math.min(...towns.map((town) => town.minZoom))).toBe(TOWN_MIN_ZOOM);
    expect(Math.max(...towns.map((town) => town.minZoom))).toBeLessThanOrEqual(TOWN_MAX_ZOOM);
  });

  it('names a town whose Arabic name is not known in English in both languages', () => {
    const entry: GazetteerEntry = {
      id: 'somewhere',
      kind: 'settlement',
      iso2: 'TR',
      name: { ar: 'ignored', en: 'Somewhere' },
      aliases: { ar: [], en: [] },
      lngLat: [35, 37],
      source: 'GeoNames 1 (CC BY 4.0); no Arabic name known: name.ar repeats the English name',
      population: 5000,
    };
    expect(buildTowns([entry])[0]!.name).toEqual({ ar: 'Somewhere', en: 'Somewhere' });
    expect(byId.get('jableh')!.name).toEqual({ ar: 'جبلة', en: 'Jableh' });
  });

  it('leaves out what is not a settlement', () => {
    const entry = { ...(GAZETTEER_FILES['cities.json'] as GazetteerEntry[])[0]!, kind: 'facility' as const };
    expect(buildTowns([entry])).toEqual([]);
  });
});
