import { describe, expect, it } from 'vitest';
import { geoparse } from '../../../geo/geoparse';
import { defaultGazetteer } from '../../../geo/match/default-gazetteer';
import { smallGazetteer } from '../small-gazetteer';

const gazetteer = smallGazetteer();
const ids = (text: string) => geoparse(text, 'a1', gazetteer).features.map((f) => f.properties.id);

describe('choosing between places of one name', () => {
  it('prefers a world city to a small namesake in a country the article names', () => {
    expect(ids('قالت الولايات المتحدة إن موسكو ترسل قوات')).toEqual(['united-states', 'moscow']);
  });

  it('prefers the country to a capital of the same name when nothing else tells', () => {
    expect(ids('وصل الوفد إلى عمان')).toEqual(['oman']);
  });

  it('takes the town when the article is about its country and not the namesake country', () => {
    expect(ids('قال مصدر دبلوماسي أردني في عمان')).toEqual(['amman']);
  });

  it('keeps the country when a small namesake lies in a country named only by an adjective', () => {
    const real = defaultGazetteer();
    const text = 'قالت البحرية الأمريكية إن مدمرة أمريكية رصدت سفنا قرب سواحل لبنان';
    expect(geoparse(text, 'a1', real).features.map((f) => f.properties.id)).toEqual(['lebanon']);
  });

  it('reads "الجزائر العاصمة" as the city', () => {
    expect(ids('وصل الوفد إلى الجزائر العاصمة')).toEqual(['algiers']);
  });
});

describe('towns that need support', () => {
  it('takes a small town named as the venue of talks or of a treaty', () => {
    expect(ids('بموجب اتفاقية مونترو')).toEqual(['montreux']);
    expect(ids('under the Montreux Convention')).toEqual(['montreux']);
  });

  it('does not read كـ + a word as a small town', () => {
    expect(ids('في مواجهة كطرطوس')).toEqual([]);
    expect(ids('في مواجهة طرطوس')).toEqual(['tartus']);
  });
});

describe("namesakes near the article's other places", () => {
  const real = defaultGazetteer();
  const found = (text: string) =>
    geoparse(text, 'a1', real).features.map((f) => [f.properties.mentions[0]!.text, f.properties.id]);

  it('takes the county of the state the article is about, among thirty of one name', () => {
    expect(
      found('Deputies in Washington County arrested a man from Fayetteville, Ark., on Tuesday.'),
    ).toEqual([
      ['Washington County', 'washington-county-ar'],
      ['Fayetteville', 'fayetteville-us'],
      ['Ark.', 'arkansas-state'],
    ]);
  });

  it("takes Lebanon's Tripoli beside Lebanese towns, and Libya's in an article that names Libya", () => {
    expect(found('Clashes in Tripoli spread after rockets hit Tyre and Sidon.')[0]).toEqual([
      'Tripoli',
      'tripoli-lb',
    ]);
    expect(
      found(
        'The government in Tripoli accused Russia of flying jets to Libya from Syria, by way of Tartus.',
      )[0],
    ).toEqual(['Tripoli', 'tripoli']);
  });

  it('is not drawn to a namesake by a capital that speaks for its government', () => {
    expect(
      found('The two ministers met in Vienna on Friday, and Washington said the talks went well.')[0],
    ).toEqual(['Vienna', 'vienna']);
  });

  it('keeps small towns named close together, and leaves a lone one of an unnamed country out', () => {
    const ids = found('Officers from Schaumburg and Rolling Meadows searched the area.').map(([, id]) => id);
    expect(ids).toEqual(['schaumburg', 'rolling-meadows']);
    expect(found('Officers from Schaumburg searched the area.')).toEqual([]);
  });
});
