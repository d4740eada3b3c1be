/**
 * Who can say so: people, the offices they hold, institutions and news agencies, with the ways Arabic and
 * English news name them. Ids are stable and kebab-case; `party` is the state a source speaks for.
 *
 * An office ("الرئيس الروسي") stands for the person who holds it only when the article names that person
 * (see ../claimant-context.ts): the lexicon does not decide who held an office when.
 */
import type { Name } from '../../contract';

export type SourceKind = 'person' | 'office' | 'institution' | 'agency';

export interface SourceEntry {
  id: string;
  name: Name;
  party: string | null;
  kind: SourceKind;
  /** For people: the offices they are known to hold, by office id. */
  offices?: readonly string[];
  terms: readonly string[];
}

function source(
  kind: SourceKind,
  id: string,
  party: string | null,
  ar: string,
  en: string,
  terms: readonly string[] = [],
  offices?: readonly string[],
): SourceEntry {
  return { id, name: { ar, en }, party, kind, terms: [ar, en, ...terms], ...(offices ? { offices } : {}) };
}

const person = (
  id: string,
  party: string | null,
  ar: string,
  en: string,
  offices: string[],
  terms: string[],
) => source('person', id, party, ar, en, terms, offices);
const office = (id: string, party: string | null, ar: string, en: string, terms: string[] = []) =>
  source('office', id, party, ar, en, terms);

export const PEOPLE: readonly SourceEntry[] = [
  person('putin', 'RU', 'فلاديمير بوتين', 'Vladimir Putin', ['russian-president'], ['بوتين', 'Putin']),
  person('lavrov', 'RU', 'سيرغي لافروف', 'Sergei Lavrov', ['russian-foreign-minister'], ['لافروف', 'Lavrov']),
  person('shoigu', 'RU', 'سيرغي شويغو', 'Sergei Shoigu', ['russian-defence-minister'], ['شويغو', 'Shoigu']),
  person('medvedev', 'RU', 'ديمتري ميدفيديف', 'Dmitry Medvedev', ['russian-prime-minister'], ['ميدفيديف']),
  person('assad', 'SY', 'بشار الأسد', 'Bashar al-Assad', ['syrian-president'], ['الأسد', 'Assad']),
  person('muallem', 'SY', 'وليد المعلم', 'Walid al-Muallem', ['syrian-foreign-minister'], ['Muallem']),
  person('obama', 'US', 'باراك أوباما', 'Barack Obama', ['us-president'], ['أوباما', 'Obama']),
  person('kerry', 'US', 'جون كيري', 'John Kerry', ['us-secretary-of-state'], ['كيري', 'Kerry']),
  person(
    'carter',
    'US',
    'آشتون كارتر',
    'Ashton Carter',
    ['us-defense-secretary'],
    ['آش كارتر', 'Ash Carter'],
  ),
  person('erdogan', 'TR', 'رجب طيب أردوغان', 'Recep Tayyip Erdogan', ['turkish-president'], ['أردوغان']),
  person('rouhani', 'IR', 'حسن روحاني', 'Hassan Rouhani', ['iranian-president'], ['روحاني', 'Rouhani']),
  person('zarif', 'IR', 'محمد جواد ظريف', 'Mohammad Javad Zarif', ['iranian-foreign-minister'], ['ظريف']),
  person('netanyahu', 'IL', 'بنيامين نتنياهو', 'Benjamin Netanyahu', ['israeli-prime-minister'], ['نتنياهو']),
  person('hammond', 'GB', 'فيليب هاموند', 'Philip Hammond', ['british-foreign-secretary'], ['Hammond']),
  person('cameron', 'GB', 'ديفيد كاميرون', 'David Cameron', ['british-prime-minister'], ['كاميرون']),
  person(
    'hollande',
    'FR',
    'فرانسوا هولاند',
    'François Hollande',
    ['french-president'],
    ['هولاند', 'Hollande'],
  ),
  person('merkel', 'DE', 'أنغيلا ميركل', 'Angela Merkel', ['german-chancellor'], ['ميركل', 'Merkel']),
  person('ban-ki-moon', null, 'بان كي مون', 'Ban Ki-moon', ['un-secretary-general'], []),
  person('de-mistura', null, 'ستيفان دي ميستورا', 'Staffan de Mistura', ['un-syria-envoy'], ['دي ميستورا']),
  person('nasrallah', 'LB', 'حسن نصر الله', 'Hassan Nasrallah', [], ['نصر الله', 'Nasrallah']),
  person('peskov', 'RU', 'ديمتري بيسكوف', 'Dmitry Peskov', ['kremlin-spokesperson'], ['بيسكوف', 'Peskov']),
  person(
    'zakharova',
    'RU',
    'ماريا زاخاروفا',
    'Maria Zakharova',
    ['russian-foreign-ministry-spokesperson'],
    ['زاخاروفا', 'Zakharova'],
  ),
  person(
    'konashenkov',
    'RU',
    'إيغور كوناشينكوف',
    'Igor Konashenkov',
    ['russian-defence-ministry-spokesperson'],
    ['كوناشينكوف', 'Konashenkov'],
  ),
];

