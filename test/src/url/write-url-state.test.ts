import { describe, expect, it } from 'vitest';
import { parseUrlState } from '../../../src/url/url-state';
import { roundView, searchWithState } from '../../../src/url/write-url-state';

describe('searchWithState', () => {
  it('writes a place, a quote and a view in readable form', () => {
    expect(
      searchWithState('', {
        place: 'latakia',
        quote: { articleId: 'a_1', start: 40 },
        view: { lat: 35.123456, lng: -0.00001, zoom: 6 },
      }),
    ).toBe('?place=latakia&quote=a_1:40&view=35.1235,0,6');
  });

  it('removes what is null and keeps every other parameter in its place', () => {
    expect(searchWithState('?lang=en&place=x&kinds=facility&utm=1', { place: null })).toBe(
      '?lang=en&kinds=facility&utm=1',
    );
    expect(searchWithState('?place=x', { place: null })).toBe('');
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
    const search = searchWithState('?lang=en&stance=denied', { filters, actors: true });
    expect(search).toBe('?lang=en&kinds=air,ground&claimant=us-officials&from=2015-09-11&actors=1');
    expect(parseUrlState(search).filters).toEqual(filters);
  });

  it('writes embed=1 and removes it', () => {
    expect(searchWithState('?lang=en', { embed: true })).toBe('?lang=en&embed=1');
    expect(searchWithState('?embed=1&lang=en', { embed: false })).toBe('?lang=en');
  });

  it('reads back what it writes', () => {
    const view = roundView({ lat: 33.51234, lng: 36.29187, zoom: 7 });
    const search = searchWithState('', { place: 'damascus', view, quote: { articleId: 'b', start: 0 } });
    expect(parseUrlState(search)).toMatchObject({
      place: 'damascus',
      view,
      quote: { articleId: 'b', start: 0 },
    });
  });
});
