/**
 * geo/gazetteer/curated.json: the hand-made facilities, regions and waters. Every entry is checked against
 * the schema, every facility rule against the entries it names, and a sample of points against where the
 * place is known to lie, as sentences.
 */
import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { FACILITY_RULES } from '../../../geo/gazetteer/default';
import { defaultGazetteer } from '../../../geo/match/default-gazetteer';
import { GazetteerEntrySchema, type GazetteerEntry } from '../../../geo/gazetteer/entry';
import citiesJson from '../../../geo/gazetteer/cities.json';
import countriesJson from '../../../geo/gazetteer/countries.json';
import curatedJson from '../../../geo/gazetteer/curated.json';
import { geoparse } from '../../../geo/geoparse';
import { ARABIC_WORDS } from '../../../geo/import/ambiguous-cities';
import { foldArabic } from '../../../geo/import/arabic-fold';

const curated = curatedJson as GazetteerEntry[];
const cities = citiesJson as GazetteerEntry[];
const countries = countriesJson as GazetteerEntry[];
const all = new Map([...countries, ...cities, ...curated].map((e) => [e.id, e]));

function place(id: string): GazetteerEntry {
  const entry = all.get(id);
  if (!entry) throw new Error(`no entry ${id}`);
  return entry;
}

/** Great-circle distance between two entries' points, in kilometres. */
function distanceKm(a: string, b: string): number {
  const [lng1, lat1] = place(a).lngLat.map((d) => (d * Math.PI) / 180) as [number, number];
  const [lng2, lat2] = place(b).lngLat.map((d) => (d * Math.PI) / 180) as [number, number];
  const h =
    Math.sin((lat2 - lat1) / 2) ** 2 + Math.cos(lat1) * Math.cos(lat2) * Math.sin((lng2 - lng1) / 2) ** 2;
  return 2 * 6371 * Math.asin(Math.sqrt(h));
}

/** The ids of the places geoparse finds in a sentence. */
// Built once, outside any test's time limit.
const gazetteer = defaultGazetteer();

function placesIn(text: string): string[] {
  return geoparse(text, 'test', gazetteer).features.map((f) => f.properties.id);
}

describe('curated.json', () => {
  it('validates every entry against the gazetteer schema', () => {
    for (const entry of curated)
      expect(v.safeParse(GazetteerEntrySchema, entry).issues, entry.id).toBeUndefined();
  });

  it('keeps ids unique across countries.json, cities.json and curated.json', () => {
    const ids = [...countries, ...cities, ...curated].map((e) => e.id);
    expect(ids.length - new Set(ids).size).toBe(0);
  });

  it('holds only facilities, regions and waters', () => {
    for (const e of curated) expect(['facility', 'region', 'water'], e.id).toContain(e.kind);
  });

  it('names a source for every point, and says so when the point is approximate', () => {
    for (const e of curated) expect(e.source, e.id).toMatch(/OurAirports|curated/);
  });

  it('keeps ordinary Arabic words out of the names (الضمير conscience, البصيرة insight…)', () => {
    const common = new Set(ARABIC_WORDS.map(({ word }) => foldArabic(word)));
    for (const e of curated)
      for (const name of [e.name.ar, ...e.aliases.ar])
        expect(common.has(foldArabic(name)), `${e.id}: ${name}`).toBe(false);
  });
});

describe('FACILITY_RULES', () => {
  it('names only facilities of curated.json and settlements of cities.json', () => {
    for (const rule of FACILITY_RULES) {
      expect(place(rule.facility).kind, rule.facility).toBe('facility');
      expect(place(rule.near).kind, rule.near).toBe('settlement');
    }
  });

  it('puts every facility within 50 km of the town its rule names it after (Nojeh is 48 km from Hamadan)', () => {
    for (const rule of FACILITY_RULES)
      expect(distanceKm(rule.facility, rule.near), `${rule.facility} near ${rule.near}`).toBeLessThan(50);
  });
});