export const OFFICES: readonly SourceEntry[] = [
  office('russian-president', 'RU', 'الرئيس الروسي', 'Russian President', ['President of Russia']),
  office('russian-foreign-minister', 'RU', 'وزير الخارجية الروسي', 'Russian Foreign Minister', [
    'مسؤول الدبلوماسية الروسية',
    'رئيس الدبلوماسية الروسية',
  ]),
  office('russian-defence-minister', 'RU', 'وزير الدفاع الروسي', 'Russian Defence Minister', [
    'Russian Defense Minister',
  ]),
  office('russian-prime-minister', 'RU', 'رئيس الوزراء الروسي', 'Russian Prime Minister'),
  office('syrian-president', 'SY', 'الرئيس السوري', 'Syrian President'),
  office('syrian-foreign-minister', 'SY', 'وزير الخارجية السوري', 'Syrian Foreign Minister'),
  office('us-president', 'US', 'الرئيس الأمريكي', 'US President', ['الرئيس الأميركي', 'U S President']),
  office('us-secretary-of-state', 'US', 'وزير الخارجية الأمريكي', 'US Secretary of State', [
    'وزير الخارجية الأميركي',
    'وزير الخارجية الأمريكية',
    'Secretary of State',
  ]),
  office('us-defense-secretary', 'US', 'وزير الدفاع الأمريكي', 'US Defense Secretary', [
    'وزير الدفاع الأميركي',
    'Defense Secretary',
    'Secretary of Defense',
  ]),
  office('turkish-president', 'TR', 'الرئيس التركي', 'Turkish President'),
  office('iranian-president', 'IR', 'الرئيس الإيراني', 'Iranian President'),
  office('iranian-foreign-minister', 'IR', 'وزير الخارجية الإيراني', 'Iranian Foreign Minister'),
  office('israeli-prime-minister', 'IL', 'رئيس الوزراء الإسرائيلي', 'Israeli Prime Minister'),
  office('british-foreign-secretary', 'GB', 'وزير الخارجية البريطاني', 'British Foreign Secretary'),
  office('british-prime-minister', 'GB', 'رئيس الوزراء البريطاني', 'British Prime Minister'),
  office('french-president', 'FR', 'الرئيس الفرنسي', 'French President'),
  office('german-chancellor', 'DE', 'المستشارة الألمانية', 'German Chancellor'),
  office('un-secretary-general', null, 'الأمين العام للأمم المتحدة', 'UN Secretary-General'),
  office('un-syria-envoy', null, 'المبعوث الأممي إلى سوريا', 'UN envoy for Syria', ['UN Syria envoy']),
];

