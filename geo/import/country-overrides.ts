/**
 * Reviewed corrections to i18n-iso-countries for news text: short display names, the spellings Arabic
 * and English news use, and the names too ambiguous to match on their own.
 *
 * Policy (see geo/gazetteer/README.md):
 * - Variants that differ only by hamza on alef, ta marbuta/ha, alef maqsura/ya, diacritics or tatweel are
 *   left out: the matcher folds them (اوكرانيا is أوكرانيا folded).
 * - No demonyms (روسي، الروسية، Russian): they name people and armies, not the place.
 * - A name that is also a common word or a person's name stays out of the aliases, or, when it is the
 *   display name and must stay, is listed in AMBIGUOUS_COUNTRY_NAMES for the matcher to require context.
 */

/** English display names where the ISO / i18n-iso-countries default is the long official form. */
export const SHORT_NAME_EN: Readonly<Record<string, string>> = {
  BN: 'Brunei',
  CD: 'Democratic Republic of the Congo',
  CG: 'Republic of the Congo',
  CI: "Côte d'Ivoire",
  CN: 'China',
  FK: 'Falkland Islands',
  FM: 'Micronesia',
  GB: 'United Kingdom',
  GM: 'Gambia',
  IR: 'Iran',
  KR: 'South Korea',
  LA: 'Laos',
  MD: 'Moldova',
  MF: 'Saint Martin',
  MK: 'North Macedonia',
  NL: 'Netherlands',
  PS: 'Palestine',
  RE: 'Réunion',
  RU: 'Russia',
  SX: 'Sint Maarten',
  SY: 'Syria',
  // The 2015 articles and most English outlets still write Turkey; Türkiye stays an alias.
  TR: 'Turkey',
  TW: 'Taiwan',
  TZ: 'Tanzania',
  US: 'United States',
  VA: 'Vatican City',
  VG: 'British Virgin Islands',
  VI: 'United States Virgin Islands',
};

/** Spellings to add, beyond every name i18n-iso-countries gives (which are all kept, unless dropped). */
export const EXTRA_ALIASES: Readonly<Record<string, { ar?: readonly string[]; en?: readonly string[] }>> = {
  AE: { ar: ['الإمارات', 'دولة الإمارات'], en: ['U.A.E.', 'Emirates'] },
  // روسيا البيضاء is the older Arabic name; news since 2010s mostly writes بيلاروسيا.
  BY: { ar: ['بيلاروسيا', 'بيلاروس'], en: ['Byelorussia'] },
  CD: { ar: ['الكونغو الديمقراطية'], en: ['DR Congo', 'DRC'] },
  CG: { en: ['Congo-Brazzaville'] },
  CI: { ar: ['كوت ديفوار'] },
  CV: { ar: ['كابو فيردي'], en: ['Cabo Verde'] },
  CZ: { ar: ['التشيك'] },
  DE: { en: ['Federal Republic of Germany'] },
  EG: { ar: ['جمهورية مصر العربية'] },
  GB: { ar: ['بريطانيا'], en: ['Britain', 'U.K.'] },
  IQ: { ar: ['جمهورية العراق'] },
  IR: { ar: ['جمهورية إيران الإسلامية'] },
  JO: { ar: ['المملكة الأردنية الهاشمية'], en: ['Hashemite Kingdom of Jordan'] },
  KG: { ar: ['قرغيزستان'], en: ['Kirghizia'] },
  KP: { ar: ['كوريا الديمقراطية'], en: ['DPRK', "Democratic People's Republic of Korea"] },
  LB: { ar: ['الجمهورية اللبنانية'] },
  LY: { ar: ['دولة ليبيا'] },
  MK: { ar: ['مقدونيا'] },
  MM: { ar: ['ميانمار'], en: ['Burma'] },
  NL: { en: ['Holland'] },
  NZ: { ar: ['نيوزلندا'] },
  // Oman's own name عمان is also Amman (عمّان folds to it): the long form is unambiguous.
  OM: { ar: ['سلطنة عمان'], en: ['Sultanate of Oman'] },
  PS: { ar: ['دولة فلسطين'] },
  QA: { ar: ['دولة قطر'], en: ['State of Qatar'] },
  RU: { ar: ['روسيا الاتحادية', 'الاتحاد الروسي'] },
  SA: { ar: ['المملكة العربية السعودية', 'المملكة السعودية'], en: ['KSA', 'Kingdom of Saudi Arabia'] },
  SD: { ar: ['جمهورية السودان'] },
  SY: { ar: ['سورية', 'الجمهورية العربية السورية'] },
  // طاجكستان (no ya) is a common Arabic news spelling.
  TJ: { ar: ['طاجكستان'] },
  TL: { en: ['East Timor'] },
  TR: { ar: ['الجمهورية التركية'], en: ['Turkiye'] },
  SZ: { ar: ['إسواتيني'], en: ['Swaziland'] },
  // أمريكا and أميركا differ by the place of ya, which no folding undoes; both are frequent.
  US: {
    ar: ['الولايات المتحدة الأمريكية', 'الولايات المتحدة الأميركية', 'أمريكا', 'أميركا'],
    en: ['America'],
  },
  VA: { ar: ['دولة الفاتيكان'], en: ['Vatican', 'Holy See'] },
  YE: { ar: ['الجمهورية اليمنية'] },
};

