import { describe, expect, it } from 'vitest';
import { ACTIVITY_KINDS, type Claim } from '../../../geo/contract';
import {
  ARTICLE_VOICE,
  claimPasses,
  isFiltering,
  knownFilters,
  NO_FILTERS,
  rangeWithin,
  toggleIn,
  type FilterDomain,
} from '../../../src/model/filters';

const claim = {
  id: 'a#1',
  articleId: 'a',
  activities: ['air', 'ground'],
  stance: 'denied',
  claimant: null,
  eventDate: null,
  published: '2015-09-15',
} as unknown as Claim;

describe('filters', () => {
  it('let every claim through when nothing is filtered', () => {
    expect(isFiltering(NO_FILTERS)).toBe(false);
    expect(claimPasses(claim, NO_FILTERS)).toBe(true);
  });

  it('pass a claim naming any of the activity kinds chosen', () => {
    expect(claimPasses(claim, { ...NO_FILTERS, activities: ['ground', 'naval'] })).toBe(true);
    expect(claimPasses(claim, { ...NO_FILTERS, activities: ['naval'] })).toBe(false);
  });

  it('match the article’s own voice as a claimant of its own', () => {
    expect(claimPasses(claim, { ...NO_FILTERS, claimant: ARTICLE_VOICE })).toBe(true);
    expect(claimPasses(claim, { ...NO_FILTERS, claimant: 'lavrov' })).toBe(false);
  });

  it('compare dates inclusively, and may leave the dates out', () => {
    const range = { ...NO_FILTERS, from: '2015-09-15', to: '2015-09-15' };
    expect(claimPasses(claim, range)).toBe(true);
    const before = { ...NO_FILTERS, to: '2015-09-14' };
    expect(claimPasses(claim, before)).toBe(false);
    expect(claimPasses(claim, before, true)).toBe(true);
  });

  it('combine: a claim must pass every filter', () => {
    const filters = { ...NO_FILTERS, activities: ['air'] as const, stances: ['reported'] as const };
    expect(claimPasses(claim, filters)).toBe(false);
  });

  it('switch one item off all, back on to all, and never to none', () => {
    const without = toggleIn(null, 'air', ACTIVITY_KINDS);
    expect(without).toEqual(ACTIVITY_KINDS.filter((k) => k !== 'air'));
    expect(toggleIn(without, 'air', ACTIVITY_KINDS)).toBeNull();
    expect(toggleIn(['air'], 'air', ACTIVITY_KINDS)).toEqual(['air']);
  });

  describe('held to what the data has', () => {
    const domain: FilterDomain = {
      articleIds: new Set(['a', 'b']),
      claimantIds: new Set([ARTICLE_VOICE, 'lavrov']),
      first: '2015-09-10',
      last: '2015-09-30',
    };

    it('drops an article or a claimant the data does not have, keeping the rest', () => {
      const filters = { ...NO_FILTERS, articleId: 'nope', claimant: '1e3', stances: ['denied'] as const };
      expect(knownFilters(filters, domain)).toEqual({ ...NO_FILTERS, stances: ['denied'] });
    });

    it('returns the very same filters when every value is known, so nothing re-renders', () => {
      const filters = { ...NO_FILTERS, articleId: 'a', claimant: ARTICLE_VOICE, from: '2015-09-12' };
      expect(knownFilters(filters, domain)).toBe(filters);
    });

    it('drops a date range that misses every day of the data', () => {
      expect(rangeWithin('2030-01-01', null, domain)).toEqual({ from: null, to: null });
      expect(rangeWithin(null, '1999-12-31', domain)).toEqual({ from: null, to: null });
    });

    it('puts a range in order and drops a bound at or past the first or last day', () => {
      expect(rangeWithin('2015-09-20', '2015-09-12', domain)).toEqual({
        from: '2015-09-12',
        to: '2015-09-20',
      });
      expect(rangeWithin('2015-09-01', '2015-10-05', domain)).toEqual({ from: null, to: null });
      expect(rangeWithin('2015-09-10', '2015-09-29', domain)).toEqual({ from: null, to: '2015-09-29' });
    });
  });
});
