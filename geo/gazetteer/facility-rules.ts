/**
 * The facilities news names after their town, and the words that name a facility, by type: the data
 * the facility reader (resolve/facilities.ts) works from. Ids refer to geo/gazetteer entries; a test
 * checks each one exists.
 */
/** What a trigger word says a facility is. `base` is a base of any kind. */
export type FacilityType = 'air' | 'naval' | 'port' | 'base';

/** Words that name a facility, by type. Definite forms ("القاعدة الجوية", "the airfield") can refer back. */
export const TRIGGERS: Record<FacilityType, string[]> = {
  air: [
    'قاعدة جوية',
    'القاعدة الجوية',
    'قاعدة جوية عسكرية',
    'مطار',
    'المطار',
    'مطار عسكري',
    'المطار العسكري',
    'مهبط',
    'air base',
    'airbase',
    'airfield',
    'air field',
    'airport',
    'airstrip',
  ],
  naval: ['قاعدة بحرية', 'القاعدة البحرية', 'naval base', 'naval facility', 'naval station'],
  port: ['مرفأ', 'المرفأ', 'ميناء', 'الميناء', 'port', 'harbour', 'harbor'],
  base: ['قاعدة', 'القاعدة', 'قاعدة عسكرية', 'القاعدة العسكرية', 'base', 'military base'],
};

/** Which facility a trigger near a settlement means: `near` is a settlement id of the gazetteer. */
export interface FacilityRule {
  facility: string;
  near: string;
  answers: FacilityType[];
}

/** The facilities that news names after their town. Ids refer to geo/gazetteer entries. */
export const FACILITY_RULES: FacilityRule[] = [
  { facility: 'hmeimim-air-base', near: 'latakia', answers: ['air', 'base'] },
  { facility: 'latakia-port', near: 'latakia', answers: ['port', 'naval'] },
  { facility: 'tartus-naval-facility', near: 'tartus', answers: ['naval', 'port', 'base'] },
  { facility: 'damascus-airport', near: 'damascus', answers: ['air'] },
  { facility: 'aleppo-airport', near: 'aleppo', answers: ['air'] },
  { facility: 'sevastopol-naval-base', near: 'sevastopol', answers: ['naval', 'port', 'base'] },
  { facility: 'novorossiysk-naval-base', near: 'novorossiysk', answers: ['naval', 'port', 'base'] },
  { facility: 'mozdok-air-base', near: 'mozdok', answers: ['air', 'base'] },
  { facility: 'hamadan-air-base', near: 'hamadan', answers: ['air', 'base'] },
  { facility: 'deir-ez-zor-airport', near: 'deir-ez-zor', answers: ['air'] },
  { facility: 'qamishli-airport', near: 'qamishli', answers: ['air'] },
  { facility: 'palmyra-airport', near: 'palmyra', answers: ['air'] },
  { facility: 'baniyas-port', near: 'baniyas', answers: ['port'] },
  { facility: 'qayyarah-west-airfield', near: 'qayyarah', answers: ['air', 'base'] },
  { facility: 'erbil-airport', near: 'erbil', answers: ['air'] },
  { facility: 'baghdad-airport', near: 'baghdad', answers: ['air'] },
  { facility: 'kirkuk-air-base', near: 'kirkuk', answers: ['air'] },
  { facility: 'mosul-airport', near: 'mosul', answers: ['air'] },
  { facility: 'imam-ali-air-base', near: 'nasiriyah', answers: ['air'] },
  { facility: 'benina-airport', near: 'benghazi', answers: ['air'] },
  { facility: 'misrata-airport', near: 'misratah', answers: ['air'] },
  { facility: 'diyarbakir-air-base', near: 'diyarbakir', answers: ['air'] },
  { facility: 'malatya-erhac-air-base', near: 'malatya', answers: ['air'] },
  { facility: 'prince-sultan-air-base', near: 'al-kharj', answers: ['air', 'base'] },
  { facility: 'nsa-bahrain', near: 'manama', answers: ['naval'] },
  { facility: 'port-sudan-port', near: 'port-sudan', answers: ['port', 'naval'] },
  { facility: 'berbera-port', near: 'berbera', answers: ['port', 'naval'] },
  { facility: 'berbera-airport', near: 'berbera', answers: ['air', 'base'] },
  { facility: 'engels-air-base', near: 'engels', answers: ['air', 'base'] },
  { facility: 'saky-air-base', near: 'saky', answers: ['air', 'base'] },
  { facility: 'kerch-port', near: 'kerch', answers: ['port', 'naval'] },
  { facility: 'baltiysk-naval-base', near: 'baltiysk', answers: ['naval', 'port', 'base'] },
  { facility: 'severomorsk-naval-base', near: 'severomorsk', answers: ['naval', 'port', 'base'] },
  { facility: 'millerovo-air-base', near: 'millerovo', answers: ['air', 'base'] },
  { facility: 'morozovsk-air-base', near: 'morozovsk', answers: ['air', 'base'] },
  { facility: 'bandar-abbas-naval-base', near: 'bandar-abbas', answers: ['naval', 'base'] },
  { facility: 'shahid-rajaee-port', near: 'bandar-abbas', answers: ['port'] },
  { facility: 'chabahar-port', near: 'chabahar', answers: ['port'] },
  { facility: 'beirut-port', near: 'beirut', answers: ['port'] },
  { facility: 'beirut-airport', near: 'beirut', answers: ['air'] },
];
