import { describe, expect, it } from 'vitest';
import { ACTIVITY_KINDS, type Claim } from '../../../geo/contract';
import { ARTICLE_VOICE, claimPasses, isFiltering, NO_FILTERS, toggleIn } from '../../../src/model/filters';

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
});
