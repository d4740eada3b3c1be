/**
 * Finds the cities whose names are also ordinary words or people's names, so that the matcher takes
 * them only after a word that says they are places ("مدينة الباب", not "فتحت الباب").
 *
 * Four tests, each with its reason:
 * 1. the Arabic name is in COMMON_WORDS_AR (hand-written from a review of every one-word Arabic city
 *    name in the Arab world, Turkey, Iran and Israel, the short ones elsewhere, the one-word names the
 *    hunspell-ar dictionary accepts as words, and the false matches in the seed articles);
 * 2. it is a common Arabic given name (GIVEN_NAMES_AR);
 * 3. it is short, at most three letters without the article, and the place small (under
 *    SHORT_NAME_MAX_POPULATION) and outside the Syrian theatre: most three-letter strings are Arabic
 *    words, and such towns are rarely news (the theatre's towns are news, and were reviewed one by one);
 * 4. once folded it is a country's name or alias ("تونس", "الجزائر", "عمّان"/"عمان"): the country wins
 *    unless the text says "city";
 * and for English, the name is an everyday English word (COMMON_WORDS_EN).
 */
import type { GazetteerEntry } from '../gazetteer/entry';
import { withoutArabicMarks } from '../text/normalize';
import { foldArabic } from './arabic-fold';
import { THEATRE } from './build-cities';

export interface AmbiguousCity {
  id: string;
  /** The name that is ambiguous, as written in the gazetteer. */
  text: string;
  why: string;
}

/** Below this many people a short-named town is flagged; larger ones are what the short name means. */
export const SHORT_NAME_MAX_POPULATION = 100_000;

