import { describe, expect, it } from 'vitest';
import { givenNamesThatArePlaces } from '../../../geo/import/given-names';

describe('given names that are places', () => {
  it('keeps the given names that name a place, normalised, once each, sorted', () => {
    const places = new Set(['tyler', 'florence', 'austin']);
    expect(
      givenNamesThatArePlaces(['Tyler\nAnn\nFlorence\n', 'Austin\nTyler\nJean-Paul\n'], (k) => places.has(k)),
    ).toEqual(['austin', 'florence', 'tyler']);
  });
});
