/**
 * Builds geo/gazetteer/countries.json: every ISO 3166-1 country with its Arabic and English names
 * (i18n-iso-countries plus the reviewed corrections of geo/gazetteer/curation/countries.json) and a representative point from Natural Earth.
 *
 * Run: npx tsx geo/import/countries.ts
 */
import fs from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import countries from 'i18n-iso-countries';
import type { Topology } from 'topojson-specification';
import type { GazetteerEntry } from '../gazetteer/entry';
import { foldArabic } from './arabic-fold';
import { cleanName } from './clean-name';
import { COUNTRY_CURATION } from './curation';
import {
  largestPolygon,
  poleOfInaccessibility,
  polygonsInBox,
  readCountryShapes,
  type CountryShape,
} from './country-points';
import { kebabId } from './kebab-id';
import { packageVersion } from './package-version';
import { updateReadmeSection } from './readme-section';
import { roundLngLat } from './round-lng-lat';
import { writeGazetteer } from './write-gazetteer';

const OUTPUT = fileURLToPath(new URL('../gazetteer/countries.json', import.meta.url));
/** world-atlas 2 redistributes Natural Earth 4.1.0 (its README says so). */
const NATURAL_EARTH_VERSION = '4.1.0';
const RESOLUTIONS = ['50m', '10m'] as const;
const { shortNames, addedAliases, droppedAliases, ambiguousNames, carveOuts, unnumberedFeatures } =
  COUNTRY_CURATION;
/** The corrections of curation/countries.json, by country code. */
const byIso2 = <T extends { iso2: string }>(items: readonly T[]) => new Map(items.map((i) => [i.iso2, i]));
const SHORT_NAME_EN = byIso2(shortNames.countries);
const ADDED_ALIASES = byIso2(addedAliases.countries);
const DROPPED_ALIASES = byIso2(droppedAliases.countries);
const CARVE_OUTS = byIso2(carveOuts.countries);
const UNNUMBERED_FEATURES = new Map(unnumberedFeatures.features.map((f) => [f.name, f.iso2]));
type Resolution = (typeof RESOLUTIONS)[number];

function loadLocales(): void {
  for (const language of ['en', 'ar'])
    countries.registerLocale(
      JSON.parse(readPackageFile(`i18n-iso-countries/langs/${language}.json`)) as countries.LocaleData,
    );
}

function readPackageFile(specifier: string): string {
  return fs.readFileSync(createRequire(import.meta.url).resolve(specifier), 'utf8');
}

function loadShapes(resolution: Resolution): CountryShape[] {
  return readCountryShapes(
    JSON.parse(readPackageFile(`world-atlas/countries-${resolution}.json`)) as Topology,
  );
}

/** The alpha-2 code of a Natural Earth feature, from its numeric id or, lacking one, its name. */
function shapeIso2(shape: CountryShape): string | undefined {
  if (shape.numeric !== undefined) return countries.numericToAlpha2(shape.numeric);
  return UNNUMBERED_FEATURES.get(shape.name);
}

/** Where a country's point comes from: the polygons to use and the words the source string needs. */
interface PointSource {
  polygons: CountryShape['polygons'];
  resolution: Resolution;
  /** Set when the polygons were carved out of another feature. */
  within?: string;
}

function findPolygons(iso2: string, shapesByResolution: Record<Resolution, CountryShape[]>): PointSource {
  for (const resolution of RESOLUTIONS) {
    const shapes = shapesByResolution[resolution];
    // Natural Earth sometimes gives one code to two features (Australia and Ashmore and Cartier Islands).
    const own = shapes.filter((s) => shapeIso2(s) === iso2).flatMap((s) => s.polygons);
    if (own.length > 0) return { polygons: own, resolution };
    const carve = CARVE_OUTS.get(iso2);
    if (carve) {
      const parents = shapes.filter((s) => s.name === carve.parent || shapeIso2(s) === carve.parent);
      const polygons = parents.flatMap((parent) => polygonsInBox(parent, carve.box));
      if (polygons.length > 0) return { polygons, resolution, within: parents[0]!.name };
    }
  }
  throw new Error(`${iso2}: no Natural Earth shape at 1:50m or 1:10m; add a carve-out or a manual point`);
}

/** Keeps the first of names that are equal once folded (Arabic) or equal ignoring case (English). */
function distinctAliases(display: string, names: readonly string[], fold: (s: string) => string): string[] {
  const seen = new Set([fold(display)]);
  const kept: string[] = [];
  for (const name of names) {
    const key = fold(name);
    if (seen.has(key)) continue;
    seen.add(key);
    kept.push(name);
  }
  return kept;
}

export function buildCountries(): GazetteerEntry[] {
  loadLocales();
  const shapesByResolution = { '50m': loadShapes('50m'), '10m': loadShapes('10m') };
  const namesVersion = `i18n-iso-countries ${packageVersion('i18n-iso-countries')}`;
  const atlas = `world-atlas ${packageVersion('world-atlas')}`;
  const entries: GazetteerEntry[] = [];

  for (const iso2 of Object.keys(countries.getAlpha2Codes()).sort()) {
    const allEn = (countries.getName(iso2, 'en', { select: 'all' }) ?? []).map(cleanName);
    const allAr = (countries.getName(iso2, 'ar', { select: 'all' }) ?? []).map(cleanName);
    const en = SHORT_NAME_EN.get(iso2)?.en ?? allEn[0];
    const ar = allAr[0];
    if (!en || !ar) throw new Error(`${iso2}: i18n-iso-countries has no English or Arabic name`);
    const dropped = new Set(DROPPED_ALIASES.get(iso2)?.en ?? []);
    const extra = ADDED_ALIASES.get(iso2);

    const source = findPolygons(iso2, shapesByResolution);
    const polygon = largestPolygon(source.polygons)!;
    const [lng, lat] = poleOfInaccessibility(polygon);
    const scale = source.resolution === '50m' ? '1:50m' : '1:10m';
    const where = source.within ? ` among its polygons in Natural Earth's "${source.within}" feature` : '';

    entries.push({
      id: kebabId(en),
      kind: 'country',
      iso2,
      name: { ar, en },
      aliases: {
        ar: distinctAliases(ar, [...allAr, ...(extra?.ar ?? [])], foldArabic),
        en: distinctAliases(
          en,
          [...allEn, ...(extra?.en ?? [])].filter((name) => !dropped.has(name)),
          (s) => s.toLowerCase(),
        ),
      },
      lngLat: roundLngLat(lng, lat),
      source:
        `Natural Earth ${NATURAL_EARTH_VERSION} ${scale} via ${atlas}, ` +
        `pole of inaccessibility of the largest polygon${where}; names: ${namesVersion}`,
    });
  }
  return entries;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const entries = buildCountries();
  writeGazetteer(OUTPUT, entries);
  const rows = ambiguousNames.names.map((a) => `| \`${a.id}\` | ${a.lang} | ${a.text} | ${a.why} |`);
  updateReadmeSection(
    'ambiguous-countries',
    `| id | lang | name | why |\n| --- | --- | --- | --- |\n${rows.join('\n')}\n`,
  );
  console.log(`wrote ${entries.length} countries to ${OUTPUT}`);
}
