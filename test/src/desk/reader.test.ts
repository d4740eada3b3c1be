import { describe, expect, it } from 'vitest';
import { createReader } from '../../../src/desk/reading/reader';
import { plainArticle } from '../../geo/plain-article';
import { smallGazetteer } from '../../geo/small-gazetteer';

const article = plainArticle;
const A = article('a', 'وصلت سفن روسية إلى اللاذقية.');
const B = article('b', 'غادرت السفن طرطوس.');
const ignore = () => undefined;

describe('the desk reader', () => {
  it('reads again only the article a decision is about', () => {
    const reader = createReader(smallGazetteer());
    const first = reader.read([A, B], [], ignore);
    const start = A.text.indexOf('اللاذقية');
    const reject = {
      articleId: 'a',
      start,
      end: start + 8,
      text: 'اللاذقية',
      action: 'reject' as const,
      why: 'ship' as const,
      by: 'Rana',
      at: '2026-12-02T10:00:00Z',
      note: null,
    };
    const second = reader.read([A, B], [reject], ignore);
    expect(second.b).toBe(first.b);
    expect(second.a).not.toBe(first.a);
    expect(second.a!.features.map((f) => f.properties.id)).not.toContain('latakia');
    expect(reader.read([A, B], [reject], ignore).a).toBe(second.a);
  });

  it('reads an article again when its date changes, since the claims date from it', () => {
    const reader = createReader(smallGazetteer());
    const first = reader.read([A], [], ignore);
    expect(reader.read([{ ...A, published: '2015-10-01' }], [], ignore).a).not.toBe(first.a);
  });

  it('reports its progress article by article', () => {
    const steps: [number, number][] = [];
    createReader(smallGazetteer()).read([A, B], [], (done, total) => steps.push([done, total]));
    expect(steps).toEqual([
      [1, 2],
      [2, 2],
    ]);
  });
});
