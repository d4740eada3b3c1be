import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Topology } from 'topojson-specification';
import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { GAZETTEER_FILES, WATER_LABEL_ZOOMS } from '../../geo/gazetteer/default';
import type { GazetteerEntry } from '../../geo/gazetteer/entry';
import { MapLabelsSchema } from '../../geo/contract';
import { buildMapLabels, countryMinZoom, waterMinZoom } from '../../geo/labels';

const require = createRequire(import.meta.url);
// The base map the app ships: the labels' sizes come from its shapes.
const topology = JSON.parse(
  readFileSync(require.resolve('world-atlas/countries-50m.json'), 'utf8'),
) as Topology;
const entries = ['countries.json', 'curated.json'].flatMap((f) => GAZETTEER_FILES[f] as GazetteerEntry[]);
const labels = buildMapLabels(entries, topology, WATER_LABEL_ZOOMS);
const byId = new Map(labels.map((label) => [label.id, label]));

describe('map labels', () => {
  it('holds countries and seas only, each once, and passes the schema the app checks', () => {
    expect(v.safeParse(MapLabelsSchema, labels).success).toBe(true);
    expect(new Set(labels.map((l) => l.kind))).toEqual(new Set(['country', 'water']));
    expect(byId.size).toBe(labels.length);
    expect(byId.has('hmeimim-air-base')).toBe(false);
    expect(byId.has('latakia')).toBe(false);
  });

  it('names each label in Arabic and English from the gazetteer', () => {
    expect(byId.get('syria')?.name).toEqual({ ar: 'سوريا', en: 'Syria' });
    expect(byId.get('mediterranean-sea')?.name.ar).toBe('البحر الأبيض المتوسط');
  });

  it('ranks larger countries first and numbers the ranks from 0 without gaps', () => {
    expect(labels.map((l) => l.rank)).toEqual(labels.map((_, i) => i));
    expect(byId.get('russia')!.rank).toBeLessThan(byId.get('syria')!.rank);
    expect(byId.get('syria')!.rank).toBeLessThan(byId.get('lebanon')!.rank);
  });

  it('shows a large country from a lower zoom than a small one', () => {
    expect(byId.get('russia')!.minZoom).toBe(1);
    expect(byId.get('syria')!.minZoom).toBeLessThan(byId.get('lebanon')!.minZoom);
    expect(byId.get('bahrain')!.minZoom).toBeGreaterThanOrEqual(7);
  });

  it('sizes a territory by its own land, not the country Natural Earth draws around it', () => {
    expect(byId.get('svalbard-and-jan-mayen')!.rank).toBeGreaterThan(byId.get('norway')!.rank);
    expect(byId.get('vatican-city')!.minZoom).toBe(8);
  });

  it('labels oceans before seas, seas before straits, and leaves rivers out', () => {
    expect(byId.get('atlantic-ocean')!.minZoom).toBeLessThan(byId.get('red-sea')!.minZoom);
    expect(byId.get('red-sea')!.minZoom).toBeLessThan(byId.get('strait-of-hormuz')!.minZoom);
    expect(byId.has('euphrates')).toBe(false);
    expect(waterMinZoom('some-river', 'Litani River', WATER_LABEL_ZOOMS)).toBeNull();
  });

  it('gives a country missing from the base map the highest zoom, and survives a topology without countries', () => {
    expect(countryMinZoom(0, 10)).toBe(8);
    const bare = { type: 'Topology', arcs: [], objects: {} } as unknown as Topology;
    expect(buildMapLabels(entries, bare, WATER_LABEL_ZOOMS).find((l) => l.id === 'russia')?.minZoom).toBe(8);
  });
});