/** Arabic words that are also city names, with what they mean in ordinary text. */
export const COMMON_WORDS_AR: Readonly<Record<string, string>> = {
  الباب: 'the door',
  التل: 'the hill',
  الجديد: 'the new',
  الجديدة: 'the new (f.)',
  الجميل: 'the beautiful',
  الحد: 'the limit ("الحد من": reducing)',
  الحزم: 'firmness ("عاصفة الحزم")',
  الحي: 'the neighbourhood; the living',
  الخبر: 'the news item',
  الخور: 'the creek',
  الشفا: 'the brink',
  الشهداء: 'the martyrs',
  الصف: 'the row; the class',
  الطرف: 'the party, the side',
  الطيبة: 'the good (f.)',
  العين: 'the eye; the spring',
  الغازية: 'the invading (f.); fizzy',
  القصر: 'the palace',
  القصير: 'the short',
  المالح: 'the salty',
  المدينة: 'the city',
  الهندية: 'the Indian (f.)',
  الشامية: 'the Levantine (f.)',
  السفيرة: 'the ambassador (f.)',
  الميادين: 'the fields, the squares',
  البيضاء: 'the white (f.)',
  الفحص: 'the examination',
  الزاوية: 'the corner, the angle',
  الخمس: 'the five',
  الكاف: 'the letter kaf',
  الرديف: 'the reserve, the backup',
  المنشاة: 'the facility (المنشأة)',
  المنزلة: 'the rank, the standing',
  المذنب: 'the guilty one',
  الرملة: 'the sand',
  الحمامات: 'the baths',
  العمارة: 'the building',
  البيرة: 'the beer',
  المغار: 'the caves',
  الحراك: 'the (protest) movement',
  الطبقة: 'the class, the layer',
  النبك: 'a lote tree (النبق)',
  بلد: 'country',
  جمال: 'beauty; the name Jamal',
  جامعة: 'university; league',
  سلمية: 'peaceful (f.)',
  نبل: 'nobility',
  قارة: 'continent',
  معان: 'meanings (معانٍ)',
  سحاب: 'clouds',
  دورا: 'a role (دوراً)',
  جنين: 'foetus',
  صور: 'pictures',
  بشري: 'human',
  حماة: 'protectors',
  جبلة: 'nature, disposition (جِبِلّة)',
  دوما: 'the Russian Duma',
  سحر: 'magic',
  تلا: 'followed; recited',
  سترة: 'jacket',
  ربك: 'your Lord',
  سيان: 'alike (سيّان)',
  ينبع: 'springs forth',
  فرعون: 'Pharaoh',
  مصفح: 'armoured',
  عثمانية: 'Ottoman (f.)',
  حجة: 'argument, pretext ("بحجة")',
  قبلي: 'tribal',
  خصب: 'fertile',
  فاس: 'axe (فأس)',
  بركان: 'volcano',
  مساكن: 'dwellings',
  كان: 'was',
  ليل: 'night',
  لي: 'to me',
  بار: 'bar; dutiful',
  بري: 'land, ground ("هجوم بري")',
  بور: 'fallow',
  خفي: 'hidden',
  خور: 'creek',
  ري: 'irrigation',
  عصب: 'nerve',
  فار: 'mouse (فأر); boiled over',
  فان: 'mortal (فانٍ)',
  كيل: 'measure',
  لين: 'softness',
  هام: 'important',
  واو: 'the letter waw',
  ويل: 'woe',
  إنا: 'we (indeed)',
  روي: 'was narrated (رُوي)',
  سوا: 'together (dialect)',
  هوي: 'fell (هوى)',
  // Found by running the seed articles through the matcher, and by reviewing the names hunspell-ar accepts.
  إطار: 'framework ("في إطار"); Atar is أطار',
  قولة: 'saying ("قوله": his saying)',
  حديثة: 'recent, modern (f.)',
  رانس: 'the end of فرانس ("فرانس برس") after a clitic ف',
  نادي: 'club',
  ميدان: 'square, field',
  معسكر: 'military camp',
  صفراء: 'yellow (f.)',
  القصور: 'the palaces',
  الكنائس: 'the churches',
  البسيط: 'the simple',
  المنكب: 'the shoulder',
  ساري: 'in force ("ساري المفعول")',
  صارح: 'was frank',
  مقلع: 'quarry',
  مساقط: 'falls, drop zones',
  نكوص: 'retreat, relapse',
  غرير: 'naive',
  الخارجة: 'the outgoing, external (f.) ("الخارجة عن القانون")',
  المدية: 'the knife',
  النعمة: 'the blessing',
  الأبي: 'the proud',
  تروي: 'narrates',
  لورد: 'lord',
  مارشال: 'marshal',
  صدوق: 'truthful',
  // Reviewed when the theatre's smaller towns were added by hand (manual-cities.ts) or renamed.
  كسب: 'gain, earning ("كسب الوقت")',
  نوى: 'intended; nuclei, stones (of fruit)',
  الضمير: 'the conscience; the pronoun',
  القائم: 'the one standing, in charge ("القائم بالأعمال": chargé d\'affaires)',
  مخمور: 'drunk',
  البصيرة: 'insight',
  الخيام: 'the tents',
  سرت: 'spread, took effect ("سرت الهدنة": the truce took effect)',
  عنة: 'about him (عنه)',
  أراك: 'I see you; the arak (miswak) tree',
  البيض: 'the eggs; the white ones',
  // Demonyms: "سوري" (Surrey, Canada) would put a marker on every "Syrian".
  سوري: 'Syrian (demonym)',
  سورية: 'Syrian (f.); also Syria',
  عراقي: 'Iraqi (demonym)',
  لبناني: 'Lebanese (demonym)',
  تركي: 'Turkish (demonym)',
  روسي: 'Russian (demonym)',
  امريكي: 'American (demonym)',
  ألباني: 'Albanian (demonym)',
  إيراني: 'Iranian (demonym)',
  يمني: 'Yemeni (demonym)',
  مصري: 'Egyptian (demonym)',
  أردني: 'Jordanian (demonym)',
  كردي: 'Kurdish (demonym)',
  عربي: 'Arab (demonym)',
  فرنسي: 'French (demonym)',
  بريطاني: 'British (demonym)',
  صيني: 'Chinese (demonym)',
  هندي: 'Indian (demonym)',
  شامي: 'Levantine (demonym)',
  عثماني: 'Ottoman',
};

