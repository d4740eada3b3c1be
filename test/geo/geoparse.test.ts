import { describe, expect, it } from 'vitest';
import { chunkBounds, CHUNK_SIZE, geoparse } from '../../geo/geoparse';
import { defaultGazetteer } from '../../geo/match/default-gazetteer';
import { smallGazetteer } from './small-gazetteer';

const gazetteer = smallGazetteer();
const parse = (text: string) => geoparse(text, 'a1', gazetteer);
const placeIds = (text: string) => parse(text).features.map((f) => f.properties.id);

describe('geoparse', () => {
  it('returns one feature per place with every mention and its sentence', () => {
    const text = 'وصل الجنود إلى اللاذقية. ثم غادروا اللاذقية.';
    const { features } = parse(text);
    expect(features).toHaveLength(1);
    const [latakia] = features;
    expect(latakia!.geometry.coordinates).toEqual([35.78, 35.52]);
    expect(latakia!.properties.mentions.map((m) => m.quote.text)).toEqual([
      'وصل الجنود إلى اللاذقية.',
      'ثم غادروا اللاذقية.',
    ]);
  });

  it('gives offsets that slice the original text, diacritics and all', () => {
    const text = 'وصلَ الجنودُ إلى اللّاذِقيّةِ أمسِ.';
    const [mention] = parse(text).features[0]!.properties.mentions;
    expect(text.slice(mention!.start, mention!.end)).toBe(mention!.text);
    expect(mention!.text).toBe('اللّاذِقيّةِ');
    expect(text.slice(mention!.quote.start, mention!.quote.end)).toBe(text);
  });

  it('reads "قاعدة جوية متقدمة في اللاذقية" as the Hmeimim air base, not the city', () => {
    const text = 'إن روسيا تعمل على بناء "قاعدة جوية متقدمة" في اللاذقية وذكروا';
    expect(placeIds(text)).toEqual(['russia', 'hmeimim-air-base']);
    const base = parse(text).features[1]!.properties.mentions[0]!;
    expect(base.text).toBe('قاعدة جوية متقدمة" في اللاذقية');
  });

  it('reads "مطار اللاذقية" and "قاعدة اللاذقية" as the air base', () => {
    expect(placeIds('بناء قاعدة عسكرية في مطار اللاذقية')).toEqual(['hmeimim-air-base']);
    expect(placeIds('تعزيز عسكري في قاعدة اللاذقية بسورية')).toEqual(['hmeimim-air-base', 'syria']);
  });

  it('reads "ميناء اللاذقية" as the port, not the air base', () => {
    expect(placeIds('رست سفينة في ميناء اللاذقية')).toEqual(['latakia-port']);
  });

  it('reads "مرفأ طرطوس" and "قاعدة طرطوس البحرية" as the Tartus naval facility', () => {
    expect(placeIds('منشآت موسكو في مرفأ طرطوس')).toEqual(['moscow', 'tartus-naval-facility']);
    expect(placeIds('وصلت السفن إلى قاعدة طرطوس البحرية')).toEqual(['tartus-naval-facility']);
  });

  it('reads "القاعدة الجوية الموجودة بها" as the air base of the town named before', () => {
    const ids = placeIds('نقلت أفراد إلى محيط منطقة اللاذقية الساحلية والقاعدة الجوية الموجودة بها.');
    expect(ids).toEqual(['latakia', 'hmeimim-air-base']);
  });

  it('reads English facility phrases the same way', () => {
    expect(placeIds('jets landed at the airfield near Latakia.')).toEqual(['hmeimim-air-base']);
    expect(placeIds('the Latakia airbase was expanded')).toEqual(['hmeimim-air-base']);
    expect(placeIds('Russian ships in Tartus port.')).toEqual(['tartus-naval-facility']);
    expect(placeIds('Khmeimim and Hemeimeem')).toEqual(['hmeimim-air-base']);
  });

  it('does not read a nationality adjective as the country', () => {
    const result = parse('تؤكد واشنطن ومصادر سورية ارسال تعزيزات');
    expect(result.features.map((f) => f.properties.id)).toEqual(['washington']);
    expect(result.unresolved.map((u) => u.text)).toEqual(['سورية']);
  });

  it('still reads "سورية" as the country after a preposition', () => {
    expect(placeIds('الحرب في سورية')).toEqual(['syria']);
    expect(placeIds('أرسلت روسيا طائرات إلى سورية')).toEqual(['russia', 'syria']);
  });

  it("does not read a person's surname as a town", () => {
    const result = parse('وزير الخارجية البريطاني فيليب هاموند');
    expect(result.features).toEqual([]);
    expect(result.unresolved[0]?.reason).toMatch(/person/);
  });

  it('needs a cue before a name that is also a common word', () => {
    expect(placeIds('فتحت الولايات المتحدة الباب امام المحادثات')).toEqual(['united-states']);
    expect(placeIds('معارك في مدينة الباب')).toEqual(['al-bab']);
  });

  it('prefers the country to its capital of the same name, unless the text says city', () => {
    expect(placeIds('وصل الوفد إلى الجزائر')).toEqual(['algeria']);
    expect(placeIds('وصل الوفد إلى مدينة الجزائر')).toEqual(['algiers']);
  });

  it("resolves a shared town name to the one in the article's country", () => {
    expect(placeIds('اشتباكات في لبنان. قتلى في طرابلس')).toEqual(['lebanon', 'tripoli-lb']);
  });

  it('gives each mention a confidence and a reason', () => {
    const [feature] = parse('في طرابلس').features;
    const mention = feature!.properties.mentions[0]!;
    expect(mention.confidence).toBeGreaterThan(0);
    expect(mention.confidence).toBeLessThan(0.95);
    expect(mention.reason).toMatch(/2 places share the name/);
  });

  it('reads the Arabic names of the towns of the war in Sudan, and of Israel, which GeoNames lacks', () => {
    const text =
      'وقال الجيش السوداني إن قواته وصلت إلى الفاشر وكوستي وسواكن، وسقطت صواريخ على عسقلان في إسرائيل.';
    const ids = geoparse(text, 'a1', defaultGazetteer()).features.map((f) => f.properties.id);
    expect(ids).toEqual(expect.arrayContaining(['el-fasher', 'kosti', 'suakin', 'ashkelon']));
  });

  it('takes الأبيض for El Obeid only after "مدينة": it is also "the white"', () => {
    const ids = (text: string) =>
      geoparse(text, 'a1', defaultGazetteer()).features.map((f) => f.properties.id);
    expect(ids('وصلت تعزيزات إلى مدينة الأبيض في السودان')).toContain('el-obeid');
    expect(ids('قال البيت الأبيض إن السلاح الأبيض في السودان')).not.toContain('el-obeid');
  });

  it('reports an unknown town named as a town instead of dropping it', () => {
    const { unresolved } = parse('سيطرت القوات على مدينة كفرنبودة أمس');
    expect(unresolved.map((u) => [u.text, u.articleId])).toEqual([['كفرنبودة', 'a1']]);
  });

  it('does not crash on empty text, text with no places or hostile Unicode', () => {
    expect(parse('').features).toEqual([]);
    expect(parse('لا شيء هنا').features).toEqual([]);
    const hostile = '\u202eاللاذقية\u202c \ud800 \udfff \u0000 سوريا\u2066';
    const { features } = parse(hostile);
    for (const f of features) {
      for (const m of f.properties.mentions) expect(hostile.slice(m.start, m.end)).toBe(m.text);
    }
    expect(features.map((f) => f.properties.id)).toEqual(['latakia', 'syria']);
  });
});

