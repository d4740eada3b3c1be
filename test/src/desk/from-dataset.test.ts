import { describe, expect, it } from 'vitest';
import type { Correction } from '../../../geo/corrections/schema';
import { datasetOf } from '../../../src/desk/project/dataset';
import { projectFromDataset } from '../../../src/desk/project/from-dataset';
import { createReader } from '../../../src/desk/reading/reader';
import { plainArticle } from '../../geo/plain-article';
import { smallGazetteer } from '../../geo/small-gazetteer';

const TEXT = 'أرسلت روسيا طائرات إلى اللاذقية. ووصلت سفن حربية إلى طرطوس. وانتشرت قوات في عين البيضا.';
const ARTICLE = plainArticle('a1', TEXT);
const at = (words: string) => ({
  articleId: 'a1',
  start: TEXT.indexOf(words),
  end: TEXT.indexOf(words) + words.length,
  text: words,
  note: null,
});

describe('a project started from a published map', () => {
  it('takes up its articles and the decisions its reviewed evidence records, and reads to the same map', async () => {
    const reader = createReader(smallGazetteer());
    const first = reader.read([ARTICLE], [], () => {});
    const claim = first.a1!.claims[0]!;
    const decisions: Correction[] = [
      { ...at('طرطوس'), action: 'verify', placeId: 'tartus', by: 'Rana', at: '2026-12-02T10:00:00Z' },
      {
        ...at('عين البيضا'),
        action: 'place',
        place: {
          id: 'hand-ain-al-bayda-a1-70',
          kind: 'settlement',
          iso2: 'SY',
          name: { ar: 'عين البيضا', en: 'Ain al-Bayda' },
          lngLat: [35.93, 35.58],
        },
        by: 'Omar',
        at: '2026-12-02T11:00:00Z',
      },
      {
        articleId: 'a1',
        start: claim.clause.start,
        end: claim.clause.end,
        text: claim.clause.text,
        note: 'checked with the agency',
        action: 'claim-edit',
        changes: { stance: 'speculative' },
        by: 'Rana',
        at: '2026-12-02T12:00:00Z',
      },
    ];
    const published = datasetOf(
      [ARTICLE],
      reader.read([ARTICLE], decisions, () => {}),
    );
    if (!published.ok) throw new Error(published.problems.join('\n'));

    const project = projectFromDataset(published.dataset);
    expect(project.articles).toEqual([ARTICLE]);
    expect(project.corrections.map((c) => [c.action, c.by])).toEqual([
      ['verify', 'Rana'],
      ['place', 'Omar'],
      ['claim-edit', 'Rana'],
    ]);
    const again = datasetOf(
      project.articles,
      reader.read(project.articles, project.corrections, () => {}),
    );
    if (!again.ok) throw new Error(again.problems.join('\n'));
    expect(again.dataset).toEqual(published.dataset);
  });
});
