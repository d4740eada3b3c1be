import { describe, expect, it } from 'vitest';
import { geoparse } from '../../../geo/geoparse';
import { defaultGazetteer } from '../../../geo/match/default-gazetteer';

// Built once, outside any test's time limit.
const gazetteer = defaultGazetteer();
const ids = (text: string) => geoparse(text, 'a1', gazetteer).features.map((f) => f.properties.id);

describe('a dateline', () => {
  it('reads the name opening a line before a dash as the town', () => {
    expect(ids('عمّان - قال مسؤول إن الشاحنات عبرت الحدود.')).toEqual(['amman']);
    expect(ids('MANAMA, Bahrain — A destroyer docked on Thursday.')).toEqual(['manama', 'bahrain']);
  });

  it('reads a name inside a line before a dash as before', () => {
    expect(ids('قال مسؤول في عمان - بحسب الوكالة - إن الشاحنات عبرت.')).toEqual(['oman']);
  });
});
