import { describe, expect, it } from 'vitest';
import { parseUrlState } from '../../../src/url/url-state';

describe('parseUrlState', () => {
  it('gives the defaults for an empty address', () => {
    expect(parseUrlState('')).toEqual({
      place: null,
      quote: null,
      view: null,
      language: null,
      embed: false,
      filters: { activities: null, stances: null, claimant: null, articleId: null, from: null, to: null },
      actors: false,
    });
  });

  it('reads a place, a quote, a view, the language and the embed mode', () => {
    const state = parseUrlState(
      '?place=hmeimim-air-base&quote=000_3e6b238d34b65557:412&view=35.4,35.9,7&lang=en&embed=1',
    );
    expect(state.place).toBe('hmeimim-air-base');
    expect(state.quote).toEqual({ articleId: '000_3e6b238d34b65557', start: 412 });
    expect(state.view).toEqual({ lat: 35.4, lng: 35.9, zoom: 7 });
    expect(state.language).toBe('en');
    expect(state.embed).toBe(true);
  });

  it('reads commas and colons whether escaped or not', () => {
    expect(parseUrlState('?view=35.4%2C35.9%2C7').view).toEqual({ lat: 35.4, lng: 35.9, zoom: 7 });
    expect(parseUrlState('?quote=a1%3A3').quote).toEqual({ articleId: 'a1', start: 3 });
  });

  it('drops a view outside the map', () => {
    expect(parseUrlState('?view=91,0,3').view).toBeNull();
    expect(parseUrlState('?view=0,181,3').view).toBeNull();
    expect(parseUrlState('?view=0,0,13').view).toBeNull();
    expect(parseUrlState('?view=0,0').view).toBeNull();
    expect(parseUrlState('?view=1e2,0,3').view).toBeNull();
    expect(parseUrlState('?view=Infinity,0,3').view).toBeNull();
  });

  it('drops ids with characters no id has', () => {
    expect(parseUrlState('?place=<script>').place).toBeNull();
    expect(parseUrlState('?place=javascript:alert(1)').place).toBeNull();
    expect(parseUrlState('?quote=../x:1').quote).toBeNull();
    expect(parseUrlState('?quote=a:-1').quote).toBeNull();
  });

  it('keeps one bad parameter from spoiling the others', () => {
    const state = parseUrlState('?place=%00&lang=en&view=x');
    expect(state).toMatchObject({ place: null, language: 'en', view: null });
  });

  it('refuses parameters longer than any the app writes', () => {
    expect(parseUrlState(`?place=${'a'.repeat(500)}`).place).toBeNull();
  });

  it('embeds only with embed=1', () => {
    expect(parseUrlState('?embed=true').embed).toBe(false);
    expect(parseUrlState('?embed=0').embed).toBe(false);
  });

  it('reads the filters: activity kinds, dates, claimant, stances and article', () => {
    const { filters, actors } = parseUrlState(
      '?kinds=air,naval&from=2015-09-01&to=2015-10-01&claimant=us-officials&stance=denied,confirmed&article=002_e0de50790ff44f58&actors=1',
    );
    expect(filters).toEqual({
      activities: ['air', 'naval'],
      stances: ['denied', 'confirmed'],
      claimant: 'us-officials',
      articleId: '002_e0de50790ff44f58',
      from: '2015-09-01',
      to: '2015-10-01',
    });
    expect(actors).toBe(true);
  });

  it('drops a filter list with an unknown or repeated word, and a range that ends before it starts', () => {
    expect(parseUrlState('?kinds=air,planet').filters.activities).toBeNull();
    expect(parseUrlState('?kinds=air,air').filters.activities).toBeNull();
    expect(parseUrlState('?kinds=facility').filters.activities).toBeNull();
    expect(parseUrlState('?from=2015-02-30').filters.from).toBeNull();
    expect(parseUrlState('?from=2015-13-45').filters.from).toBeNull();
    expect(parseUrlState('?from=2016-01-01&to=2015-01-01').filters).toMatchObject({ from: null, to: null });
  });
});