/**
 * i18n-iso-countries names not kept as aliases. "Congo" names both Congos; the three Guinea-named
 * countries keep their full names only.
 */
export const DROPPED_ALIASES: Readonly<Record<string, readonly string[]>> = {
  CD: ['Congo'],
  CG: ['Congo'],
};

export interface AmbiguousName {
  /** The gazetteer id the name resolves to when the context confirms it. */
  id: string;
  lang: 'ar' | 'en';
  text: string;
  /** What else the word means, in a few words. */
  why: string;
}

/**
 * Country names that stay in the gazetteer but that the matcher must not take at face value: it should
 * want context (a preposition of place, a neighbouring place, a capital letter in English) before
 * resolving them. Each is the display name or an i18n alias, so it cannot simply be left out.
 */
export const AMBIGUOUS_COUNTRY_NAMES: readonly AmbiguousName[] = [
  { id: 'oman', lang: 'ar', text: 'عمان', why: 'also Amman, capital of Jordan (عمّان folds to it)' },
  {
    id: 'morocco',
    lang: 'ar',
    text: 'المغرب',
    why: 'also sunset / the maghrib prayer, and the Maghreb region',
  },
  { id: 'mali', lang: 'ar', text: 'مالي', why: 'also "financial" and "my money"' },
  { id: 'qatar', lang: 'ar', text: 'قطر', why: 'also "diameter"; verb forms (قطر: to tow)' },
  { id: 'algeria', lang: 'ar', text: 'الجزائر', why: 'also Algiers, its capital, and "the islands"' },
  { id: 'bahrain', lang: 'ar', text: 'البحرين', why: 'also "the two seas" (dual of البحر)' },
  { id: 'egypt', lang: 'ar', text: 'مصر', why: 'undiacritised also مُصِرّ "insistent" (هو مصر على)' },
  { id: 'benin', lang: 'ar', text: 'بنين', why: 'also "boys / sons" (مدرسة بنين)' },
  { id: 'yemen', lang: 'ar', text: 'اليمن', why: 'also اليُمن "good fortune" (rare in news)' },
  { id: 'georgia', lang: 'ar', text: 'جورجيا', why: 'also the US state of Georgia' },
  { id: 'montenegro', lang: 'ar', text: 'الجبل الأسود', why: 'also any "black mountain"' },
  {
    id: 'western-sahara',
    lang: 'ar',
    text: 'الصحراء الغربية',
    why: 'also the Western Desert of Egypt or Iraq',
  },
  { id: 'south-africa', lang: 'ar', text: 'جنوب أفريقيا', why: 'also "the south of Africa"' },
  { id: 'tunisia', lang: 'ar', text: 'تونس', why: 'also Tunis, its capital' },
  { id: 'kuwait', lang: 'ar', text: 'الكويت', why: 'also Kuwait City in most Arabic text' },
  { id: 'djibouti', lang: 'ar', text: 'جيبوتي', why: 'also Djibouti City' },
  { id: 'georgia', lang: 'en', text: 'Georgia', why: 'also the US state' },
  { id: 'jordan', lang: 'en', text: 'Jordan', why: 'also a given name, and the Jordan river' },
  { id: 'chad', lang: 'en', text: 'Chad', why: 'also a given name' },
  {
    id: 'niger',
    lang: 'en',
    text: 'Niger',
    why: 'also the Niger river (and Nigeria is a different country)',
  },
  {
    id: 'guinea',
    lang: 'en',
    text: 'Guinea',
    why: 'also Guinea-Bissau, Equatorial Guinea, Papua New Guinea',
  },
  { id: 'turkey', lang: 'en', text: 'Turkey', why: 'also the bird (lower case)' },
  { id: 'china', lang: 'en', text: 'China', why: 'also porcelain (lower case)' },
  { id: 'united-states', lang: 'en', text: 'US', why: 'the pronoun "us" in all-capital headlines' },
  { id: 'united-states', lang: 'en', text: 'America', why: 'also the Americas as a continent' },
  { id: 'jersey', lang: 'en', text: 'Jersey', why: 'also the garment, and New Jersey' },
  { id: 'guernsey', lang: 'en', text: 'Guernsey', why: 'also the sweater' },
  { id: 'dominica', lang: 'en', text: 'Dominica', why: 'often a slip for the Dominican Republic' },
];
