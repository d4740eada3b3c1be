import { describe, expect, it } from 'vitest';
import type { GazetteerEntry } from '../../../geo/gazetteer/entry';
import { geoparse } from '../../../geo/geoparse';
import { createGazetteer } from '../../../geo/match/gazetteer';
import { SMALL_ENTRIES } from '../small-gazetteer';

/** A town GeoNames gives no Arabic name: its Arabic name repeats the Latin one. */
function latinTown(id: string, iso2: string, en: string, lngLat: [number, number], aliases: string[] = []) {
  return {
    id,
    kind: 'settlement',
    iso2,
    name: { ar: en, en },
    aliases: { ar: [], en: aliases },
    lngLat,
    source: 'test',
  } satisfies GazetteerEntry;
}

const country = (id: string, iso2: string, en: string, ar: string, lngLat: [number, number]) =>
  ({
    id,
    kind: 'country',
    iso2,
    name: { ar, en },
    aliases: { ar: [], en: [] },
    lngLat,
    source: 'test',
  }) satisfies GazetteerEntry;

const gazetteer = createGazetteer([
  SMALL_ENTRIES,
  [
    country('cameroon', 'CM', 'Cameroon', 'الكاميرون', [12, 6]),
    country('central-african-republic', 'CF', 'Central African Republic', 'جمهورية أفريقيا الوسطى', [21, 7]),
    country('ukraine', 'UA', 'Ukraine', 'أوكرانيا', [31, 49]),
    latinTown('mora-cm', 'CM', 'Mora', [14.14, 11.05]),
    latinTown('mora-us', 'US', 'Mora', [-105.33, 35.97]),
    latinTown('maroua', 'CM', 'Maroua', [14.32, 10.59]),
    latinTown('birao', 'CF', 'Birao', [22.79, 10.28]),
    latinTown('bria', 'CF', 'Bria', [21.99, 6.54]),
    latinTown('ndele', 'CF', 'Ndélé', [20.65, 8.41]),
    latinTown('kupiansk', 'UA', "Kup'yans'k", [37.62, 49.71], ['Kupiansk']),
    latinTown('sahira', 'CM', 'Saghira', [13.5, 10.5]),
  ],
]);

/** The places found in `text`, each as its id and the words that named it. */
const placesOf = (text: string) =>
  geoparse(text, 'a1', gazetteer).features.map((f) => [
    f.properties.id,
    f.properties.mentions.map((m) => m.text),
  ]);

describe('towns known only by their Latin name, written in Arabic letters', () => {
  it('reads a word a naming cue calls a town as the town of the article’s country it sounds like', () => {
    expect(placesOf('قال الجيش الكاميروني إن وحدة انتقلت إلى بلدة مورا.')).toContainEqual([
      'mora-cm',
      ['مورا'],
    ]);
    expect(placesOf('وفي جمهورية أفريقيا الوسطى هاجم مسلحون مدينة بيراو وبلدة نديلي.')).toEqual(
      expect.arrayContaining([
        ['birao', ['بيراو']],
        ['ndele', ['نديلي']],
      ]),
    );
  });

  it('tells towns of one skeleton apart by the vowels Arabic writes', () => {
    // Birao and Bria share b and r; "بيراو" writes i, a and u, "بريا" i and a.
    const found = placesOf('وفي جمهورية أفريقيا الوسطى انسحبت القوات من مدينة بريا.');
    expect(found).toContainEqual(['bria', ['بريا']]);
    expect(found.map(([id]) => id)).not.toContain('birao');
  });

  it('reads the article’s later mentions of the town, bare and with particles', () => {
    const text = 'قال الجيش الكاميروني إن وحدة وصلت إلى بلدة مورا. ونقلت طائرتان تعزيزات إلى مورا وبمورا.';
    expect(placesOf(text)).toContainEqual(['mora-cm', ['مورا', 'مورا', 'مورا']]);
  });

  it('needs the cue: a bare word that sounds like a town is no town', () => {
    expect(placesOf('قال الجيش الكاميروني إن وحدة انتقلت من ماروا.').map(([id]) => id)).not.toContain(
      'maroua',
    );
  });

  it('needs one of the article’s countries: a town elsewhere is not taken', () => {
    // No country of the article holds a Mora: the word stays reported, not placed.
    const result = geoparse('انتقلت وحدة روسية إلى بلدة مورا.', 'a1', gazetteer);
    expect(result.features.map((f) => f.properties.id)).not.toContain('mora-cm');
    expect(result.features.map((f) => f.properties.id)).not.toContain('mora-us');
    expect(result.unresolved).toContainEqual(
      expect.objectContaining({ text: 'مورا', reason: 'named as a town but not in the gazetteer' }),
    );
  });

  it('leaves out Arabic words after the cue: an adjective in ta marbuta, a word with the article', () => {
    // "بلدة صغيرة" (a small town) is no Saghira of Cameroon.
    const found = placesOf('قال الجيش الكاميروني إن مسلحين هاجموا بلدة صغيرة قرب الحدود.');
    expect(found.map(([id]) => id)).not.toContain('sahira');
  });

  it('reads a name of apostrophes and doubled letters through its alias', () => {
    expect(placesOf('وقالت أوكرانيا إن قواتها انسحبت من مدينة كوبيانسك.')).toContainEqual([
      'kupiansk',
      ['كوبيانسك'],
    ]);
  });

  it('says how the name was read', () => {
    const [mora] = geoparse(
      'قال الجيش الكاميروني إن وحدة انتقلت إلى بلدة مورا.',
      'a1',
      gazetteer,
    ).features.filter((f) => f.properties.id === 'mora-cm');
    expect(mora!.properties.mentions[0]!.reason).toContain('its Latin name written in Arabic letters');
  });
});
