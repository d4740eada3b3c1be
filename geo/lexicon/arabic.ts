/**
 * Small word lists the matcher and resolver consult. They are written as Arabic is written and stored
 * normalised (see text/normalize.ts), the form they are compared in.
 */
import { normalizedSet } from './normalized-set';

/**
 * Particles written joined to the next word: و ف (and), ب (in, by), ك (like), ل (to, for), and their
 * combinations. The article ال is not stripped: gazetteer names carry it when the place's name does.
 */
export const ATTACHED_PARTICLES = ['وب', 'ول', 'وك', 'فب', 'فل', 'فك', 'و', 'ف', 'ب', 'ك', 'ل'];

/** A stem left after stripping particles must keep at least this many letters. */
export const MIN_STEM_LENGTH = 3;

/** Prepositions and place nouns after which a bare "سورية" is the country, not the adjective "Syrian". */
export const PLACE_GOVERNORS = normalizedSet([
  'في',
  'الي',
  'من',
  'عن',
  'علي',
  'مع',
  'حول',
  'داخل',
  'خارج',
  'بشان',
  'تجاه',
  'اتجاه',
  'نحو',
  'ضد',
  'عبر',
  'لدي',
  'شمال',
  'جنوب',
  'شرق',
  'غرب',
  'وسط',
  'شمالي',
  'جنوبي',
  'شرقي',
  'غربي',
  'ارض',
  'اراضي',
  'حدود',
  'قرب',
  'بين',
  'الى',
  'حتي',
  'منذ',
  'بلاد',
  'دوله',
  'اجواء',
  'سماء',
  'سواحل',
  'ساحل',
  'انحاء',
  'مدن',
]);

/** Words that say the next name is a town or city. */
export const SETTLEMENT_CUES = normalizedSet([
  'مدينه',
  'بلده',
  'قريه',
  'العاصمه',
  'عاصمه',
  'محافظه',
  'ريف',
  'مدينتي',
  'بلدتي',
  'منطقه',
  'city',
  'town',
  'village',
  'capital',
  'province',
  'governorate',
]);

/** Words that say the next name is a country. */
export const COUNTRY_CUES = normalizedSet([
  'دوله',
  'بلد',
  'جمهوريه',
  'مملكه',
  'country',
  'state',
  'republic',
  'kingdom',
]);

/**
 * Given names and titles that, right before a word, make it a person's name rather than a place
 * ("فيليب هاموند" is not Hammond, Indiana). Transliterated the way Arabic news writes them. Names that
 * normalise to a common word are left out: "علي" is also "على" (on), "حسن" good, "جو" air.
 */
export const PERSON_MARKERS = normalizedSet([
  'بن',
  'ابن',
  'ابو',
  'السيد',
  'السيده',
  'الشيخ',
  'الرئيس',
  'الجنرال',
  'العقيد',
  'اللواء',
  'العميد',
  'جون',
  'جوش',
  'جيف',
  'بيتر',
  'فيليب',
  'اش',
  'اشتون',
  'باراك',
  'هيلاري',
  'دونالد',
  'مايك',
  'مايكل',
  'سيرغي',
  'سيرجي',
  'ديمتري',
  'فلاديمير',
  'فاليري',
  'نيكولاي',
  'الكسندر',
  'الكساندر',
  'ايغور',
  'يوري',
  'بشار',
  'حافظ',
  'باسل',
  'ماهر',
  'محمد',
  'احمد',
  'عبدالله',
  'عبد',
  'حسين',
  'mr',
  'mrs',
  'ms',
  'president',
  'minister',
  'secretary',
  'general',
  'gen',
  'spokesman',
  'john',
  'peter',
]);

/**
 * Place names whose spelling is also an adjective of nationality: "سورية" is Syria and "Syrian (f.)".
 * After an indefinite word ("مصادر سورية", Syrian sources) it is the adjective.
 */
export const ADJECTIVE_LIKE_NAMES = normalizedSet(['سورية', 'السعودية']);

/** Titles that, one word before a nationality adjective, introduce a person: "الرئيس الروسي فلاديمير". */
export const PERSON_TITLES = normalizedSet([
  'الرئيس',
  'رئيس',
  'وزير',
  'الوزير',
  'المتحدث',
  'نظيره',
  'السفير',
  'المبعوث',
  'الملك',
  'الامير',
  'الجنرال',
  'القائد',
  'النائب',
  'المسؤول',
  'الناطق',
  'السيناتور',
  'president',
  'minister',
  'secretary',
]);

/** Given names that are also town names (Vladimir, Cergy, Victoria): before another word, a person. */
export const GIVEN_NAMES_ALSO_PLACES = normalizedSet([
  'فلاديمير',
  'سيرجي',
  'سيرغي',
  'فيكتوريا',
  'فيكتور',
  'ماريا',
  'ايلينا',
  'vladimir',
  'victoria',
]);

/**
 * Ordinary words, normalised, with the particles that attach to them, that are also the names of towns
 * somewhere: function words ("وان", Van, is also "وأن", and that), the Levantine month names ("آب"
 * August is also Ibb, Yemen) and a few nouns. A town whose name is one of them needs a cue word.
 */
export const COMMON_WORDS: ReadonlySet<string> = (() => {
  const words = [
    'ان',
    'انه',
    'انها',
    'كان',
    'كانت',
    'من',
    'ما',
    'لا',
    'لم',
    'لن',
    'قد',
    'هو',
    'هي',
    'هم',
    'هذا',
    'هذه',
    'ذلك',
    'تلك',
    'التي',
    'الذي',
    'الذين',
    'اي',
    'او',
    'ام',
    'بل',
    'ثم',
    'حتي',
    'كل',
    'بعد',
    'قبل',
    'عند',
    'غير',
    'بين',
    'منذ',
    'مثل',
    'حيث',
    'اذا',
    'اما',
    'الا',
    'لكن',
    'ليس',
    'عام',
    'يوم',
    'امس',
    'اليوم',
    'الان',
    'هنا',
    'هناك',
    'كانون',
    'شباط',
    'اذار',
    'نيسان',
    'ايار',
    'حزيران',
    'تموز',
    'اب',
    'ايلول',
    'تشرين',
    'طراز',
    'نوع',
    'قوه',
    'عمل',
    'حرب',
    'سلام',
    'امن',
    'نصر',
    'فتح',
    'امل',
    'بدر',
    'نور',
    'قمر',
    'شمس',
    'جبل',
    'سهل',
    'نهر',
    'بحر',
  ];
  return normalizedSet(words.flatMap((w) => ['', 'و', 'ف', 'ب', 'ل', 'ك'].map((p) => p + w)));
})();

/** Words before a name that make it the venue of talks: "قمة دوشانبي", "محادثات جنيف", "اتفاقية مونترو". */
export const VENUE_CUES = normalizedSet([
  'قمه',
  'محادثات',
  'مؤتمر',
  'اتفاقيه',
  'اتفاق',
  'مفاوضات',
  'مسار',
  'منتدي',
  'معاهده',
  'لقاء',
  'اجتماع',
  'اعلان',
  'تفاهمات',
  'اتفاقات',
  'جوله',
  'مباحثات',
]);