describe('geoparse on long text', () => {
  it('finds the same places with exact offsets in a text longer than one chunk', () => {
    const paragraph = 'وصل الجنود إلى اللاذقية أمس. وقالت روسيا إنها لن ترسل قوات إلى سورية.\n';
    const text = paragraph.repeat(Math.ceil((CHUNK_SIZE * 2.5) / paragraph.length));
    const { features } = parse(text);
    expect(features.map((f) => f.properties.id).sort()).toEqual(['latakia', 'russia', 'syria']);
    const copies = text.length / paragraph.length;
    for (const f of features) {
      expect(f.properties.mentions).toHaveLength(copies);
      for (const m of f.properties.mentions) {
        expect(text.slice(m.start, m.end)).toBe(m.text);
        expect(text.slice(m.quote.start, m.quote.end)).toBe(m.quote.text);
      }
    }
  });

  it('cuts one enormous line without punctuation into chunks that cover it exactly', () => {
    const text = 'كلمة '.repeat(CHUNK_SIZE);
    const bounds = chunkBounds(text);
    expect(bounds[0]![0]).toBe(0);
    expect(bounds[bounds.length - 1]![1]).toBe(text.length);
    for (let i = 1; i < bounds.length; i++) expect(bounds[i]![0]).toBe(bounds[i - 1]![1]);
    for (const [from, to] of bounds) expect(to - from).toBeLessThanOrEqual(CHUNK_SIZE);
  });
});

