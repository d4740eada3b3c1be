import { beforeEach, describe, expect, it } from 'vitest';
import { STANCES } from '../../../geo/contract';
import { NO_FILTERS } from '../../../src/model/filters';
import { selectVisibleClaims } from '../../../src/store/claim-selectors';
import type { DalilStore } from '../../../src/store/store';
import { storeWithBuiltData } from '../fixtures/built-dataset';

let store: DalilStore;

beforeEach(async () => {
  store = await storeWithBuiltData();
});

describe('filters slice', () => {
  it('starts with no filter, actors and context hidden, the panel closed', () => {
    const state = store.getState();
    expect(state.filters).toEqual(NO_FILTERS);
    expect(state.showActorsAndContext).toBe(false);
    expect(state.filtersShown).toBe(false);
  });

  it('unchecks one activity out of all, and checking it again means all', () => {
    store.getState().toggleActivity('naval');
    expect(store.getState().filters.activities).not.toContain('naval');
    expect(store.getState().filters.activities).toHaveLength(7);
    store.getState().toggleActivity('naval');
    expect(store.getState().filters.activities).toBeNull();
  });

  it('gives back the very filters object, and what was derived from it, when filters return to a setting', () => {
    store.getState().toggleActivity('naval');
    const naval = store.getState().filters;
    const shown = selectVisibleClaims(store.getState());
    store.getState().toggleStance('denied');
    store.getState().toggleStance('denied');
    expect(store.getState().filters).toBe(naval);
    expect(selectVisibleClaims(store.getState())).toBe(shown);
    store.getState().toggleActivity('naval');
    expect(store.getState().filters).toBe(NO_FILTERS);
  });

  it('refuses to uncheck the last stance', () => {
    for (const stance of STANCES.filter((s) => s !== 'denied')) store.getState().toggleStance(stance);
    expect(store.getState().filters.stances).toEqual(['denied']);
    store.getState().toggleStance('denied');
    expect(store.getState().filters.stances).toEqual(['denied']);
  });

  it('drops the bounds of a range that reaches the first or last day', () => {
    store.getState().setTimeRange('2000-01-01', '2015-09-14');
    expect(store.getState().filters).toMatchObject({ from: null, to: '2015-09-14' });
    store.getState().setTimeRange('2015-09-12', '2099-01-01');
    expect(store.getState().filters).toMatchObject({ from: '2015-09-12', to: null });
  });

  it('puts a range given backwards in order', () => {
    store.getState().setTimeRange('2015-09-20', '2015-09-12');
    expect(store.getState().filters).toMatchObject({ from: '2015-09-12', to: '2015-09-20' });
  });

  it('resets every filter at once', () => {
    const state = store.getState();
    state.toggleActivity('air');
    state.setClaimant('lavrov');
    state.setArticle('002_e0de50790ff44f58');
    state.setTimeRange('2015-09-12', '2015-09-20');
    store.getState().resetFilters();
    expect(store.getState().filters).toEqual(NO_FILTERS);
  });

  it('toggles actors and context, and opens and closes the panel', () => {
    store.getState().toggleActorsAndContext();
    store.getState().showFilters();
    expect(store.getState()).toMatchObject({ showActorsAndContext: true, filtersShown: true });
    store.getState().hideFilters();
    expect(store.getState().filtersShown).toBe(false);
  });
});
