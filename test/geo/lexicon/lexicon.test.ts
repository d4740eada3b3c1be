import { describe, expect, it } from 'vitest';
import { FACILITY_TRIGGERS, NON_PLACES, PEOPLE, PLACE_CUES } from '../../../geo/lexicon/lexicon';
import { normalizeName } from '../../../geo/letters/normalize';

describe('the lexicon', () => {
  it('reads every word list as the normalised forms tokens are compared in', () => {
    expect(PEOPLE.newsmakers.has('اوباما')).toBe(true);
    expect(PEOPLE.newsmakers.has('biden')).toBe(true);
    expect(FACILITY_TRIGGERS.air.has('قاعده جويه')).toBe(true);
    for (const list of [...Object.values(PLACE_CUES), ...Object.values(PEOPLE)])
      if (typeof list !== 'string') for (const word of list) expect(normalizeName(word)).toBe(word);
  });

  it('keeps the names of non-places as news writes them, for the reasons an editor reads', () => {
    const sdf = NON_PLACES.organisations.entries.find((n) => n.id === 'sdf');
    expect(sdf?.names[0]).toBe('قوات سوريا الديمقراطية');
  });
});
