/**
 * The equipment catalogue: kinds of hardware and the models most named in reporting on Syria and
 * Russia's forces, each with its display names, the activity kinds it implies and the ways Arabic and
 * English news write it. Generic entries ("طائرات", aircraft) give way to a model named right after
 * them ("طائرتي شحن عملاقتين من نوع أنطونوف -124 كوندور" is one An-124, not also "cargo aircraft").
 */
import type { ActivityKind, Name } from '../../contract';

export interface EquipmentEntry {
  id: string;
  name: Name;
  kinds: readonly ActivityKind[];
  /** Entries of one family: a model replaces its family's generic entry named just before it. */
  family: 'aircraft' | 'helicopter' | 'armour' | 'artillery' | 'air-defence' | 'ship' | 'other';
  generic: boolean;
  /** How the text writes it, Arabic and English, as a reader would; normalised when indexed. */
  terms: readonly string[];
}

const AIR: ActivityKind[] = ['air'];
const GROUND: ActivityKind[] = ['ground'];
const DEFENCE: ActivityKind[] = ['air-defence'];
const NAVAL: ActivityKind[] = ['naval'];

function entry(
  id: string,
  ar: string,
  en: string,
  kinds: readonly ActivityKind[],
  family: EquipmentEntry['family'],
  generic: boolean,
  terms: readonly string[],
): EquipmentEntry {
  return { id, name: { ar, en }, kinds, family, generic, terms: [ar, en, ...terms] };
}