describe('curated points', () => {
  it('puts Deir ez-Zor airport just south-east of the city', () => {
    expect(distanceKm('deir-ez-zor-airport', 'deir-ez-zor')).toBeLessThan(10);
    expect(place('deir-ez-zor-airport').lngLat[1]).toBeLessThan(place('deir-ez-zor').lngLat[1]);
  });

  it('puts Ain al-Asad in the Anbar desert, west of Hit on the Euphrates', () => {
    expect(distanceKm('ain-al-asad-air-base', 'hit')).toBeLessThan(40);
    expect(place('ain-al-asad-air-base').lngLat[0]).toBeLessThan(place('hit').lngLat[0]);
  });

  it('puts al-Tanf by the Iraqi and Jordanian borders, and Tower 22 beside the Rukban camp south of it', () => {
    const [lng, lat] = place('al-tanf-garrison').lngLat;
    expect(lng).toBeGreaterThan(38.4);
    expect(lat).toBeGreaterThan(33.3);
    expect(lat).toBeLessThan(33.7);
    expect(distanceKm('tower-22', 'rukban')).toBeLessThan(10);
    expect(place('tower-22').lngLat[1]).toBeLessThan(lat);
  });

  it('puts Muwaffaq Salti air base in the desert east of Amman, and Incirlik east of Adana', () => {
    expect(place('muwaffaq-salti-air-base').lngLat[0] - place('amman').lngLat[0]).toBeGreaterThan(0.5);
    expect(distanceKm('incirlik-air-base', 'adana')).toBeLessThan(15);
  });

  it('puts Menagh between Tell Rifaat and Azaz, and Kuweires east of Aleppo', () => {
    expect(distanceKm('menagh-air-base', 'tell-rifaat')).toBeLessThan(10);
    expect(distanceKm('menagh-air-base', 'azaz')).toBeLessThan(10);
    expect(place('kuweires-air-base').lngLat[0]).toBeGreaterThan(place('aleppo').lngLat[0]);
  });

  it('puts Lake Assad upstream of the Tabqa dam and the Kerch Strait beside Kerch', () => {
    expect(distanceKm('lake-assad', 'tabqa')).toBeLessThan(40);
    expect(distanceKm('kerch-strait', 'kerch')).toBeLessThan(20);
    expect(distanceKm('crimean-bridge', 'kerch')).toBeLessThan(10);
  });

  it('puts each Syrian governorate nearer its capital than any other governorate does', () => {
    const capitals: Record<string, string> = {
      'idlib-governorate': 'idlib',
      'aleppo-governorate': 'aleppo',
      'hama-governorate': 'hama',
      'latakia-governorate': 'latakia',
      'tartus-governorate': 'tartus',
      'raqqa-governorate': 'raqqa',
      'deir-ez-zor-governorate': 'deir-ez-zor',
      'hasakah-governorate': 'al-hasakah',
      'daraa-governorate': 'daraa',
      'suwayda-governorate': 'as-suwayda',
      'quneitra-governorate': 'quneitra',
    };
    for (const [governorate, capital] of Object.entries(capitals)) {
      const nearest = Object.keys(capitals).sort(
        (a, b) => distanceKm(a, capital) - distanceKm(b, capital),
      )[0];
      expect(nearest, capital).toBe(governorate);
    }
  });
});

