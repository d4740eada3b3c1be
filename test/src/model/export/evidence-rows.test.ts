import { beforeEach, describe, expect, it } from 'vitest';
import { claimsInQuote, indexClaims } from '../../../../src/model/claim-index';
import { evidenceRows } from '../../../../src/model/export/evidence-rows';
import { selectExportScope, selectVisiblePlaces } from '../../../../src/store/claim-selectors';
import type { DalilStore } from '../../../../src/store/store';
import { astralDataset, JETS_SENTENCE } from '../../fixtures/astral-dataset';
import { storeWithBuiltData } from '../../fixtures/built-dataset';
import { exportScopeOf } from '../../fixtures/listed';

let store: DalilStore;
const rows = () =>
  evidenceRows({
    ...selectExportScope(store.getState())!,
    texts: store.getState().texts,
    details: store.getState().details,
  });

beforeEach(async () => {
  store = await storeWithBuiltData();
});

describe('evidence rows', () => {
  it('hold every mention of every place the map draws while nothing is filtered', () => {
    const places = selectVisiblePlaces(store.getState());
    const mentions = places.reduce((n, p) => n + p.properties.mentions.length, 0);
    const all = rows();
    expect(all.length).toBeGreaterThanOrEqual(mentions);
    expect(new Set(all.map((r) => r.mention)).size).toBe(mentions);
    expect(new Set(all.map((r) => r.place.properties.id))).toEqual(
      new Set(places.map((p) => p.properties.id)),
    );
  });

  it('give a mention the claims that name that very mention, and none other', () => {
    const all = rows();
    expect(all.some((r) => r.claim !== null)).toBe(true);
    for (const { claim, mention, place } of all.filter((r) => r.claim !== null))
      expect(
        claim!.places.some(
          (p) => p.placeId === place.properties.id && p.start === mention.start && p.end === mention.end,
        ),
      ).toBe(true);
  });

  it('hold only the article a filter names', () => {
    const articleId = '001_8ef350c371965a55';
    const before = rows().length;
    store.getState().setArticle(articleId);
    const filtered = rows();
    expect(filtered.length).toBeGreaterThan(0);
    expect(filtered.length).toBeLessThan(before);
    expect(new Set(filtered.map((r) => r.article.id))).toEqual(new Set([articleId]));
  });

  it('keep, under a stance filter, the sentences a claim shown names the place in, with only claims shown', () => {
    store.getState().toggleStance('reported'); // every stance but reported
    const state = store.getState();
    const filtered = rows();
    expect(filtered.length).toBeGreaterThan(0);
    const index = indexClaims(state.dataset!);
    for (const { claim, mention, place } of filtered) {
      if (claim) expect(claim.stance).not.toBe('reported');
      const shown = claimsInQuote(index, mention.articleId, mention.quote).filter(
        (c) => c.stance !== 'reported' && c.places.some((p) => p.placeId === place.properties.id),
      );
      expect(shown.length).toBeGreaterThan(0);
    }
  });

  it('hold places named only as actors or context when the map draws them', () => {
    const sites = rows().length;
    store.getState().toggleActorsAndContext();
    expect(rows().length).toBeGreaterThan(sites);
  });

  it('give a mention two claims share one row per claim', () => {
    const dataset = astralDataset();
    const all = evidenceRows(exportScopeOf(dataset));
    const shared = all.filter(
      (r) =>
        r.place.properties.id === 'hmeimim-air-base' &&
        r.text.slice(r.mention.quote.start, r.mention.quote.end) === JETS_SENTENCE,
    );
    expect(shared.map((r) => r.claim?.id)).toEqual(['astral#1', 'astral#2']);
    expect(all).toHaveLength(4);
  });
});
