/**
 * Words that say what kind of activity a clause speaks of (the vocabulary is in geo/claims/README.md).
 * Written bare: the matcher adds particles, the article and pronoun suffixes (see phrases.ts), and the
 * longest phrase wins, so "مشاة البحرية" (marines) is ground, not naval, and "القوات الجوية" is air.
 * Equipment (tanks, the SA-22…) is in equipment.ts and brings its own kinds.
 */
import type { ActivityKind } from '../../contract';

type Terms = readonly (readonly [string, readonly ActivityKind[]])[];

const AIR: ActivityKind[] = ['air'];
const NAVAL: ActivityKind[] = ['naval'];
const GROUND: ActivityKind[] = ['ground'];
const DEFENCE: ActivityKind[] = ['air-defence'];
const WEAPONS: ActivityKind[] = ['weapons'];
const PRESENCE: ActivityKind[] = ['presence'];
const COMBAT: ActivityKind[] = ['combat'];
const AIR_COMBAT: ActivityKind[] = ['air', 'combat'];
const DIPLOMACY: ActivityKind[] = ['diplomacy'];
/** Matched so that a longer, commoner phrase does not read as an activity ("القوات المسلحة", armed forces in general). */
const NONE: ActivityKind[] = [];

export const ARABIC_ACTIVITY_TERMS: Terms = [
  ...['قاعدة جوية', 'مطار', 'مطارات', 'مدرج', 'قوات جوية', 'سلاح الجو'].map((t) => [t, AIR] as const),
  ...['عمليات جوية', 'المجال الجوي', 'جسر جوي', 'رحلات شحن', 'طلعات', 'طلعة'].map((t) => [t, AIR] as const),
  ['أسلحة جوية', ['weapons', 'air']],
  ['أسلحة جوية برية', ['weapons', 'air', 'ground']],
  ...['ضربات جوية', 'غارات جوية', 'غارة جوية', 'ضربة جوية', 'قصف جوي', 'حملة جوية'].map(
    (t) => [t, AIR_COMBAT] as const,
  ),
  ...['سفن', 'سفينة', 'سفينتين', 'البحرية', 'قوات بحرية', 'سلاح البحرية', 'أسطول', 'مرفأ', 'ميناء'].map(
    (t) => [t, NAVAL] as const,
  ),
  ...['موانئ', 'قاعدة بحرية', 'منشأة بحرية', 'تدريبات بحرية', 'مناورات بحرية', 'إنزال بحري'].map(
    (t) => [t, NAVAL] as const,
  ),
  ...['مسلحين', 'مسلحون', 'ميليشيات', 'قوات قتالية'].map((t) => [t, GROUND] as const),
  ...['قوات', 'جنود', 'جنديا', 'جندي', 'أفراد', 'عسكريين', 'مشاة', 'مشاة البحرية', 'قوات برية'].map(
    (t) => [t, GROUND] as const,
  ),
  ...['مقاتلين', 'مقاتلون', 'مقاتلي', 'مستشارين عسكريين', 'خبراء عسكريين', 'وحدات', 'كتيبة', 'لواء'].map(
    (t) => [t, GROUND] as const,
  ),
  ...['دفاع جوي', 'دفاعات جوية', 'مضاد للطائرات', 'مضادة للطائرات', 'أرض جو'].map(
    (t) => [t, DEFENCE] as const,
  ),
  ...['أسلحة', 'سلاح', 'عتاد', 'عتادا', 'معدات', 'تجهيزات عسكرية', 'ذخائر', 'ذخيرة', 'صواريخ', 'شحنة'].map(
    (t) => [t, WEAPONS] as const,
  ),
  ...['شحنات', 'مساعدة عسكرية', 'مساعدات عسكرية', 'مساعدة عسكرية فنية'].map((t) => [t, WEAPONS] as const),
  ...['مساعدات فنية عسكرية', 'دعم عسكري', 'صفقة أسلحة'].map((t) => [t, WEAPONS] as const),
  ...['وجود عسكري', 'تعزيز وجود', 'زيادة وجود', 'زادت من وجود', 'تحشد وجود', 'حشد وجود'].map(
    (t) => [t, PRESENCE] as const,
  ),
  ...['تعزيزات', 'تعزيز عسكري', 'تعزيزا عسكريا', 'حشود', 'إنشاءات عسكرية', 'قاعدة عسكرية', 'قاعدة دعم'].map(
    (t) => [t, PRESENCE] as const,
  ),
  ...['تحركات عسكرية', 'تحركات روسية', 'انتشار عسكري', 'تواجد عسكري'].map((t) => [t, PRESENCE] as const),
  ...['ضربات', 'ضربة', 'غارات', 'غارة', 'قصف', 'قصفت', 'هجوم', 'هجمات', 'اشتباكات', 'معارك'].map(
    (t) => [t, COMBAT] as const,
  ),
  ...['عمليات قتالية', 'عمليات عسكرية', 'القوة العسكرية', 'يقاتلون', 'تقاتل'].map(
    (t) => [t, COMBAT] as const,
  ),
  ...['يقاتل', 'قتال', 'تستهدف', 'يستهدف', 'استهداف', 'حملة', 'يشن', 'تشن', 'شن'].map(
    (t) => [t, COMBAT] as const,
  ),
  ...['قمة', 'مؤتمر', 'اجتماع', 'لقاء', 'التقى', 'يلتقي', 'سيلتقي', 'محادثات', 'مباحثات', 'مناقشات'].map(
    (t) => [t, DIPLOMACY] as const,
  ),
  ...['مفاوضات', 'اتصال', 'اتصالا', 'زيارة', 'زار', 'يزور', 'سافر', 'يسافر', 'سيسافر', 'نظيره'].map(
    (t) => [t, DIPLOMACY] as const,
  ),
  ...['نظيرته', 'نظرائه', 'تحالف', 'ائتلاف', 'تنسيق', 'تعاون', 'حوار'].map((t) => [t, DIPLOMACY] as const),
  ...['اقتراح', 'اقتراحا', 'طلب', 'طلبت', 'رسالة', 'مبادرة', 'حل سياسي', 'تسوية سياسية', 'دبلوماسيا'].map(
    (t) => [t, DIPLOMACY] as const,
  ),
  ...['مجلس الأمن', 'دعا', 'دعت', 'يدعو', 'تدعو', 'دعوة', 'دعوته', 'داعيا', 'حث', 'يحث', 'نحث'].map(
    (t) => [t, DIPLOMACY] as const,
  ),
  ...['حذر', 'حذرت', 'يحذر', 'تحذر', 'محذرا', 'طالب', 'طالبت', 'يطالب', 'رحب', 'رحبت', 'سنرحب'].map(
    (t) => [t, DIPLOMACY] as const,
  ),
  ...['قنوات التواصل', 'قنوات اتصال', 'وساطة'].map((t) => [t, DIPLOMACY] as const),
  ...['القوات المسلحة', 'قوات مسلحة', 'مؤتمر صحفي', 'مؤتمر صحافي', 'قوات الأمن'].map(
    (t) => [t, NONE] as const,
  ),
  ...['جوا', 'بحرا'].map((t) => [t, t === 'جوا' ? AIR : NAVAL] as const),
  ...['إمدادات', 'الإمدادات العسكرية'].map((t) => [t, WEAPONS] as const),
  // Press events are how claims are made, not diplomacy.
  ...['للصحافيين في مؤتمر', 'للصحفيين في مؤتمر', 'إفادة صحفية'].map((t) => [t, NONE] as const),
];

