import { describe, expect, it } from 'vitest';
import { geoparse } from '../../../geo/geoparse';
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
