/**
 * The seed articles against golden outputs: what `npm run geoparse` prints for each, kept in
 * test/geo/golden/ and reviewed as a diff. After an intended change: `REGEN=1 npx vitest run golden`.
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../geo/article';
import { defaultGazetteer } from '../../geo/match/default-gazetteer';
import { geoparse } from '../../geo/geoparse';

const ARTICLES = 'geo/articles';
const GOLDEN = 'test/geo/golden';

describe('seed articles', () => {
  // Built once, outside any test's time limit: building it is no part of what is checked here.
  const gazetteer = defaultGazetteer();
  for (const name of readdirSync(ARTICLES).filter((n) => n.endsWith('.txt'))) {
    it(`${name} gives its golden places, mentions and quotes`, () => {
      const article = parseArticle(readFileSync(join(ARTICLES, name), 'utf8'), name);
      const { features, unresolved } = geoparse(article.text, article.id, gazetteer);
      const actual = JSON.stringify({ type: 'FeatureCollection', features, unresolved }, null, 1) + '\n';
      const file = join(GOLDEN, name.replace(/\.txt$/, '.geojson'));
      if (process.env.REGEN) writeFileSync(file, actual);
      expect(existsSync(file), `${file} is missing: run with REGEN=1 and review it`).toBe(true);
      expect(actual).toBe(readFileSync(file, 'utf8'));
    });
  }
});
