/**
 * Reviewed corrections to the GeoNames cities, keyed by geonameid: the names news uses, Arabic names
 * GeoNames lacks or gives without the article (بصرة for البصرة), stable ids for the best-known places,
 * and spelling variants.
 *
 * Policy (see geo/gazetteer/README.md): no variants the matcher folds anyway (hamza on alef, ة/ه, ى/ي,
 * diacritics, tatweel); no demonyms; an Arabic name only where it is the one Arabic news writes.
 * When `ar` replaces GeoNames' Arabic name, the old one is dropped unless listed in `aliasesAr`.
 */
export interface CityOverride {
  /** The id, when it must not follow the English name (well-known places; GeoNames oddities). */
  id?: string;
  en?: string;
  ar?: string;
  aliasesAr?: readonly string[];
  aliasesEn?: readonly string[];
}

export const CITY_OVERRIDES: Readonly<Record<number, CityOverride>> = {
  // --- Syria ---------------------------------------------------------------------------------------
  170063: { aliasesEn: ['Halab'] },
  170654: { aliasesEn: ['Dimashq'] },
  170017: { aliasesEn: ['Hamah'] },
  // GeoNames has لاذقية without the article; news always writes اللاذقية.
  173576: { id: 'latakia', ar: 'اللاذقية', aliasesEn: ['Lattakia', 'Al-Ladhiqiyah'] },
  170794: {
    id: 'deir-ez-zor',
    en: 'Deir ez-Zor',
    aliasesEn: ['Dayr az Zawr', 'Deir el-Zor', 'Deir al-Zor', 'Deir ez-Zour', 'Deir Ezzor'],
  },
  172955: { id: 'raqqa', en: 'Raqqa', aliasesEn: ['Rakka', 'Ar-Raqqah', 'Al-Raqqa', 'Raqqah'] },
  174018: { id: 'al-bab', en: 'Al-Bab', ar: 'الباب', aliasesEn: ['Al Bab'] },
  169389: { aliasesEn: ['Idleb'] },
  170592: { ar: 'دوما', aliasesEn: ['Duma'] },
  170905: { id: 'daraa', en: 'Daraa', ar: 'درعا', aliasesEn: ['Deraa', "Dara'a", 'Dar‘ā'] },
  164947: { aliasesEn: ['Salamiyeh', 'Salamiyya'] },
  163345: { id: 'tartus', en: 'Tartus', aliasesEn: ['Tartous', 'Tartouss'] },
  // GeoNames calls it Ath Thawrah ("the revolution", a common word); news calls it Tabqa.
  172374: {
    id: 'tabqa',
    en: 'Tabqa',
    ar: 'الطبقة',
    aliasesAr: ['مدينة الثورة'],
    aliasesEn: ['Al-Tabqa', 'Ath Thawrah', 'Al-Thawrah'],
  },
  173811: { en: 'Al-Hasakah', aliasesEn: ['Hasakah', 'Hasaka', 'Al-Hasaka'] },
  170892: { en: 'Darayya', aliasesEn: ['Daraya'] },
  172082: { ar: 'أعزاز', aliasesAr: ['عزاز'], aliasesEn: ["A'zaz"] },
  169304: { id: 'jableh', en: 'Jableh', aliasesEn: ['Jablah', 'Jebleh', 'Jabla'] },
  172408: { aliasesEn: ['Sweida', 'Suwayda', 'Al-Suwayda'] },
  174448: {
    id: 'abu-kamal',
    en: 'Abu Kamal',
    ar: 'البوكمال',
    aliasesAr: ['البو كمال', 'أبو كمال'],
    aliasesEn: ['Al-Bukamal', 'Albu Kamal', 'Bukamal'],
  },
  173480: { en: 'Al-Mayadin', ar: 'الميادين', aliasesEn: ['Mayadin', 'Al Mayādīn'] },
  163808: { id: 'palmyra', aliasesEn: ['Tadmur', 'Tadmor'] },
  // Ayn al-Arab is the Arabic name; Kobani (كوباني) the Kurdish one most news used after 2014.
  172256: {
    id: 'kobani',
    en: 'Kobani',
    aliasesAr: ['كوباني'],
    aliasesEn: ['Ayn al-Arab', 'Ayn al Arab', 'Kobane'],
  },
  168325: { aliasesEn: ['Khan Sheikhoun'] },
  174186: { ar: 'عفرين' },
  169372: { ar: 'عربين', aliasesEn: ['Arbin'] },
  173322: { en: 'Al-Qusayr', aliasesEn: ['Qusayr', 'Qusair'] },
  169023: { aliasesEn: ['Jisr al-Shughur'] },
  171830: { id: 'baniyas', en: 'Baniyas', ar: 'بانياس', aliasesEn: ['Banias'] },
  169897: { en: 'Harasta', ar: 'حرستا' },
  173334: { id: 'quneitra', en: 'Quneitra', aliasesEn: ['Al-Qunaytirah'] },
  163811: { ar: 'تادف' },
  163915: { ar: 'صوران' },
  // GeoNames' "Arabic" name here is a Latin transliteration of a different town.
  165997: { ar: 'جاسم' },
  174259: { ar: 'الدانا' },
  165060: { en: 'Safita', ar: 'صافيتا' },
  163476: { en: 'Tell Rifaat', aliasesEn: ['Tal Rifaat', 'Tall Rif‘at'] },
  169179: { aliasesEn: ['Jarablus'] },
  // --- Lebanon -------------------------------------------------------------------------------------
  267008: { ar: 'صور', aliasesEn: ['Sour', 'Sur'] },
  278913: { id: 'nabatieh', en: 'Nabatieh', ar: 'النبطية', aliasesEn: ['Nabatiye', 'Nabatîyé et Tahta'] },
  // --- Iraq: Arabic names GeoNames lacks, or gives without the article --------------------------------
  99532: { ar: 'البصرة', aliasesEn: ['Basrah'] },
  // إربل is GeoNames'; أربيل is what news writes.
  95446: { ar: 'أربيل', aliasesAr: ['إربل'], aliasesEn: ['Arbil', 'Hawler'] },
  99131: { ar: 'الكوت' },
  96994: { ar: 'دهوك', aliasesEn: ['Dohuk', 'Dahuk'] },
  99072: { aliasesEn: ['Mosul', 'Al-Mawsil'] },
  99454: { aliasesEn: ['Falluja'] },
  98717: { aliasesEn: ['Ramadi', 'Al-Ramadi'] },
  97990: { ar: 'بعقوبة', aliasesEn: ['Baqubah', 'Baquba'] },
  96961: { ar: 'سوران' },
  99446: { ar: 'الفاو' },
  90026: { en: 'Tuz Khurmatu', ar: 'طوز خورماتو' },
  90708: { ar: 'سينة' },
  99169: { ar: 'الخالص' },
  448149: { en: 'Sinjar', ar: 'سنجار' },
  95788: { en: 'Hit', ar: 'هيت' },
  94298: { ar: 'كفري' },
  99759: { ar: 'الدجيل' },
  90150: { aliasesEn: ['Tikrit'] },
  // --- Jordan, Palestine, Cyprus, the Gulf -------------------------------------------------------------
  250090: { ar: 'الزرقاء' },
  248370: { ar: 'مادبا' },
  7838895: { ar: 'الرصيفة' },
  250799: { en: 'Ajloun', ar: 'عجلون' },
  6946409: { ar: 'الكرك' },
  281124: { ar: 'خان يونس', aliasesEn: ['Khan Younis'] },
  284375: { ar: 'بتير' },
  146054: { ar: 'ستروفولوس' },
  146214: { ar: 'بافوس' },
  // GeoNames' name for Abu Dhabi city is its municipal region's.
  292968: { id: 'abu-dhabi', en: 'Abu Dhabi' },
  292672: { en: 'Sharjah', ar: 'الشارقة' },
  292878: { ar: 'الفجيرة' },
  // --- Turkey: towns on the Syrian border and in the south-east, often in Syria news -----------------
  300075: { en: 'Suruç', ar: 'سروج', aliasesEn: ['Suruc'] },
  300640: { ar: 'شرناق' },
  318668: { ar: 'جيلان بينار', aliasesEn: ['Ceylanpinar'] },
  321062: { ar: 'بيرجك', aliasesEn: ['Birecik'] },
  316284: { ar: 'دورت يول' },
  304531: { ar: 'مرسين' },
  // GeoNames' ar name is the Latin al-Rūhā; Arabic news writes أورفة or شانلي أورفا.
  298333: {
    en: 'Şanlıurfa',
    ar: 'أورفة',
    aliasesAr: ['شانلي أورفا', 'الرها'],
    aliasesEn: ['Sanliurfa', 'Urfa'],
  },
  303798: { ar: 'نزيب' },
  307084: { ar: 'قزل تبه' },
  298033: { ar: 'ويران شهر' },
  300797: { ar: 'سيلوبي' },
  318137: { ar: 'هكاري' },
  314830: { ar: 'غازي عنتاب', aliasesAr: ['عنتاب'], aliasesEn: ['Antep'] },
  310859: { ar: 'كهرمان مرعش', aliasesAr: ['مرعش'], aliasesEn: ['Maras'] },
  311111: { aliasesAr: ['الإسكندرونة'], aliasesEn: ['Iskenderun', 'Alexandretta'] },
  323786: { aliasesAr: ['أنقره'] },
  745044: { aliasesAr: ['استانبول'], aliasesEn: ['Stamboul'] },
  324944: { aliasesEn: ['Akcakale'] },
  302355: { aliasesEn: ['Reyhanli'] },
  // GeoNames drops the article that these names always carry in Arabic (and خرطوم, رباط are words).
  379252: { ar: 'الخرطوم' },
  2538475: { ar: 'الرباط' },
  359796: { ar: 'السويس' },
  360761: { ar: 'المنصورة' },
  // --- Capitals and places the brief names -------------------------------------------------------------
  4140963: {
    id: 'washington',
    en: 'Washington',
    ar: 'واشنطن',
    aliasesAr: ['واشنطن العاصمة'],
    aliasesEn: ['Washington D.C.', 'Washington, D.C.', 'Washington DC'],
  },
  524901: { id: 'moscow' },
  2643743: { id: 'london' },
  2950159: { id: 'berlin' },
  // GeoNames has no Arabic name; دوشنبه is the usual form, دوشانبي the one some agencies use.
  1221874: { ar: 'دوشنبه', aliasesAr: ['دوشانبي', 'دوشنبي'] },
  518255: { ar: 'نوفوروسيسك' },
  694423: { aliasesAr: ['سيباستوبول', 'سباستوبول'] },
  // The dump still has Nur-Sultan, the name Astana bore from 2019 to 2022.
  1526273: { id: 'astana', en: 'Astana', ar: 'أستانا', aliasesAr: ['نور سلطان'], aliasesEn: ['Nur-Sultan'] },
  // Not كيف: that is the word "how".
  703448: { aliasesEn: ['Kiev'] },
  // Capitals without an Arabic name in GeoNames.
  426272: { ar: 'جيتيغا' },
  2389853: { ar: 'بانغي' },
  3492908: { ar: 'سانتو دومينغو' },
  2422465: { ar: 'كوناكري' },
  3042091: { ar: 'سانت هيلير' },
  3489854: { ar: 'كينغستون' },
  2110257: { ar: 'تاراوا' },
  3042030: { ar: 'فادوز' },
  1238992: { ar: 'كوتي', aliasesEn: ['Kotte'] },
  2993458: { ar: 'موناكو' },
  2113779: { ar: 'ماجورو' },
  6611854: { ar: 'نايبيداو', aliasesEn: ['Naypyidaw', 'Naypyitaw'] },
  1282027: { ar: 'ماليه' },
  935264: { ar: 'سان دوني' },
  1668341: { ar: 'تايبيه' },
  2135171: { ar: 'بورت فيلا' },
  921815: { ar: 'مامودزو' },
};

