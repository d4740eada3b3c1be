/**
 * Names that contain place names but are not places: organisations, forces, military operations.
 * A place name inside one of them ("قوات سوريا الديمقراطية", "عملية درع الفرات") is not a mention of
 * the place. Written as news writes them; the matcher normalises them like article text.
 */
import { normalizedSet } from './normalized-set';
export interface NonPlace {
  id: string;
  what: string;
  names: string[];
}

export const NON_PLACES: NonPlace[] = [
  {
    id: 'sdf',
    what: 'an armed force',
    names: ['قوات سوريا الديمقراطية', 'قوات سورية الديمقراطية', 'Syrian Democratic Forces'],
  },
  { id: 'quds-force', what: 'an armed force', names: ['فيلق القدس', 'قوة القدس', 'Quds Force'] },
  { id: 'fsa', what: 'an armed force', names: ['الجيش السوري الحر', 'Free Syrian Army'] },
  {
    id: 'isis',
    what: 'an organisation',
    names: [
      'الدولة الإسلامية في العراق والشام',
      'الدولة الإسلامية في العراق وسوريا',
      'الدولة الإسلامية في العراق',
      'Islamic State of Iraq and the Levant',
      'Islamic State of Iraq and Syria',
      'Islamic State in Iraq and Syria',
      'Islamic State of Iraq',
    ],
  },
  { id: 'hts', what: 'an organisation', names: ['هيئة تحرير الشام', 'Hayat Tahrir al-Sham'] },
  {
    id: 'nusra',
    what: 'an organisation',
    names: ['جبهة النصرة لأهل الشام', 'جبهة فتح الشام', 'Jabhat Fateh al-Sham'],
  },
  { id: 'ahrar', what: 'an organisation', names: ['أحرار الشام', 'حركة أحرار الشام', 'Ahrar al-Sham'] },
  { id: 'jaysh-al-islam', what: 'an organisation', names: ['جيش الإسلام', 'Jaysh al-Islam'] },
  {
    id: 'sana',
    what: 'a news agency',
    names: ['الوكالة العربية السورية للأنباء', 'Syrian Arab News Agency'],
  },
  { id: 'russia-today', what: 'a broadcaster', names: ['روسيا اليوم', 'Russia Today'] },
  { id: 'voice-of-america', what: 'a broadcaster', names: ['صوت أمريكا', 'صوت أميركا', 'Voice of America'] },
  { id: 'radio-free-europe', what: 'a broadcaster', names: ['Radio Free Europe'] },
  {
    id: 'euphrates-shield',
    what: 'a military operation',
    names: ['درع الفرات', 'Euphrates Shield', 'Operation Euphrates Shield'],
  },
  {
    id: 'olive-branch',
    what: 'a military operation',
    names: ['غصن الزيتون', 'Olive Branch', 'Operation Olive Branch'],
  },
  {
    id: 'peace-spring',
    what: 'a military operation',
    names: ['نبع السلام', 'Peace Spring', 'Operation Peace Spring'],
  },
  {
    id: 'spring-shield',
    what: 'a military operation',
    names: ['درع الربيع', 'Spring Shield', 'Operation Spring Shield'],
  },
  {
    id: 'inherent-resolve',
    what: 'a military operation',
    names: ['العزم الصلب', 'Inherent Resolve', 'Operation Inherent Resolve'],
  },
  { id: 'euphrates-wrath', what: 'a military operation', names: ['غضب الفرات', 'Wrath of Euphrates'] },
  { id: 'desert-storm', what: 'a military operation', names: ['عاصفة الصحراء', 'Desert Storm'] },
  { id: 'decisive-storm', what: 'a military operation', names: ['عاصفة الحزم', 'Decisive Storm'] },
  { id: 'hezbollah', what: 'an organisation', names: ['حزب الله اللبناني', 'Lebanese Hezbollah'] },
  { id: 'un', what: 'an organisation', names: ['الأمم المتحدة', 'United Nations'] },
  { id: 'arab-league', what: 'an organisation', names: ['جامعة الدول العربية', 'Arab League'] },
  {
    id: 'gcc',
    what: 'an organisation',
    names: ['مجلس التعاون الخليجي', 'مجلس التعاون لدول الخليج العربية', 'Gulf Cooperation Council'],
  },
  { id: 'eu', what: 'an organisation', names: ['الاتحاد الأوروبي', 'European Union'] },
  { id: 'federation-council', what: 'an institution', names: ['مجلس الاتحاد الروسي', 'Federation Council'] },
  { id: 'state-duma', what: 'an institution', names: ['مجلس الدوما', 'الدوما الروسي', 'State Duma'] },
  { id: 'white-helmets', what: 'an organisation', names: ['الخوذ البيضاء', 'White Helmets'] },
  {
    id: 'ypg',
    what: 'an armed force',
    names: ['وحدات حماية الشعب الكردية', 'وحدات حماية الشعب', "People's Protection Units"],
  },
  { id: 'syrian-arab-army', what: 'an armed force', names: ['الجيش العربي السوري', 'Syrian Arab Army'] },
  { id: 'turkish-stream', what: 'a pipeline', names: ['السيل التركي', 'TurkStream', 'Turkish Stream'] },
  { id: 'black-sea-fleet', what: 'a fleet', names: ['أسطول البحر الأسود', 'Black Sea Fleet'] },
  { id: 'baltic-fleet', what: 'a fleet', names: ['أسطول البلطيق', 'Baltic Fleet'] },
  { id: 'caspian-flotilla', what: 'a fleet', names: ['أسطول بحر قزوين', 'Caspian Flotilla'] },
  {
    id: 'azov-regiment',
    what: 'an armed force',
    names: ['كتيبة آزوف', 'فوج آزوف', 'Azov regiment', 'Azov Battalion', 'Azov Brigade'],
  },
  { id: 'birthplace', what: 'an idiom ("birthplace")', names: ['مسقط رأس', 'مسقط رأسه', 'مسقط رأسها'] },
  { id: 'northern-fleet', what: 'a fleet', names: ['الأسطول الشمالي', 'Northern Fleet'] },
];

