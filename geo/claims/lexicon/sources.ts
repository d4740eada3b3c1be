/**
 * Unnamed sources ("مسؤولون أمريكيون", "a Western diplomat", "مصدر أمني في دمشق") are named by what they
 * are and whom they belong to: `{nationality}-{kind}`, e.g. `us-officials`, `syrian-sources`. And a state
 * that speaks ("نفت روسيا", "Washington accuses") is its government: capitals map to their country.
 */
import type { Name } from '../../contract';

export interface Nationality {
  key: string;
  party: string | null;
  /** The country's gazetteer id: a nationality standing alone for a state ("اتهامات أمريكية"). */
  government: string | null;
  name: Name;
  /** Arabic adjective stems, normalised, without the article and the endings ي، ية، يون، يين، يان. */
  arabicStems: readonly string[];
  /** English words, lower case; several words are joined by spaces ("u s"). */
  english: readonly string[];
}

const nationality = (
  key: string,
  party: string | null,
  government: string | null,
  ar: string,
  en: string,
  arabicStems: string[],
  english: string[],
): Nationality => ({ key, party, government, name: { ar, en }, arabicStems, english });

export const NATIONALITIES: readonly Nationality[] = [
  nationality(
    'us',
    'US',
    'united-states',
    'أمريكيون',
    'US',
    ['امريك', 'اميرك'],
    ['us', 'u s', 'american', 'united states'],
  ),
  nationality('russian', 'RU', 'russia', 'روس', 'Russian', ['روس'], ['russian']),
  nationality('syrian', 'SY', 'syria', 'سوريون', 'Syrian', ['سور'], ['syrian']),
  nationality('lebanese', 'LB', 'lebanon', 'لبنانيون', 'Lebanese', ['لبنان'], ['lebanese']),
  nationality('western', null, null, 'غربيون', 'Western', ['غرب'], ['western']),
  nationality('israeli', 'IL', 'israel', 'إسرائيليون', 'Israeli', ['اسرائيل'], ['israeli']),
  nationality('iranian', 'IR', 'iran', 'إيرانيون', 'Iranian', ['ايران'], ['iranian']),
  nationality('turkish', 'TR', 'turkey', 'أتراك', 'Turkish', ['ترك'], ['turkish']),
  nationality('iraqi', 'IQ', 'iraq', 'عراقيون', 'Iraqi', ['عراق'], ['iraqi']),
  nationality('jordanian', 'JO', 'jordan', 'أردنيون', 'Jordanian', ['اردن'], ['jordanian']),
  nationality('saudi', 'SA', 'saudi-arabia', 'سعوديون', 'Saudi', ['سعود'], ['saudi']),
  nationality('french', 'FR', 'france', 'فرنسيون', 'French', ['فرنس'], ['french']),
  nationality('british', 'GB', 'united-kingdom', 'بريطانيون', 'British', ['بريطان'], ['british']),
  nationality('german', 'DE', 'germany', 'ألمان', 'German', ['الман'], ['german']),
  nationality('european', null, null, 'أوروبيون', 'European', ['اوروب'], ['european', 'eu']),
  nationality('arab', null, null, 'عرب', 'Arab', ['عرب'], ['arab']),
  nationality('kurdish', null, null, 'أكراد', 'Kurdish', ['كرد'], ['kurdish']),
  nationality(
    'rebel',
    null,
    null,
    'المعارضة',
    'rebel',
    ['معارض', 'معارضه'],
    ['rebel', 'rebels', 'opposition'],
  ),
];

export interface SourceNoun {
  kind: string;
  name: Name;
  words: readonly string[];
}

/** What an unnamed source is. Words are normalised and bare (no article). */
export const SOURCE_NOUNS: readonly SourceNoun[] = [
  {
    kind: 'officials',
    name: { ar: 'مسؤولون', en: 'officials' },
    words: ['مسؤول', 'مسؤولون', 'مسؤولين', 'مسؤولان', 'مسؤولو', 'مسؤوله', 'official', 'officials'],
  },
  {
    kind: 'sources',
    name: { ar: 'مصادر', en: 'sources' },
    words: ['مصدر', 'مصادر', 'مصدرين', 'مصدران', 'source', 'sources'],
  },
  {
    kind: 'diplomats',
    name: { ar: 'دبلوماسيون', en: 'diplomats' },
    words: ['دبلوماسي', 'دبلوماسيون', 'دبلوماسيين', 'دبلوماسيان', 'diplomat', 'diplomats'],
  },
  {
    kind: 'analysts',
    name: { ar: 'محللون', en: 'analysts' },
    words: ['محلل', 'محللون', 'محللين', 'خبير', 'خبراء', 'analyst', 'analysts', 'expert', 'experts'],
  },
  {
    kind: 'activists',
    name: { ar: 'ناشطون', en: 'activists' },
    words: ['ناشط', 'ناشطون', 'ناشطين', 'activist', 'activists'],
  },
  {
    kind: 'residents',
    name: { ar: 'سكان', en: 'residents' },
    words: ['سكان', 'شهود', 'residents', 'witnesses'],
  },
  {
    kind: 'media',
    name: { ar: 'وسائل إعلام', en: 'media' },
    words: ['وسائل', 'صحف', 'صحيفه', 'media', 'press', 'newspapers', 'newspaper', 'television'],
  },
  {
    kind: 'commanders',
    name: { ar: 'قادة', en: 'commanders' },
    words: ['قائد', 'قادة', 'قاده', 'commander', 'commanders'],
  },
];

/** Words that say a source holds an office or a rank without naming it: "رئيس …", "the head of …". */
export const TITLE_WORDS: readonly string[] = [
  'رئيس',
  'نائب',
  'مدير',
  'وزير',
  'قائد',
  'سفير',
  'مبعوث',
  'مستشار',
  'زعيم',
  'president',
  'minister',
  'director',
  'chief',
  'head',
  'ambassador',
  'envoy',
  'general',
  'adviser',
  'advisor',
  'leader',
  'secretary',
  'senator',
  'commander',
  'وزارة',
  'حكومة',
  'ministry',
  'government',
  'army',
  'military',
  'presidency',
  'blogger',
  'monitor',
];

/** Words that join a source to what it is close to: "المصدر الروسي المقرب من سلاح البحرية". */
export const AFFILIATION_WORDS: readonly string[] = ['مقرب', 'مقربه', 'قريب', 'مقربين', 'close'];

/** Capitals (gazetteer ids) that stand for their government (country ids) when they speak or act. */
export const CAPITAL_GOVERNMENTS: Readonly<Record<string, string>> = {
  moscow: 'russia',
  washington: 'united-states',
  damascus: 'syria',
  tehran: 'iran',
  ankara: 'turkey',
  beijing: 'china',
  london: 'united-kingdom',
  paris: 'france',
  berlin: 'germany',
  baghdad: 'iraq',
  beirut: 'lebanon',
  amman: 'jordan',
  riyadh: 'saudi-arabia',
  kyiv: 'ukraine',
  cairo: 'egypt',
  doha: 'qatar',
  'abu-dhabi': 'united-arab-emirates',
  jerusalem: 'israel',
};
