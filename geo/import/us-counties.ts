/**
 * Builds geo/gazetteer/us-counties.json: the counties of the United States (build-us-counties.ts), each at
 * the pole of inaccessibility of its largest polygon, from the Census Bureau's cartographic boundaries of
 * 2017 as the npm package us-atlas ships them (counties-10m.json, unprojected). The project does not
 * depend on the package: the script fetches that one version with `npm pack`. Run after divisions.ts,
 * whose state ids the counties' ids and the state abbreviations refer to:
 *
 *   npx tsx geo/import/us-counties.ts
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import type { Feature, Geometry, Position } from 'geojson';
import stateAbbreviations from '../gazetteer/state-abbreviations.json';
import { buildUsCounties, type CountyShape, type CountyState } from './build-us-counties';
import { largestPolygon, poleOfInaccessibility } from './country-points';
import { kebabId } from './kebab-id';
import { readPackedFile } from './npm-pack';
import { writeGazetteer } from './write-gazetteer';

const here = path.dirname(fileURLToPath(import.meta.url));
const PACKAGE = 'us-atlas';
const PACKAGE_VERSION = '3.0.1';
/** The Census Bureau's data is public domain; us-atlas is ISC. */
const SOURCE = `US Census 2017 county {fips} via npm ${PACKAGE} ${PACKAGE_VERSION}; no Arabic name known: name.ar repeats the English name`;

type Named = Feature<Geometry | null, { name: string }>;

function polygonsOf(f: Named): Position[][][] {
  if (f.geometry?.type === 'Polygon') return [f.geometry.coordinates];
  if (f.geometry?.type === 'MultiPolygon') return f.geometry.coordinates;
  return [];
}

function main(): void {
  const topology = JSON.parse(readPackedFile(PACKAGE, PACKAGE_VERSION, 'counties-10m.json')) as Topology;
  const read = (name: string) =>
    feature(topology, topology.objects[name] as GeometryCollection<{ name: string }>).features as Named[];
  const postal = new Map(stateAbbreviations.states.map((s) => [s.division, s.written[0]!]));
  const states = new Map<string, CountyState>();
  for (const state of read('states')) {
    const division = `${kebabId(state.properties.name)}-state`;
    const code = postal.get(division);
    if (code) states.set(String(state.id), { division, postal: code });
  }
  const counties: CountyShape[] = read('counties').map((county) => {
    const polygon = largestPolygon(polygonsOf(county));
    if (!polygon) throw new Error(`county ${county.id} (${county.properties.name}) has no shape`);
    return { fips: String(county.id), name: county.properties.name, lngLat: poleOfInaccessibility(polygon) };
  });
  const entries = buildUsCounties(counties, (fips) => states.get(fips), SOURCE);
  writeGazetteer(path.join(here, '../gazetteer/us-counties.json'), entries);
  console.log(`us-counties.json: ${entries.length} counties and parishes`);
}

main();
