/** The built site as the tests see it: the files in `dist/`, and the seed articles they were built from. */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { withQuoteTexts, type Dataset, type PlaceFeature } from '../../geo/contract';

export const DIST_DIR = fileURLToPath(new URL('../../dist/', import.meta.url));

/** The dataset the built app serves, read from `dist/data/dalil.json`, its quotes' text filled in. */
export function builtDataset(): Dataset {
  return withQuoteTexts(JSON.parse(readFileSync(`${DIST_DIR}data/dalil.json`, 'utf8'))) as Dataset;
}

export function placeOf(dataset: Dataset, id: string): PlaceFeature {
  const place = dataset.places.features.find((f) => f.properties.id === id);
  if (!place) throw new Error(`The built dataset has no place "${id}".`);
  return place;
}

export { readSeedArticle } from '../src/fixtures/seed-articles';