export const INSTITUTIONS: readonly SourceEntry[] = [
  source('institution', 'kremlin', 'RU', 'الكرملين', 'the Kremlin', ['الكريملن', 'الكريملين', 'Kremlin']),
  source('institution', 'white-house', 'US', 'البيت الأبيض', 'the White House', ['White House']),
  source('institution', 'pentagon', 'US', 'البنتاغون', 'the Pentagon', [
    'البنتاجون',
    'وزارة الدفاع الأمريكية',
    'وزارة الدفاع الأميركية',
    'Pentagon',
    'US Defense Department',
    'Department of Defense',
  ]),
  source('institution', 'us-state-department', 'US', 'وزارة الخارجية الأمريكية', 'US State Department', [
    'وزارة الخارجية الأميركية',
    'الخارجية الأمريكية',
    'الخارجية الأميركية',
    'State Department',
  ]),
  source(
    'institution',
    'russian-foreign-ministry',
    'RU',
    'وزارة الخارجية الروسية',
    'Russian Foreign Ministry',
    ['الخارجية الروسية'],
  ),
  source(
    'institution',
    'russian-defence-ministry',
    'RU',
    'وزارة الدفاع الروسية',
    'Russian Defence Ministry',
    ['Russian Defense Ministry', 'Russian Ministry of Defence'],
  ),
  source('institution', 'syrian-presidency', 'SY', 'الرئاسة السورية', 'Syrian Presidency', [
    'Syrian presidency',
  ]),
  source('institution', 'syrian-army', 'SY', 'الجيش السوري', 'Syrian Army', [
    'الجيش العربي السوري',
    'Syrian Arab Army',
  ]),
  source('institution', 'fsb', 'RU', 'جهاز الأمن الاتحادي الروسي', 'Federal Security Service (FSB)', [
    'جهاز الأمن الاتحادي',
    'FSB',
    'Federal Security Service',
  ]),
  source('institution', 'federation-council', 'RU', 'مجلس الاتحاد الروسي', 'Federation Council', [
    'مجلس الاتحاد',
  ]),
  source('institution', 'nato', null, 'حلف شمال الأطلسي', 'NATO', ['الناتو', 'حلف الناتو']),
  source('institution', 'united-nations', null, 'الأمم المتحدة', 'United Nations', ['UN', 'U N']),
  source(
    'institution',
    'syrian-observatory',
    null,
    'المرصد السوري لحقوق الإنسان',
    'Syrian Observatory for Human Rights',
    ['المرصد السوري', 'Syrian Observatory'],
  ),
];

export const AGENCIES: readonly SourceEntry[] = [
  source('agency', 'reuters', null, 'رويترز', 'Reuters', ['وكالة رويترز']),
  source('agency', 'afp', null, 'فرانس برس', 'AFP', [
    'وكالة فرانس برس',
    'وكالة الصحافة الفرنسية',
    'Agence France Presse',
  ]),
  source('agency', 'ap', null, 'أسوشيتد برس', 'Associated Press', ['اسوشيتد برس', 'وكالة أسوشيتد برس', 'AP']),
  source('agency', 'sana', 'SY', 'سانا', 'SANA', ['الوكالة العربية السورية للأنباء']),
  source('agency', 'ria', 'RU', 'ريا نوفوستي', 'RIA Novosti', ['وكالة الإعلام الروسية', 'RIA']),
  source('agency', 'tass', 'RU', 'تاس', 'TASS', ['إيتار تاس', 'وكالة تاس']),
  source('agency', 'interfax', 'RU', 'إنترفاكس', 'Interfax', ['انترفاكس']),
];

/** Words for a spokesperson: with an institution they make its spokesperson ("المتحدث باسم الكرملين"). */
export const SPOKESPERSON_WORDS: readonly string[] = [
  'المتحدث',
  'متحدث',
  'المتحدثة',
  'متحدثة',
  'الناطق',
  'ناطق',
  'الناطقة',
  'spokesman',
  'spokeswoman',
  'spokesperson',
  'press secretary',
];
