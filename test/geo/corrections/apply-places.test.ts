import { describe, expect, it } from 'vitest';
import { findEvidenceProblems, type Article } from '../../../geo/contract';
import { applyPlaceCorrections } from '../../../geo/corrections/apply-places';
import type { Correction } from '../../../geo/corrections/schema';
import { geoparse } from '../../../geo/geoparse';
import { smallGazetteer } from '../small-gazetteer';

const gazetteer = smallGazetteer();
const placeById = (id: string) => gazetteer.byId.get(id);
const TEXT = 'وصلت سفن روسية إلى اللاذقية. وقال الأسد إن القوات انتشرت في قرية عين البيضا.';
const ARTICLE = { id: 'a1', text: TEXT };
const reading = geoparse(TEXT, 'a1', gazetteer);
const signed = { by: 'Rana', at: '2026-12-02T10:00:00Z', note: null };

/** A correction of the words `words` (their first occurrence) in TEXT. */
function on(words: string, decision: Record<string, unknown>): Correction {
  const start = TEXT.indexOf(words);
  if (start < 0) throw new Error(`no "${words}" in the text`);
  return {
    articleId: 'a1',
    start,
    end: start + words.length,
    text: words,
    ...signed,
    ...decision,
  } as Correction;
}

const apply = (...corrections: Correction[]) =>
  applyPlaceCorrections(ARTICLE, reading, corrections, placeById);
const idsOf = (features: { properties: { id: string } }[]) => features.map((f) => f.properties.id);

/** The evidence of a corrected reading, checked as the contract checks a dataset. */
function evidenceProblems(result: ReturnType<typeof apply>) {
  const article: Article = {
    id: 'a1',
    title: null,
    published: '2015-09-01',
    language: 'ar',
    outlet: null,
    url: null,
    note: null,
    text: TEXT,
  };
  return findEvidenceProblems({
    articles: [article],
    places: { type: 'FeatureCollection', features: result.features },
    unresolved: result.unresolved,
  });
}

describe('applyPlaceCorrections', () => {
  it('hands the reading back unchanged when no correction is about the article', () => {
    const other = { ...on('اللاذقية', { action: 'reject', why: 'person' }), articleId: 'a2' };
    const result = apply(other);
    expect(result.features).toEqual(reading.features);
    expect(result.unresolved).toEqual(reading.unresolved);
    expect(result.applied).toEqual([]);
  });

  it('moves a rejected mention from the map to the unresolved list, with the editor and the reason', () => {
    expect(idsOf(reading.features)).toContain('latakia');
    const result = apply(on('اللاذقية', { action: 'reject', why: 'ship' }));
    expect(idsOf(result.features)).not.toContain('latakia');
    const moved = result.unresolved.find((u) => u.text === 'اللاذقية');
    expect(moved?.reason).toBe('not a place here (ship): rejected by Rana');
    expect(evidenceProblems(result)).toEqual([]);
  });

  it('marks a verified mention with its review, keeping its place and its quote', () => {
    const result = apply(on('اللاذقية', { action: 'verify', placeId: 'latakia' }));
    const latakia = result.features.find((f) => f.properties.id === 'latakia')!;
    const mention = latakia.properties.mentions[0]!;
    expect(mention.review).toEqual({ state: 'verified', by: 'Rana', at: signed.at, note: null });
    expect(mention.quote.text).toBe('وصلت سفن روسية إلى اللاذقية.');
    expect(mention.confidence).toBe(1);
  });

  it('re-resolves a mention to another gazetteer place, marked corrected', () => {
    const result = apply(on('اللاذقية', { action: 'resolve', placeId: 'hmeimim-air-base' }));
    expect(idsOf(result.features)).not.toContain('latakia');
    const base = result.features.find((f) => f.properties.id === 'hmeimim-air-base')!;
    expect(base.properties.mentions[0]!.review?.state).toBe('corrected');
    expect(base.geometry.coordinates).toEqual(placeById('hmeimim-air-base')!.lngLat);
    expect(evidenceProblems(result)).toEqual([]);
  });

  it('adds a village placed by hand, with its sentence as the quote, in text order', () => {
    const village = {
      id: 'ain-al-bayda',
      kind: 'settlement',
      iso2: 'SY',
      name: { ar: 'عين البيضا', en: 'Ain al-Bayda' },
      lngLat: [35.95, 35.6],
    };
    const result = apply(on('عين البيضا', { action: 'place', place: village }));
    const added = result.features.at(-1)!;
    expect(added.properties.id).toBe('ain-al-bayda');
    expect(added.properties.source).toBe('placed by hand by Rana, 2026-12-02');
    expect(added.geometry.coordinates).toEqual([35.95, 35.6]);
    expect(added.properties.mentions[0]!.quote.text).toBe('وقال الأسد إن القوات انتشرت في قرية عين البيضا.');
    expect(evidenceProblems(result)).toEqual([]);
  });

  it('takes a candidate off the unresolved list when the editor places it', () => {
    const unknown = reading.unresolved.find((u) => TEXT.slice(u.start, u.end).startsWith('عين'));
    expect(unknown).toBeDefined();
    const result = apply(on('عين', { action: 'resolve', placeId: 'latakia' }));
    expect(result.unresolved.some((u) => u.start === unknown!.start)).toBe(false);
  });

  it('reports a correction whose words no longer stand at its offsets as stale, and applies nothing of it', () => {
    const moved = { ...on('اللاذقية', { action: 'reject', why: 'person' }), start: 0, end: 8 };
    const result = apply(moved);
    expect(result.stale).toHaveLength(1);
    expect(result.stale[0]!.problem).toBe(`the words at 0–8 now read "${TEXT.slice(0, 8)}"`);
    expect(idsOf(result.features)).toEqual(idsOf(reading.features));
    expect(result.applied).toEqual([]);
  });

  it('reports a place the gazetteer no longer has, and a hand-placed id that is a gazetteer place', () => {
    const gone = on('اللاذقية', { action: 'resolve', placeId: 'atlantis' });
    const taken = on('عين البيضا', {
      action: 'place',
      place: { id: 'latakia', kind: 'settlement', iso2: 'SY', name: { ar: 'س', en: 'S' }, lngLat: [1, 1] },
    });
    const problems = apply(gone, taken).stale.map((s) => s.problem);
    expect(problems).toEqual([
      'the gazetteer has no place "atlantis" now',
      '"latakia" is the id of a gazetteer place: a place set by hand needs its own',
    ]);
  });

  it('applies the latest decision on a span: undoing a rejection is deciding again', () => {
    const reject = on('اللاذقية', { action: 'reject', why: 'person' });
    const verify = {
      ...on('اللاذقية', { action: 'verify', placeId: 'latakia' }),
      at: '2026-12-02T11:00:00Z',
    };
    expect(idsOf(apply(reject, verify).features)).toContain('latakia');
    expect(idsOf(apply(verify, reject).features)).not.toContain('latakia');
  });
});