/**
 * Places GeoNames lists at 15,000+ people that the Debian package leaves out, added by hand because
 * Syria news names them. Points are approximate (about 1 km), from the place's published coordinates.
 */
export interface ManualCity {
  id: string;
  iso2: string;
  en: string;
  ar: string;
  aliasesAr: readonly string[];
  aliasesEn: readonly string[];
  lngLat: [number, number];
  /** Said in full in the source string, since these do not come from the dump. */
  note: string;
}

export const MANUAL_CITIES: readonly ManualCity[] = [
  {
    id: 'qamishli',
    iso2: 'SY',
    en: 'Qamishli',
    ar: 'القامشلي',
    aliasesAr: [],
    aliasesEn: ['Al-Qamishli', 'Kamishli', 'Qamishlo'],
    lngLat: [41.2167, 37.05],
    note: 'manual point 37°03′N 41°13′E, on the Turkish border (absent from Debian libgeonames)',
  },
  {
    id: 'nouakchott',
    iso2: 'MR',
    en: 'Nouakchott',
    ar: 'نواكشوط',
    aliasesAr: [],
    aliasesEn: [],
    lngLat: [-15.9785, 18.0858],
    note: 'manual point 18°05′N 15°59′W, capital of Mauritania (absent from Debian libgeonames)',
  },
];
