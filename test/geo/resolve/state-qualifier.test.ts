import { describe, expect, it } from 'vitest';
import { STATE_ABBREVIATIONS } from '../../../geo/gazetteer/default';
import { geoparse } from '../../../geo/geoparse';
import { defaultGazetteer } from '../../../geo/match/default-gazetteer';

// Built once, outside any test's time limit.
const gazetteer = defaultGazetteer();
const ids = (text: string) => geoparse(text, 'a1', gazetteer).features.map((f) => f.properties.id);

describe('a US state abbreviated after a town', () => {
  it('names a US state of the gazetteer with every abbreviation', () => {
    for (const state of STATE_ABBREVIATIONS) {
      const entry = gazetteer.byId.get(state.division);
      expect(entry?.iso2, state.division).toBe('US');
      expect(entry?.kind, state.division).toBe('region');
    }
    expect(STATE_ABBREVIATIONS).toHaveLength(50);
  });

  it('chooses the namesake in that state, by postal code or news abbreviation', () => {
    expect(ids('Storms hit Springfield, Ill., and Springfield, Mo., on Tuesday.')).toEqual([
      'springfield-us-illinois',
      'illinois-state',
      'springfield',
      'missouri-state',
    ]);
    expect(ids('Police in Portland, ME and Portland, Ore. said.')).toEqual([
      'portland-us',
      'maine-state',
      'portland',
      'oregon-state',
    ]);
    expect(ids('A man from Athens, Ga. was arrested.')).toEqual(['athens-us', 'georgia-state']);
  });

  it('takes a small town named with its state, though the article names no country', () => {
    expect(ids('Floods in Alexandria, La., forced evacuations.')).toEqual([
      'alexandria-us-louisiana',
      'louisiana-state',
    ]);
  });

  it('keeps the abbreviation as a mention of the state, its own words', () => {
    const [, state] = geoparse('Flights left Dallas, TX, on Monday.', 'a1', gazetteer).features;
    expect(state?.properties.id).toBe('texas-state');
    expect(state?.properties.mentions.map((m) => m.text)).toEqual(['TX']);
  });

  it('reads no state in a word after a comma that is not written as one', () => {
    expect(ids('Floods hit Alexandria, in the morning.')).toEqual(['alexandria']);
    expect(ids('Floods hit Alexandria, IND officials said.')).toEqual(['alexandria']);
  });
});

describe('a US state named bare', () => {
  it('is the state though a country or small towns share its name, when the article is in that state', () => {
    expect(ids('Storms hit Macon on Friday, and Georgia declared an emergency.')).toEqual([
      'macon',
      'georgia-state',
    ]);
    expect(ids('Florida and Oregon sent firefighters.')).toEqual(['florida-state', 'oregon-state']);
  });

  it('stays the country in an article on the Caucasus, and Washington stays the capital', () => {
    expect(ids('Russian tanks rolled into Georgia, and Tbilisi protested.')).toEqual(['georgia', 'tbilisi']);
    expect(ids('Washington warned Moscow on Monday.')).toEqual(['washington', 'moscow']);
  });
});

describe('a US state abbreviated after a town the gazetteer lacks', () => {
  it('still names the state', () => {
    expect(ids('The Quillmoor, Ill., council met on Monday.')).toEqual(['illinois-state']);
  });

  it('is read after a capitalised word only', () => {
    expect(ids('He said so, Ga. officials added.')).toEqual([]);
  });
});
