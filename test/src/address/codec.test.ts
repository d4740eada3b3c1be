import { describe, expect, it } from 'vitest';
import { parseAddress, searchWith } from '../../../src/address/codec';
import { roundView } from '../../../src/model/map-view';

describe('parseAddress', () => {
  it('gives the defaults for an empty address', () => {
    expect(parseAddress('')).toEqual({
      place: null,
      quote: null,
      view: null,
      language: null,
      embed: false,
      preview: false,
      filters: { activities: null, stances: null, claimant: null, articleId: null, from: null, to: null },
      actors: false,
    });
  });

  it('reads a place, a quote, a view, the language and the embed mode', () => {
    const state = parseAddress(
      '?place=hmeimim-air-base&quote=000_3e6b238d34b65557:412&view=35.4,35.9,7&lang=en&embed=1',
    );
    expect(state.place).toBe('hmeimim-air-base');
    expect(state.quote).toEqual({ articleId: '000_3e6b238d34b65557', start: 412 });
    expect(state.view).toEqual({ lat: 35.4, lng: 35.9, zoom: 7 });
    expect(state.language).toBe('en');
    expect(state.embed).toBe(true);
  });

  it('reads commas and colons whether escaped or not', () => {
    expect(parseAddress('?view=35.4%2C35.9%2C7').view).toEqual({ lat: 35.4, lng: 35.9, zoom: 7 });
    expect(parseAddress('?quote=a1%3A3').quote).toEqual({ articleId: 'a1', start: 3 });
  });

  it('drops a view outside the map', () => {
    expect(parseAddress('?view=91,0,3').view).toBeNull();
    expect(parseAddress('?view=0,181,3').view).toBeNull();
    expect(parseAddress('?view=0,0,13').view).toBeNull();
    expect(parseAddress('?view=0,0').view).toBeNull();
    expect(parseAddress('?view=1e2,0,3').view).toBeNull();
    expect(parseAddress('?view=Infinity,0,3').view).toBeNull();
  });

  it('drops ids with characters no id has', () => {
    expect(parseAddress('?place=<script>').place).toBeNull();
    expect(parseAddress('?place=javascript:alert(1)').place).toBeNull();
    expect(parseAddress('?quote=../x:1').quote).toBeNull();
    expect(parseAddress('?quote=a:-1').quote).toBeNull();
  });

  it('keeps one bad parameter from spoiling the others', () => {
    const state = parseAddress('?place=%00&lang=en&view=x');
    expect(state).toMatchObject({ place: null, language: 'en', view: null });
  });

  it('refuses parameters longer than any the app writes', () => {
    expect(parseAddress(`?place=${'a'.repeat(500)}`).place).toBeNull();
  });

  it('embeds only with embed=1', () => {
    expect(parseAddress('?embed=true').embed).toBe(false);
    expect(parseAddress('?embed=0').embed).toBe(false);
  });

  it('reads the filters: activity kinds, dates, claimant, stances and article', () => {
    const { filters, actors } = parseAddress(
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
    expect(parseAddress('?kinds=air,planet').filters.activities).toBeNull();
    expect(parseAddress('?kinds=air,air').filters.activities).toBeNull();
    expect(parseAddress('?kinds=facility').filters.activities).toBeNull();
    expect(parseAddress('?from=2015-02-30').filters.from).toBeNull();
    expect(parseAddress('?from=2015-13-45').filters.from).toBeNull();
    expect(parseAddress('?from=2016-01-01&to=2015-01-01').filters).toMatchObject({ from: null, to: null });
  });
});

describe('searchWith', () => {
  it('writes a place, a quote and a view in readable form', () => {
    expect(
      searchWith('', {
        place: 'latakia',
        quote: { articleId: 'a_1', start: 40 },
        view: { lat: 35.123456, lng: -0.00001, zoom: 6 },
      }),
    ).toBe('?place=latakia&quote=a_1:40&view=35.1235,0,6');
  });

  it('removes what is null and keeps every other parameter in its place', () => {
    expect(searchWith('?lang=en&place=x&kinds=facility&utm=1', { place: null })).toBe(
      '?lang=en&kinds=facility&utm=1',
    );
    expect(searchWith('?place=x', { place: null })).toBe('');
  });

  it('writes the filters, and removes those at their default', () => {
    const filters = {
      activities: ['air', 'ground'] as const,
      stances: null,
      claimant: 'us-officials',
      articleId: null,
      from: '2015-09-11',
      to: null,
    };
    const search = searchWith('?lang=en&stance=denied', { filters, actors: true });
    expect(search).toBe('?lang=en&kinds=air,ground&claimant=us-officials&from=2015-09-11&actors=1');
    expect(parseAddress(search).filters).toEqual(filters);
  });

  it('writes embed=1 and removes it', () => {
    expect(searchWith('?lang=en', { embed: true })).toBe('?lang=en&embed=1');
    expect(searchWith('?embed=1&lang=en', { embed: false })).toBe('?lang=en');
    expect(parseAddress('?preview=1').preview).toBe(true);
    expect(parseAddress('?preview=yes').preview).toBe(false);
    expect(searchWith('?preview=1&lang=en', { preview: false })).toBe('?lang=en');
  });

  it('reads back what it writes', () => {
    const view = roundView({ lat: 33.51234, lng: 36.29187, zoom: 7 });
    const search = searchWith('', { place: 'damascus', view, quote: { articleId: 'b', start: 0 } });
    expect(parseAddress(search)).toMatchObject({
      place: 'damascus',
      view,
      quote: { articleId: 'b', start: 0 },
    });
  });
});
