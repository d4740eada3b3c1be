/** The built site as the tests see it: the files in `dist/`, and the seed articles they were built from. */
import { fileURLToPath } from 'node:url';
import type { Dataset, PlaceFeature } from '../../geo/contract';
import { readDataset } from '../../geo/site/read-built-data';

export const DIST_DIR = fileURLToPath(new URL('../../dist/', import.meta.url));

/** The dataset the built app serves: `dist/data/dalil.json` with its text chunks, checked in full. */
export function builtDataset(): Dataset {
  return readDataset(DIST_DIR);
}

export function placeOf(dataset: Dataset, id: string): PlaceFeature {
  const place = dataset.places.features.find((f) => f.properties.id === id);
  if (!place) throw new Error(`The built dataset has no place "${id}".`);
  return place;
}

export { readSeedArticle } from '../src/fixtures/seed-articles';
