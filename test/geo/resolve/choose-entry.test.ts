import { describe, expect, it } from 'vitest';
import { geoparse } from '../../../geo/geoparse';
import type { GazetteerEntry } from '../../../geo/gazetteer/entry';
import { createGazetteer } from '../../../geo/match/gazetteer';
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

describe("the article's theatre before the population", () => {
  const place = (
    id: string,
    kind: GazetteerEntry['kind'],
    iso2: string,
    en: string,
    lngLat: [number, number],
    population?: number,
  ): GazetteerEntry => ({
    id,
    kind,
    iso2,
    name: { ar: en, en },
    aliases: { ar: [], en: [] },
    lngLat,
    source: 'test',
    ...(population ? { population } : {}),
  });
  const theatre = createGazetteer([
    [
      place('mozambique', 'country', 'MZ', 'Mozambique', [35, -17]),
      place('quelimane', 'settlement', 'MZ', 'Quelimane', [36.89, -17.88], 349_842),
      place('palma', 'settlement', 'ES', 'Palma', [2.65, 39.57], 401_270),
      place('palma-mz', 'settlement', 'MZ', 'Palma', [40.47, -10.77], 2_000),
      place('moscow', 'settlement', 'RU', 'Moscow', [37.62, 55.75], 10_381_222),
      place('moscow-mz', 'settlement', 'MZ', 'Moscow', [33, -20], 2_000),
    ],
  ]);
  const chosen = (text: string) => geoparse(text, 'a1', theatre).features.map((f) => f.properties.id);

  it('takes the namesake in the country the article names over a larger one far from all its places', () => {
    // Quelimane is 880 km from Mozambique's Palma: nearness alone would not outweigh Mallorca's 400,000.
    expect(chosen("Mozambique's army said insurgents attacked Palma, and Quelimane sent troops.")).toEqual([
      'mozambique',
      'palma-mz',
      'quelimane',
    ]);
  });

  it('keeps the larger namesake when the article names no country, and a world city in any article', () => {
    expect(chosen('Insurgents attacked Palma, and Quelimane sent troops.')).toContain('palma');
    expect(chosen("Mozambique's envoy flew to Moscow, and Quelimane said the talks went well.")).toContain(
      'moscow',
    );
  });
});