/**
 * Words for warships and vessels: a place name right after one, in quotes or not, is a ship's name
 * ("سفينتا الإنزال "نيكوبول" و"ساراتوف"", "the landing ship Saratov").
 */
export const VESSEL_WORDS = normalizedSet([
  // Singular and dual only: "السفن "المرتبطة بإسرائيل"" (ships linked to Israel) names no ship.
  'سفينة',
  'السفينة',
  'سفينتا',
  'سفينتي',
  'السفينتين',
  'فرقاطة',
  'الفرقاطة',
  'مدمرة',
  'المدمرة',
  'غواصة',
  'الغواصة',
  'الطراد',
  'طراد',
  'حاملة',
  'البارجة',
  'كاسحة',
  'الإنزال',
  'ship',
  'vessel',
  'frigate',
  'destroyer',
  'submarine',
  'cruiser',
  'corvette',
  'carrier',
  'tanker',
  'landing',
  'tug',
]);

/**
 * How lines that are not part of the report begin: "read also" links and reader prompts. Places named
 * only there are listed as unresolved, not put on the map.
 */
export const BOILERPLATE_OPENINGS = [
  'اقرأ أيضاً',
  'اقرأ أيضا',
  'إقرأ أيضاً',
  'اقرأ المزيد',
  'اقرأ كذلك',
  'شاهد أيضاً',
  'شاهد أيضا',
  'طالع أيضاً',
  'طالع أيضا',
  'مواضيع ذات صلة',
  'ذات صلة',
  'تابعونا',
  'شارك برأيك',
  'Read also',
  'Read more',
  'Also read',
  'See also',
  'Related',
  'Watch',
  'Subscribe',
  'Sign up',
  'Follow us',
];