describe('geoparse with the shipped gazetteer', () => {
  const shipped = defaultGazetteer();
  const ids = (text: string) => geoparse(text, 'a1', shipped).features.map((f) => f.properties.id);

  it('does not read ordinary words that are also town names as towns', () => {
    expect(ids('في إطار التعاون، وأن الأسلحة الحديثة كان لها دور، بحسب قوله')).toEqual([]);
  });

  it('does not read "فرانس برس" as Reims nor a given name as a town', () => {
    expect(ids('وقال الرئيس الروسي فلاديمير بوتين لوكالة فرانس برس')).toEqual([]);
  });

  it('reads "مسقط رأس" as birthplace, not Muscat, and says so', () => {
    const { features, unresolved } = geoparse('ولد في مسقط رأسه قرب مسقط', 'a1', shipped);
    expect(features.map((f) => f.properties.id)).toEqual(['muscat']);
    expect(unresolved.map((u) => [u.text, u.reason])).toEqual([['مسقط', expect.stringMatching(/idiom/)]]);
  });

  it('does not read a nationality adjective as a town', () => {
    expect(ids('أبلغ مصدر عسكري سوري رويترز')).toEqual([]);
  });

  it('takes a small town in a country the article names, or after "مدينة"', () => {
    expect(ids('قصفت الطائرات مدينة حديثة في العراق')).toEqual(['hadithah', 'iraq']);
    expect(ids('معارك في مدينة الباب')).toEqual(['al-bab']);
  });
});

describe('geoparse on English text', () => {
  it('takes capitalised names only, and abbreviations only in capitals', () => {
    expect(placeIds('The US warned Russia. Tell us about turkey and Turkey.')).toEqual([
      'united-states',
      'russia',
      'turkey',
    ]);
    expect(placeIds('Officials in the U.S. said so')).toEqual(['united-states']);
  });

  it('takes a generic head in lower case after a capitalised name', () => {
    expect(placeIds('Moscow annexed the Crimean peninsula.')).toEqual(['moscow', 'crimea']);
    expect(placeIds('Troops moved into the Sinai peninsula.')).toEqual(['sinai']);
    expect(placeIds('Jets left Incirlik Air base.')).toEqual(['incirlik-air-base']);
    // The name's first word stays capitalised.
    expect(placeIds('the arabian peninsula')).toEqual([]);
  });

  it('reads the port of a town as its facility', () => {
    expect(placeIds('Russian landing ships docked at the port of Tartus on Monday.')).toEqual([
      'tartus-naval-facility',
    ]);
  });
});