export const ENGLISH_ACTIVITY_TERMS: Terms = [
  ...[
    'air base',
    'airbase',
    'airfield',
    'airport',
    'air force',
    'air forces',
    'air operations',
    'airspace',
  ].map((t) => [t, AIR] as const),
  ...['sorties', 'sortie', 'flights', 'cargo flights', 'airlift', 'air bridge', 'air traffic control'].map(
    (t) => [t, AIR] as const,
  ),
  ...[
    'airstrike',
    'airstrikes',
    'air strike',
    'air strikes',
    'air raids',
    'air campaign',
    'bombing raids',
  ].map((t) => [t, AIR_COMBAT] as const),
  ...['ships', 'navy', 'naval', 'fleet', 'port', 'harbour', 'harbor', 'naval base', 'naval facility'].map(
    (t) => [t, NAVAL] as const,
  ),
  ...['naval exercises', 'naval drills', 'flotilla', 'convoy at sea'].map((t) => [t, NAVAL] as const),
  ...[
    'troops',
    'soldiers',
    'personnel',
    'forces',
    'ground forces',
    'ground troops',
    'marines',
    'infantry',
  ].map((t) => [t, GROUND] as const),
  ...['special forces', 'military advisers', 'military advisors', 'fighters', 'battalion', 'brigade'].map(
    (t) => [t, GROUND] as const,
  ),
  ...['air defence', 'air defense', 'air defences', 'air defenses', 'anti aircraft', 'surface to air'].map(
    (t) => [t, DEFENCE] as const,
  ),
  ...['weapons', 'arms', 'military equipment', 'equipment', 'munitions', 'ammunition', 'missiles'].map(
    (t) => [t, WEAPONS] as const,
  ),
  ...['military aid', 'military assistance', 'military support', 'shipment', 'shipments', 'arms deal'].map(
    (t) => [t, WEAPONS] as const,
  ),
  ...['military presence', 'buildup', 'build up', 'reinforcements', 'military base', 'deployment'].map(
    (t) => [t, PRESENCE] as const,
  ),
  ...['struck', 'bombed', 'shelled', 'pounded', 'striking', 'hit targets', 'combat troops'].map((t) =>
    t === 'combat troops' ? ([t, GROUND] as const) : ([t, COMBAT] as const),
  ),
  ...['by air', 'flown in', 'flew in'].map((t) => [t, AIR] as const),
  ...[
    'reinforce',
    'reinforced',
    'reinforcing',
    'build up',
    'troop buildup',
    'bases',
    'garrison',
    'outpost',
  ].map((t) => [t, PRESENCE] as const),
  ...['defeated', 'defeat'].map((t) => [t, COMBAT] as const),
  ...['military supplies'].map((t) => [t, WEAPONS] as const),
  ...['think tank', 'think tanks'].map((t) => [t, NONE] as const),
  ...['cooperate', 'cooperating', 'coordinate', 'coordinating', 'rebels', 'militants', 'militiamen'].map(
    (t) =>
      ['rebels', 'militants', 'militiamen'].includes(t) ? ([t, GROUND] as const) : ([t, DIPLOMACY] as const),
  ),
  ...['strikes', 'strike', 'bombing', 'bombardment', 'shelling', 'attack', 'attacks', 'raids', 'clashes'].map(
    (t) => [t, COMBAT] as const,
  ),
  ...['combat', 'fighting', 'offensive', 'campaign', 'targeting', 'hitting', 'use of force'].map(
    (t) => [t, COMBAT] as const,
  ),
  ...['summit', 'conference', 'talks', 'meeting', 'met', 'meet', 'negotiations', 'phone call', 'visit'].map(
    (t) => [t, DIPLOMACY] as const,
  ),
  ...[
    'counterpart',
    'coalition',
    'alliance',
    'cooperation',
    'coordination',
    'de confliction',
    'dialogue',
  ].map((t) => [t, DIPLOMACY] as const),
  ...['proposal', 'proposed', 'request', 'requested', 'letter', 'initiative', 'political solution'].map(
    (t) => [t, DIPLOMACY] as const,
  ),
  ...['security council', 'called for', 'urged', 'warned', 'summoned', 'ambassador', 'envoy', 'welcomed'].map(
    (t) => [t, DIPLOMACY] as const,
  ),
  ...[
    'armed forces',
    'security forces',
    'press conference',
    'news conference',
    'fight against',
    'briefing',
  ].map((t) => [t, NONE] as const),
];

/**
 * Words that say something is sent, supplied or delivered: with equipment in the clause, the clause is
 * about a weapons delivery too ("إرسال نظام صاروخي", "shipping S-300s").
 */
export const DELIVERY_TERMS: readonly string[] = [
  'إرسال',
  'ارسال',
  'أرسل',
  'أرسلت',
  'أرسلتها',
  'يرسل',
  'ترسل',
  'ترسلها',
  'تزويد',
  'تزود',
  'يزود',
  'تسليم',
  'تسلم',
  'شحن',
  'إمداد',
  'لمدها',
  'deliver',
  'delivered',
  'delivering',
  'delivery',
  'deliveries',
  'supply',
  'supplied',
  'supplying',
  'supplies',
  'send',
  'sent',
  'sending',
  'shipped',
  'shipping',
  'transfer',
  'transferred',
];

/** Words for military exercises: at sea (a water place in the clause) they are naval. */
export const EXERCISE_TERMS: readonly string[] = [
  'تدريبات',
  'مناورات',
  'exercises',
  'drills',
  'manoeuvres',
  'maneuvers',
];
