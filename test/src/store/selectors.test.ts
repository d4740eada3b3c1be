import { beforeEach, describe, expect, it } from 'vitest';
import {
  selectArticleCount,
  selectMentionsByArticle,
  selectOpenArticle,
  selectOpenQuote,
  selectPlaceById,
  selectPlaces,
} from '../../../src/store/selectors';
import { createDalilStore, type DalilStore } from '../../../src/store/store';
import {
  EARLY_AIRBASE_SENTENCE,
  EARLY_ID,
  LATE_AIRBASE_SENTENCE,
  LATE_ID,
  LATE_SYRIA_TWICE_SENTENCE,
  seedDataset,
} from '../fixtures/seed-dataset';

let store: DalilStore;

beforeEach(async () => {
  store = createDalilStore({ fetchJson: async () => ({ ok: true, json: seedDataset() }) });
  await store.getState().loadDataset();
});

describe('selectors', () => {
  it('give no places and no articles before the dataset loads', () => {
    const empty = createDalilStore().getState();
    expect(selectPlaces(empty)).toEqual([]);
    expect(selectArticleCount(empty)).toBe(0);
    expect(selectMentionsByArticle('latakia')(empty)).toEqual([]);
  });

  it('list the places and count the articles', () => {
    expect(selectPlaces(store.getState()).map((p) => p.properties.id)).toEqual([
      'hmeimim-air-base',
      'latakia',
      'syria',
    ]);
    expect(selectArticleCount(store.getState())).toBe(2);
  });

  it('find a place by id, or null', () => {
    expect(selectPlaceById('latakia')(store.getState())?.properties.name.en).toBe('Latakia');
    expect(selectPlaceById('atlantis')(store.getState())).toBeNull();
  });

  it('group a place’s mentions by article, oldest article first', () => {
    const evidence = selectMentionsByArticle('hmeimim-air-base')(store.getState());
    expect(evidence.map((e) => e.article.id)).toEqual([EARLY_ID, LATE_ID]);
    const texts = store.getState().texts;
    expect(
      evidence.map((e) => e.quotes.map((q) => texts.get(e.article.id)!.slice(q.quote.start, q.quote.end))),
    ).toEqual([[EARLY_AIRBASE_SENTENCE], [LATE_AIRBASE_SENTENCE]]);
  });

  it('show a sentence that names a place twice once, with both names to mark in reading order', () => {
    const late = selectMentionsByArticle('syria')(store.getState()).find((e) => e.article.id === LATE_ID);
    expect(late?.quotes).toHaveLength(1);
    const [sentence] = late!.quotes;
    const article = store.getState().texts.get(LATE_ID)!;
    expect(article.slice(sentence!.quote.start, sentence!.quote.end)).toBe(LATE_SYRIA_TWICE_SENTENCE);
    expect(sentence!.names.map((n) => article.slice(n.start, n.end))).toEqual(['سوريا', 'سوريا']);
    expect(sentence!.names[0]!.start).toBeLessThan(sentence!.names[1]!.start);
  });

  it('return the same evidence object on every call for the same dataset', () => {
    const state = store.getState();
    expect(selectMentionsByArticle('latakia')(state)).toBe(selectMentionsByArticle('latakia')(state));
  });

  it('give the open article and the sentence to highlight', () => {
    const quote = selectMentionsByArticle('latakia')(store.getState())[0]!.quotes[0]!.quote;
    store.getState().openArticleAt(EARLY_ID, quote.start);
    expect(selectOpenArticle(store.getState())?.id).toBe(EARLY_ID);
    expect(selectOpenQuote(store.getState())).toBe(quote);
  });

  it('give no sentence when the article is opened where no quote starts', () => {
    store.getState().openArticleAt(EARLY_ID, 1);
    expect(selectOpenArticle(store.getState())?.id).toBe(EARLY_ID);
    expect(selectOpenQuote(store.getState())).toBeNull();
  });
});