describe('curated names in text', () => {
  it('reads "مطار دير الزور" as the airport and "قاعدة عين الأسد" as the air base', () => {
    expect(placesIn('هبطت طائرة في مطار دير الزور العسكري.')).toEqual(['deir-ez-zor-airport']);
    expect(placesIn('استهدفت صواريخ قاعدة عين الأسد في الأنبار.')).toEqual([
      'ain-al-asad-air-base',
      'anbar-governorate',
    ]);
  });

  it('reads US army posts under their old and new names, and the overseas bases, as facilities', () => {
    const english = 'Paratroopers from Fort Liberty and Fort Cavazos flew to Ramstein.';
    expect(placesIn(english)).toEqual(['fort-bragg-post', 'fort-hood-post', 'ramstein-air-base']);
    const arabic = 'غادر جنود من فورت براغ إلى قاعدة باغرام ثم إلى معتقل غوانتانامو.';
    expect(placesIn(arabic)).toEqual(['fort-bragg-post', 'bagram-air-base', 'guantanamo-bay-naval-base']);
  });

  it('puts each army post on or beside the town that grew by its gate', () => {
    expect(distanceKm('fort-bragg-post', 'fort-bragg')).toBeLessThan(10);
    expect(distanceKm('fort-hood-post', 'fort-hood')).toBeLessThan(10);
    expect(distanceKm('fort-stewart', 'hinesville')).toBeLessThan(10);
    expect(distanceKm('pope-army-airfield', 'fort-bragg-post')).toBeLessThan(10);
  });

  it('reads "ريف إدلب" and "Idlib province" as the governorate, "إدلب" alone as the town', () => {
    expect(placesIn('قصفت الطائرات ريف إدلب الجنوبي.')).toEqual(['idlib-governorate']);
    expect(placesIn('Airstrikes hit Idlib province in Syria.')).toEqual(['idlib-governorate', 'syria']);
    expect(placesIn('دخلت القوات مدينة إدلب.')).toEqual(['idlib']);
  });

  it('reads the Sea of Azov and the Kerch Strait, not the town of Azov', () => {
    expect(placesIn('عبرت السفن من بحر آزوف إلى مضيق كيرتش.')).toEqual(['sea-of-azov', 'kerch-strait']);
    expect(placesIn('Ships sailed from the Sea of Azov.')).toEqual(['sea-of-azov']);
  });

  it("finds no ocean in NATO's Arabic name", () => {
    expect(placesIn('قال حلف شمال الأطلسي إن التدريبات انتهت.')).toEqual([]);
  });

  it('reads the islands of the Gulf and the Red Sea, bare in English and after جزيرة in Arabic', () => {
    expect(placesIn('Iran fortified Abu Musa, the Greater Tunb and Kharg Island.')).toEqual([
      'iran',
      'abu-musa-island',
      'greater-tunb-island',
      'kharg-island',
    ]);
    expect(placesIn('رست سفن قرب جزيرة كمران وجزيرة ميون وجزر حنيش.')).toEqual([
      'kamaran-island',
      'perim-island',
      'hanish-islands',
    ]);
    expect(placesIn('Egypt handed Tiran and Sanafir to Saudi Arabia.')).toEqual([
      'egypt',
      'tiran-island',
      'sanafir-island',
      'saudi-arabia',
    ]);
  });

  it('reads "خرج" alone as the verb, not as Kharg Island', () => {
    expect(placesIn('خرج الوفد من الاجتماع دون اتفاق.')).toEqual([]);
  });

  it('reads a border crossing as the crossing, and the bare town as the town', () => {
    expect(placesIn('دخلت الشاحنات عبر معبر رفح ثم معبر كرم أبو سالم.')).toEqual([
      'rafah-crossing',
      'kerem-shalom-crossing',
    ]);
    expect(placesIn('أعيد فتح معبر القائم - البوكمال.')).toEqual(['al-qaim-crossing']);
    expect(placesIn('Trucks queued at the Tal Abyad crossing.')).toEqual(['tal-abyad-crossing']);
  });

  it('puts each crossing within 15 km of the town it is named after', () => {
    expect(distanceKm('rafah-crossing', 'rafah')).toBeLessThan(15);
    expect(distanceKm('tal-abyad-crossing', 'tal-abyad')).toBeLessThan(15);
    expect(distanceKm('al-qaim-crossing', 'abu-kamal')).toBeLessThan(15);
  });

  it('reads England in each of its Arabic spellings', () => {
    expect(placesIn('سافر إلى إنجلترا ثم إنكلترا.')).toEqual(['england']);
  });
});