/** Common Arabic given names, which also name towns. */
export const GIVEN_NAMES_AR: readonly string[] = [
  'بشار',
  'جاسم',
  'رشيد',
  'كريمة',
  'فتحية',
  'سعيدة',
  'جيهان',
  'الخليل',
  'الزبير',
  'الريان',
  'ادم',
  'طريف',
  'محمد',
  'احمد',
  'علي',
  'حسن',
  'حسين',
  'عمر',
  'خالد',
  'سلمان',
  'سليمان',
  'عيسى',
  'موسى',
  'يونس',
  'ابراهيم',
  'يوسف',
  'صالح',
  'حمد',
  'راشد',
  'سعد',
  'فيصل',
  'عادل',
  'عباس',
  'هاشم',
  'عثمان',
  'زيد',
  'نور',
  'امل',
  'هدى',
  'منى',
  'ليلى',
  'مريم',
  'فاطمة',
  'زينب',
  'سارة',
  'هند',
  'نبيل',
  'سمير',
  'فلاديمير',
  'سيرجي',
  'سيرغي',
  'ادريان',
  'اليزابيث',
  'هانيبال',
  'انان',
  'سالم',
  'سهيل',
  'قرشي',
  'هاله',
  'سلمى',
  'ربيعة',
];

/** English words that are also city names. */
export const COMMON_WORDS_EN: Readonly<Record<string, string>> = {
  Nice: 'the adjective',
  Mobile: 'the adjective; phones',
  Reading: 'the verb',
  Bath: 'the noun',
  Split: 'the verb',
  Orange: 'the colour, the fruit',
  Mission: 'a (military) mission',
  Paradise: 'the noun',
  Independence: 'the noun',
  Union: 'the noun',
  Liberty: 'the noun',
  Enterprise: 'the noun',
  Concord: 'the noun',
  Marathon: 'the race',
  Bar: 'the noun',
  Of: 'the preposition (Of, Trabzon)',
  Batman: 'the comic hero',
  Van: 'the vehicle',
  Salt: 'the noun',
  Sur: 'the French preposition; Sur in Oman and Tyre',
  Tyre: 'the wheel',
  Normal: 'the adjective',
  Surprise: 'the noun',
  Hope: 'the noun',
  Deal: 'the noun',
  March: 'the month',
  Rush: 'the noun',
  Hit: 'the verb (Hīt, Iraq)',
};

/**
 * Letters of a name without the article. Only a bare alef starts the article: "ألين" (Allen) is a
 * transliteration, so this runs on the unfolded text.
 */
function lettersWithoutArticle(text: string): number {
  const bare = withoutArabicMarks(text);
  return (bare.startsWith('ال') ? bare.slice(2) : bare).length;
}

/** One reason per ambiguous name, in id order; an id may appear for several of its names. */
export function findAmbiguousCities(
  cities: readonly GazetteerEntry[],
  countries: readonly GazetteerEntry[],
): AmbiguousCity[] {
  const commonWords = new Map(Object.entries(COMMON_WORDS_AR).map(([w, why]) => [foldArabic(w), why]));
  const givenNames = new Set(GIVEN_NAMES_AR.map(foldArabic));
  const countryNames = new Map<string, string>();
  for (const country of countries)
    for (const name of [country.name.ar, ...country.aliases.ar])
      countryNames.set(foldArabic(name), country.name.en);

  const found: AmbiguousCity[] = [];
  for (const city of cities) {
    // Latin text in name.ar (no Arabic name known) is left to the English test.
    const arabicNames = city.name.ar === city.name.en ? [] : [city.name.ar, ...city.aliases.ar];
    for (const text of arabicNames) {
      const folded = foldArabic(text);
      const why =
        commonWords.get(folded) ??
        (givenNames.has(folded) ? 'a given name' : undefined) ??
        (countryNames.has(folded) ? `also the country ${countryNames.get(folded)}` : undefined) ??
        (!folded.includes(' ') &&
        lettersWithoutArticle(text) <= 3 &&
        (city.population ?? 0) < SHORT_NAME_MAX_POPULATION &&
        !THEATRE.has(city.iso2 ?? '')
          ? 'short name: most strings of three letters or fewer are Arabic words'
          : undefined);
      if (why) found.push({ id: city.id, text, why });
    }
    for (const text of [city.name.en, ...city.aliases.en]) {
      const why = Object.hasOwn(COMMON_WORDS_EN, text) ? COMMON_WORDS_EN[text] : undefined;
      if (why) found.push({ id: city.id, text, why: `English: ${why}` });
    }
  }
  return found.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}
