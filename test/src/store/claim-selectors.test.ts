import { beforeEach, describe, expect, it } from 'vitest';
import { claimDate } from '../../../src/model/claim-index';
import {
  selectFilteredPlaces,
  selectMovements,
  selectTimeline,
  selectVisibleClaims,
  selectVisiblePlaces,
} from '../../../src/store/claim-selectors';
import { selectMentionsByArticle } from '../../../src/store/selectors';
import { selectClusterInputs } from '../../../src/store/map-selectors';
import { placeClusters } from '../../../src/model/place-clusters';
import type { DalilStore } from '../../../src/store/store';
import { builtDataset, storeWithBuiltData } from '../fixtures/built-dataset';

let store: DalilStore;
const claims = () => builtDataset().claims ?? [];
const ids = (places: readonly { properties: { id: string } }[]) => places.map((p) => p.properties.id);

beforeEach(async () => {
  store = await storeWithBuiltData();
});

describe('claim selectors on the seed data', () => {
  it('show every claim while nothing is filtered', () => {
    expect(claims().length).toBeGreaterThan(20);
    expect(selectVisibleClaims(store.getState())).toHaveLength(claims().length);
  });

  it('return the same array until the filters change', () => {
    const before = selectVisibleClaims(store.getState());
    expect(selectVisibleClaims(store.getState())).toBe(before);
    store.getState().toggleActivity('air');
    expect(selectVisibleClaims(store.getState())).not.toBe(before);
  });

  it('combine activity, stance and claimant filters: a claim shown passes all three', () => {
    const state = store.getState();
    state.toggleActivity('diplomacy'); // everything but diplomacy
    state.toggleStance('reported'); // everything but reported
    state.setClaimant('us-officials');
    const shown = selectVisibleClaims(store.getState());
    const expected = claims().filter(
      (c) =>
        c.activities.some((k) => k !== 'diplomacy') &&
        c.stance !== 'reported' &&
        c.claimant?.id === 'us-officials',
    );
    expect(shown.map((c) => c.id)).toEqual(expected.map((c) => c.id));
    expect(shown.length).toBeGreaterThan(0);
    expect(shown.length).toBeLessThan(claims().filter((c) => c.claimant?.id === 'us-officials').length);
  });

  it('keep an article’s claims only, with the article filter', () => {
    const articleId = builtDataset().articles[0]!.id;
    store.getState().setArticle(articleId);
    const shown = selectVisibleClaims(store.getState());
    expect(shown.length).toBeGreaterThan(0);
    expect(shown.every((c) => c.articleId === articleId)).toBe(true);
  });

  it('filter by date: eventDate when the clause gives one, else the publication date', () => {
    store.getState().setTimeRange('2015-09-11', '2015-09-15');
    const shown = selectVisibleClaims(store.getState());
    const expected = claims().filter((c) => claimDate(c) >= '2015-09-11' && claimDate(c) <= '2015-09-15');
    expect(shown.map((c) => c.id)).toEqual(expected.map((c) => c.id));
    expect(shown.length).toBeLessThan(claims().length);
  });

  it('hide places named only as actors or context by default, and keep them in the list', () => {
    const onMap = ids(selectVisiblePlaces(store.getState()));
    expect(onMap).toContain('hmeimim-air-base');
    expect(onMap).toContain('latakia');
    // Moscow only ever speaks or acts in the seeds ("Moscow denies").
    expect(onMap).not.toContain('moscow');
    expect(ids(selectFilteredPlaces(store.getState()))).toContain('moscow');
  });

  it('show actors and context when the reader asks for them', () => {
    store.getState().toggleActorsAndContext();
    expect(ids(selectVisiblePlaces(store.getState()))).toEqual(ids(builtDataset().places.features));
  });

  it('draw a selected actor, so a link to it never opens onto nothing', () => {
    store.getState().selectPlace('moscow');
    expect(ids(selectVisiblePlaces(store.getState()))).toContain('moscow');
  });

  it('derive places from the claims shown while filtering', () => {
    store.getState().toggleStance('reported');
    const roles = new Set(
      selectVisibleClaims(store.getState()).flatMap((c) =>
        c.places.filter((p) => p.role === 'site' || p.role === 'venue').map((p) => p.placeId),
      ),
    );
    expect(new Set(ids(selectVisiblePlaces(store.getState())))).toEqual(roles);
  });

  it('list the movements with both ends, one per claim with from and to', () => {
    const movements = selectMovements(store.getState());
    const expected = claims().filter((c) => c.from !== null && c.to !== null && c.from !== c.to);
    expect(movements.map((m) => m.claim.id)).toEqual(expected.map((c) => c.id));
    for (const m of movements) {
      expect(m.from.properties.id).toBe(m.claim.from);
      expect(m.to.properties.id).toBe(m.claim.to);
      expect(m.lane).toBeLessThan(m.lanes);
    }
    expect(movements.some((m) => m.to.properties.id === 'latakia')).toBe(true);
  });

  it('list only the movements the filters leave', () => {
    store.getState().setClaimant('us-officials');
    const movements = selectMovements(store.getState());
    expect(movements.every((m) => m.claim.claimant?.id === 'us-officials')).toBe(true);
  });

  it('count claims per day under every filter but the dates, and mark the range', () => {
    store.getState().toggleStance('denied');
    store.getState().setTimeRange('2015-09-12', '2015-09-20');
    const { days, peak } = selectTimeline(store.getState());
    const counted = days.reduce((n, d) => n + d.count, 0);
    expect(counted).toBe(claims().filter((c) => c.stance !== 'denied').length);
    expect(peak).toBe(Math.max(...days.map((d) => d.count)));
    expect(days.filter((d) => d.inRange).map((d) => d.date)).toEqual(
      days.map((d) => d.date).filter((d) => d >= '2015-09-12' && d <= '2015-09-20'),
    );
  });

  it('narrow a popup’s sentences to those where a claim shown names the place', () => {
    const all = selectMentionsByArticle('latakia')(store.getState());
    store.getState().setClaimant('us-officials');
    const narrowed = selectMentionsByArticle('latakia')(store.getState());
    const count = (e: typeof all) => e.reduce((n, a) => n + a.quotes.length, 0);
    expect(count(narrowed)).toBeGreaterThan(0);
    expect(count(narrowed)).toBeLessThan(count(all));
    expect(selectMentionsByArticle('latakia')(store.getState())).toBe(narrowed);
  });
});

describe('the places the map clusters', () => {
  it('are the same list, and so the same clusters, for a filter turned off again', () => {
    const before = selectClusterInputs(store.getState());
    const clusters = placeClusters(before, 40);
    store.getState().toggleActivity('diplomacy');
    const filtered = selectClusterInputs(store.getState());
    expect(filtered).not.toBe(before);
    store.getState().toggleActivity('diplomacy');
    expect(selectClusterInputs(store.getState())).toBe(before);
    expect(placeClusters(selectClusterInputs(store.getState()), 40)).toBe(clusters);
  });
});
