/**
 * The claims of each seed and test article against golden outputs in test/geo/claims/golden/, one claim
 * per line (NDJSON), reviewed as a diff. After an intended change: `REGEN=1 npx vitest run
 * test/geo/claims/golden`.
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../../geo/article';
import { extractClaims } from '../../../geo/claims/extract-claims';
import { defaultGazetteer } from '../../../geo/match/default-gazetteer';
import { geoparse } from '../../../geo/geoparse';

const ARTICLES = ['geo/articles', 'test/geo/claims/articles'];
const GOLDEN = 'test/geo/claims/golden';

describe('claims of the seed and test articles', () => {
  const gazetteer = defaultGazetteer();
  const placeName = (id: string) => gazetteer.byId.get(id)?.name ?? null;
  for (const dir of ARTICLES)
    // The unseen articles are scored by the eval alone, once: no golden output shows their claims.
    for (const name of readdirSync(dir).filter((n) => n.endsWith('.txt') && !n.startsWith('unseen'))) {
      it(`${name} gives its golden claims`, () => {
        const article = parseArticle(readFileSync(join(dir, name), 'utf8'), name);
        const { features } = geoparse(article.text, article.id, gazetteer);
        const { claims } = extractClaims(article, features, { placeName });
        const actual = claims.map((c) => JSON.stringify(c) + '\n').join('');
        const file = join(GOLDEN, name.replace(/\.txt$/, '.ndjson'));
        if (process.env.REGEN) writeFileSync(file, actual);
        expect(existsSync(file), `${file} is missing: run with REGEN=1 and review it`).toBe(true);
        expect(actual).toBe(readFileSync(file, 'utf8'));
      });
    }
});
