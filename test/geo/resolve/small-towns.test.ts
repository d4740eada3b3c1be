import { describe, expect, it } from 'vitest';
import { geoparse } from '../../../geo/geoparse';
import { defaultGazetteer } from '../../../geo/match/default-gazetteer';

// Loaded once, outside any test's time limit.
const gazetteer = defaultGazetteer();
const parse = (text: string) => geoparse(text, 'a1', gazetteer);
const ids = (text: string) => parse(text).features.map((f) => f.properties.id);
const why = (text: string, words: string) => parse(text).unresolved.find((u) => u.text === words)?.reason;

describe('the small towns of small-towns.json', () => {
  it('takes none named like an English word after a preposition alone: "In March, …"', () => {
    expect(ids('Warships left Sevastopol. In March, Ukraine said it had hit a landing ship.')).toEqual([
      'sevastopol',
      'ukraine',
    ]);
  });

  it("takes the later theatres' towns as the theatres' (Myanmar's Chin State): named a town", () => {
    expect(ids('Resistance fighters seized the town of Falam in Myanmar.')).toEqual(['falam', 'myanmar']);
    expect(ids('Resistance fighters seized Falam.')).toEqual([]);
  });

  it('takes one near another place the article names', () => {
    expect(ids('Volunteers from Kennebunk and Biddeford cleaned the beach.')).toEqual([
      'kennebunk',
      'biddeford',
    ]);
  });

  it('takes one in a division the article names', () => {
    expect(ids('Flooding in Illinois closed schools in Elmwood.')).toEqual(['illinois-state', 'elmwood-us']);
    // Rule 7 takes a town after "in" ("schools in Elmwood"); named otherwise, it needs its division.
    expect(ids('Flooding closed the schools of Elmwood.')).toEqual([]);
  });

  it('takes one named with its state, abbreviated or not, or named a town', () => {
    expect(ids('Crews reached Sanibel, Fla., by noon.')).toEqual(['sanibel', 'florida-state']);
    expect(ids('A ferry left Bar Harbor, Maine, on Sunday.')).toEqual(['bar-harbor', 'maine-state']);
    expect(ids('The town of Sanibel reopened its bridge.')).toEqual(['sanibel']);
  });

  it('leaves one named alone, even in an article naming its country', () => {
    expect(ids('In the United States, Sanibel reopened its bridge.')).toEqual(['united-states']);
    expect(why('In the United States, Sanibel reopened its bridge.', 'Sanibel')).toMatch(
      /no other place of the article near it/,
    );
  });

  it('takes an Arabic village only after a word that names it a village or a town', () => {
    expect(ids('قصفت الطائرات قرية البهلولية قرب اللاذقية')).toEqual(['al-bahluliyah', 'latakia']);
    expect(ids('قصفت الطائرات البهلولية قرب اللاذقية')).toEqual(['latakia']);
  });

  it('reads a transliteration by its plain letters: lower-case "main" is no Mā‘īn', () => {
    expect(ids("the enclave's main city, Amman")).toEqual(['amman']);
  });
});

describe("the article's countries, for its towns", () => {
  it('counts an English adjective of nationality as the nisbas count: "the Moldovan minister"', () => {
    const text = 'Troops moved to Cahul on Monday, the Moldovan defence minister said.';
    expect(ids(text)).toEqual(['cahul']);
    // Named with no word of its country, the small town of another is not taken.
    expect(ids('Troops moved to Cahul on Monday, the defence minister said.')).toEqual([]);
  });

  it('takes no adjective two countries share for either: "Congolese"', () => {
    expect(gazetteer.adjectives.get('moldovans')).toBe('MD');
    expect(gazetteer.adjectives.has('congolese')).toBe(false);
    expect(gazetteer.adjectives.get('سوري')).toBe('SY');
  });
});

describe('a town the article names as one', () => {
  it('may be named again bare: "بلدة أخترين" and then "أخترين"', () => {
    const [town] = parse(
      'سيطرت الفصائل على بلدة أخترين شمال حلب. وقال سكان إن أخترين خلت من أهلها.',
    ).features;
    expect(town).toMatchObject({ properties: { id: 'akhtarin' } });
    expect(town!.properties.mentions.map((m) => m.text)).toEqual(['أخترين', 'أخترين']);
    // Never named as a town, the bare word is no town.
    expect(ids('وقال سكان إن أخترين خلت من أهلها.')).toEqual([]);
  });
});
