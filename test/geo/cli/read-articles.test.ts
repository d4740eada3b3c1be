import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../../geo/article';
import { readingsOf } from '../../../geo/cli/read-articles';
import { NO_CACHE } from '../../../geo/cli/reading-cache';
import { PROCESS_TIMEOUT_MS } from './run-cli';

const SEEDS = 'geo/articles';

describe('reading the articles on several workers', () => {
  it(
    'gives the readings of one thread, in the same order, whatever the number of workers',
    async () => {
      const articles = readdirSync(SEEDS)
        .sort()
        .map((name) => parseArticle(readFileSync(join(SEEDS, name), 'utf8'), name));
      const start = articles[0]!.text.indexOf('سوريا');
      const corrections = [
        {
          action: 'reject' as const,
          why: 'other' as const,
          articleId: articles[0]!.id,
          start,
          end: start + 'سوريا'.length,
          text: 'سوريا',
          by: 'Rana',
          at: '2026-12-02T10:00:00Z',
          note: null,
        },
      ];
      const serial = await readingsOf(articles, corrections, { cache: NO_CACHE, workers: 0 });
      const parallel = await readingsOf(articles, corrections, { cache: NO_CACHE, workers: 2 });
      expect(serial.readings[0]!.applied).toHaveLength(1);
      expect(parallel.readings).toEqual(serial.readings);
      expect(parallel.readings.map((r) => r.features[0]?.properties.mentions[0]?.articleId)).toEqual(
        articles.map((a) => a.id),
      );
    },
    2 * PROCESS_TIMEOUT_MS,
  );
});
