/**
 * Builds geo/gazetteer/demonyms.json: the English adjectives of every country ("Kenyan", "Sri Lankan",
 * "Guyanese"), which no rule derives from the names, by ISO code, from the npm package world-countries
 * (ODbL). The claims read them as the nationality of a source ("the Sri Lankan navy" speaks for LK);
 * the Arabic adjective follows a rule (match/nisbas.ts) and needs no table.
 *
 * Run: npx tsx geo/import/demonyms.ts
 */
import fs from 'node:fs';
import { fileURLToPath } from 'node:url';
import * as v from 'valibot';
import { DemonymsSchema } from '../gazetteer/schema';
import { readPackedFile } from './npm-pack';

const OUTPUT = fileURLToPath(new URL('../gazetteer/demonyms.json', import.meta.url));
const PACKAGE = 'world-countries';
const VERSION = '5.1.0';

const CountriesSchema = v.array(
  v.looseObject({
    cca2: v.string(),
    demonyms: v.optional(v.looseObject({ eng: v.optional(v.object({ f: v.string(), m: v.string() })) })),
  }),
);

/** "Saint Helenian, Ascension Islander, Tristanian": one adjective a form, each said once. */
function forms(demonym: { f: string; m: string } | undefined): string[] {
  const all = [demonym?.m, demonym?.f].flatMap((d) => (d ? d.split(/\s*,\s*/) : []));
  return [...new Set(all.map((d) => d.trim()).filter((d) => d.length > 0))];
}

export function demonymTable(packageJson: string): Record<string, string[]> {
  const table: Record<string, string[]> = {};
  for (const c of v
    .parse(CountriesSchema, JSON.parse(packageJson))
    .sort((a, b) => a.cca2.localeCompare(b.cca2))) {
    const english = forms(c.demonyms?.eng);
    if (english.length > 0) table[c.cca2] = english;
  }
  return table;
}

function main(): void {
  const english = demonymTable(readPackedFile(PACKAGE, VERSION, 'countries.json'));
  const file = v.parse(DemonymsSchema, {
    about:
      "The English adjective of each country, by ISO 3166-1 code, as 'demonyms.eng' of world-countries: what a source's nationality is written as.",
    source: `npm ${PACKAGE} ${VERSION} (Mohammed Le Doze, ODC Open Database License 1.0; this table is a derived database under the same licence)`,
    english,
  });
  fs.writeFileSync(OUTPUT, `${JSON.stringify(file, null, 2)}\n`);
  console.log(`${Object.keys(english).length} countries → ${OUTPUT}`);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) main();