export const EQUIPMENT: readonly EquipmentEntry[] = [
  entry('aircraft', 'طائرات', 'aircraft', AIR, 'aircraft', true, [
    'طائرة',
    'طائرتين',
    'طائرتي',
    'plane',
    'planes',
    'jet',
    'jets',
  ]),
  entry('warplane', 'طائرات حربية', 'warplanes', AIR, 'aircraft', true, [
    'طائرة حربية',
    'طائرات مقاتلة',
    'مقاتلات',
    'قاذفات',
    'طائرات هجومية',
    'warplane',
    'fighter jets',
    'fighter jet',
    'fighter planes',
    'bombers',
    'bomber',
    'ground attack aircraft',
    'combat aircraft',
  ]),
  entry('cargo-aircraft', 'طائرات شحن', 'cargo aircraft', AIR, 'aircraft', true, [
    'طائرة شحن',
    'طائرتي شحن',
    'طائرات نقل',
    'طائرة نقل عسكرية',
    'cargo plane',
    'cargo planes',
    'transport aircraft',
    'transport planes',
  ]),
  entry('passenger-aircraft', 'طائرة نقل ركاب', 'passenger aircraft', AIR, 'aircraft', true, [
    'طائرة ركاب',
    'طائرات ركاب',
    'passenger plane',
    'passenger jet',
  ]),
  entry('drone', 'طائرات مسيرة', 'drones', AIR, 'aircraft', true, [
    'طائرة مسيرة',
    'طائرات بدون طيار',
    'طائرة بدون طيار',
    'drone',
    'unmanned aircraft',
  ]),
  entry('an-124', 'أنطونوف-124 كوندور', 'An-124 Condor', AIR, 'aircraft', false, [
    'أنطونوف 124',
    'انطونوف 124 كوندور',
    'An 124',
    'An124',
    'Antonov 124',
    'An 124 Condor',
    'Antonov An 124',
  ]),
  entry('il-76', 'إليوشن-76', 'Il-76', AIR, 'aircraft', false, [
    'إليوشن 76',
    'ايل 76',
    'Il 76',
    'Ilyushin 76',
  ]),
  entry('su-24', 'سوخوي-24', 'Su-24', AIR, 'aircraft', false, ['سوخوي 24', 'سو 24', 'Su 24', 'Sukhoi 24']),
  entry('su-25', 'سوخوي-25', 'Su-25', AIR, 'aircraft', false, ['سوخوي 25', 'سو 25', 'Su 25', 'Sukhoi 25']),
  entry('su-30', 'سوخوي-30', 'Su-30', AIR, 'aircraft', false, [
    'سوخوي 30',
    'سو 30',
    'Su 30',
    'Su 30SM',
    'Sukhoi 30',
  ]),
  entry('su-34', 'سوخوي-34', 'Su-34', AIR, 'aircraft', false, ['سوخوي 34', 'سو 34', 'Su 34', 'Sukhoi 34']),
  entry('f-16', 'إف-16', 'F-16', AIR, 'aircraft', false, ['اف 16', 'إف 16', 'F 16', 'F16']),
  entry('helicopter', 'مروحيات', 'helicopters', AIR, 'helicopter', true, [
    'مروحية',
    'طائرات هليكوبتر',
    'طائرة هليكوبتر',
    'هليكوبتر',
    'helicopter',
    'gunships',
    'gunship',
  ]),
  entry('mi-24', 'مي-24', 'Mi-24', AIR, 'helicopter', false, ['مي 24', 'Mi 24', 'Mi 35']),
  entry('mi-8', 'مي-8', 'Mi-8', AIR, 'helicopter', false, ['مي 8', 'Mi 8', 'Mi 17']),
  entry('tank', 'دبابات', 'tanks', GROUND, 'armour', true, ['دبابة', 'tank']),
  entry('t-90', 'تي-90', 'T-90', GROUND, 'armour', false, ['تي 90', 'T 90', 'T90']),
  entry('t-72', 'تي-72', 'T-72', GROUND, 'armour', false, ['تي 72', 'T 72', 'T72']),
  entry('military-vehicle', 'مركبات عسكرية', 'military vehicles', GROUND, 'armour', true, [
    'مركبات مدرعة',
    'مدرعات',
    'ناقلات جند',
    'آليات عسكرية',
    'شاحنات عسكرية',
    'military trucks',
    'عربات مدرعة',
    'armoured vehicles',
    'armored vehicles',
    'armoured personnel carriers',
    'armored personnel carriers',
    'military vehicles',
  ]),
  entry('btr-82', 'بي تي آر-82', 'BTR-82', GROUND, 'armour', false, ['BTR 82', 'BTR 82A', 'بي تي ار 82']),
  entry('artillery', 'مدفعية', 'artillery', GROUND, 'artillery', true, [
    'قطع مدفعية',
    'مدافع',
    'راجمات صواريخ',
    'howitzers',
    'artillery pieces',
    'rocket launchers',
  ]),
  entry('air-traffic-control-tower', 'برج مراقبة جوية', 'air traffic control tower', AIR, 'other', false, [
    'برج مراقبة جوية متنقل',
    'برج مراقبة',
    'control tower',
    'mobile air traffic control',
  ]),
  entry('air-defence-system', 'أنظمة دفاع جوي', 'air-defence systems', DEFENCE, 'air-defence', true, [
    'نظام دفاع جوي',
    'منظومة دفاع جوي',
    'منظومات دفاع جوي',
    'دفاعات جوية',
    'نظام صاروخي مضاد للطائرات',
    'صواريخ أرض جو',
    'صواريخ مضادة للطائرات',
    'air defence system',
    'air defense system',
    'air defence systems',
    'air defense systems',
    'air defences',
    'air defenses',
    'surface to air missiles',
    'anti aircraft missiles',
    'anti aircraft missile system',
    'SAMs',
  ]),
  entry('missile-system', 'أنظمة صاروخية', 'missile systems', DEFENCE, 'air-defence', true, [
    'نظام صاروخي',
    'منظومة صاروخية',
    'منظومات صاروخية',
    'missile system',
    'missile systems',
  ]),
  entry('sa-22', 'إس إيه-22 (بانتسير)', 'SA-22 (Pantsir-S1)', DEFENCE, 'air-defence', false, [
    'إس.إيه22',
    'اس ايه 22',
    'إس إيه 22',
    'بانتسير',
    'SA 22',
    'SA22',
    'Pantsir',
    'Pantsir S1',
  ]),
  entry('s-300', 'إس-300', 'S-300', DEFENCE, 'air-defence', false, [
    'اس 300',
    'إس 300',
    'S 300',
    'S300',
    'S 300s',
  ]),
  entry('s-400', 'إس-400', 'S-400', DEFENCE, 'air-defence', false, [
    'اس 400',
    'إس 400',
    'S 400',
    'S400',
    'S 400s',
  ]),
  entry('buk', 'بوك', 'Buk', DEFENCE, 'air-defence', false, ['SA 17', 'Buk M2']),
  entry('anti-tank-missile', 'صواريخ مضادة للدروع', 'anti-tank missiles', ['weapons'], 'other', false, [
    'صواريخ مضادة للدبابات',
    'مضادة للدروع',
    'تاو',
    'anti tank missiles',
    'anti tank missile',
    'anti tank weapons',
    'TOW missiles',
  ]),
  entry('warship', 'سفن حربية', 'warships', NAVAL, 'ship', true, [
    'سفينة حربية',
    'بارجة',
    'بوارج',
    'فرقاطة',
    'مدمرة',
    'warship',
    'frigate',
    'destroyer',
    'cruiser',
  ]),
  entry('landing-ship', 'سفينة إنزال', 'landing ship', NAVAL, 'ship', false, [
    'سفن إنزال',
    'landing ships',
    'landing craft',
  ]),
  entry('submarine', 'غواصة', 'submarine', NAVAL, 'ship', false, ['غواصات', 'submarines']),
  entry('kalibr', 'صواريخ كاليبر', 'Kalibr cruise missiles', NAVAL, 'other', false, [
    'كاليبر',
    'Kalibr',
    'cruise missiles',
  ]),
];
