import { beforeEach, describe, expect, it } from 'vitest';
import { createDalilStore, type DalilStore } from '../../../src/store/store';
import { EARLY_ID, seedDataset } from '../fixtures/seed-dataset';

let store: DalilStore;

beforeEach(async () => {
  store = createDalilStore({ fetchJson: async () => ({ ok: true, json: seedDataset() }) });
  await store.getState().loadDataset();
});

describe('view slice', () => {
  it('starts in Arabic with nothing selected or open', () => {
    const { language, selectedPlaceId, openArticle } = createDalilStore().getState();
    expect({ language, selectedPlaceId, openArticle }).toEqual({
      language: 'ar',
      selectedPlaceId: null,
      openArticle: null,
    });
  });

  it('starts in the language it is given', () => {
    expect(createDalilStore({ language: 'en' }).getState().language).toBe('en');
  });

  it('selects a place of the dataset and deselects it', () => {
    store.getState().selectPlace('latakia');
    expect(store.getState().selectedPlaceId).toBe('latakia');
    store.getState().deselectPlace();
    expect(store.getState().selectedPlaceId).toBeNull();
  });

  it('ignores a place id the dataset does not have', () => {
    store.getState().selectPlace('atlantis');
    expect(store.getState().selectedPlaceId).toBeNull();
  });

  it('opens an article at a quoting sentence and closes it', () => {
    store.getState().openArticleAt(EARLY_ID, 120);
    expect(store.getState().openArticle).toEqual({ articleId: EARLY_ID, quoteStart: 120 });
    store.getState().closeArticle();
    expect(store.getState().openArticle).toBeNull();
  });

  it('ignores an article the dataset does not have', () => {
    store.getState().openArticleAt('no-such-article', 0);
    expect(store.getState().openArticle).toBeNull();
  });

  it('ignores an offset outside the article', () => {
    store.getState().openArticleAt(EARLY_ID, 1_000_000);
    expect(store.getState().openArticle).toBeNull();
  });

  it('switches the interface language and keeps the selection', () => {
    store.getState().selectPlace('syria');
    store.getState().setLanguage('en');
    expect(store.getState().language).toBe('en');
    expect(store.getState().selectedPlaceId).toBe('syria');
  });

  it('shows and hides the list of places, grouped by kind until asked to order by mentions', () => {
    expect(store.getState().listShown).toBe(false);
    expect(store.getState().listOrder).toBe('kind');
    store.getState().showList();
    store.getState().orderListBy('mentions');
    expect(store.getState()).toMatchObject({ listShown: true, listOrder: 'mentions' });
    store.getState().hideList();
    expect(store.getState().listShown).toBe(false);
  });

  it('closes the evidence of the selected place', () => {
    store.getState().selectPlace('latakia');
    store.getState().closePlace('latakia');
    expect(store.getState().selectedPlaceId).toBeNull();
  });

  it('keeps a newer selection when the evidence of the previous place closes after it', () => {
    store.getState().selectPlace('latakia');
    store.getState().selectPlace('syria');
    store.getState().closePlace('latakia');
    expect(store.getState().selectedPlaceId).toBe('syria');
  });
});
