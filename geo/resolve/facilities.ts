/**
 * Facility-level places read from their context: "قاعدة جوية متقدمة في اللاذقية", "مطار اللاذقية",
 * "قاعدة اللاذقية", "the airfield near Latakia", "Latakia airbase", and "القاعدة الجوية الموجودة بها"
 * (the air base of the place named just before) all mean the Hmeimim air base.
 */
import type { GazetteerEntry } from '../gazetteer/entry';
import type { NameMatch } from '../match/find-names';
import { createParticleMap, readingsOf } from '../match/particles';
import { normalizeName } from '../text/normalize';
import type { Token } from '../text/tokens';
import { sameClause } from '../text/tokens';

/** What a trigger word says a facility is. `base` is a base of any kind. */
export type FacilityType = 'air' | 'naval' | 'port' | 'base';

/** Words that name a facility, by type. Definite forms ("القاعدة الجوية", "the airfield") can refer back. */
const TRIGGERS: Record<FacilityType, string[]> = {
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

/** Most words allowed between a trigger and its place ("قاعدة جوية متقدمة في اللاذقية": two). */
const MAX_GAP = 3;
/** How far back, in words, a definite trigger looks for the place it refers to. */
const MAX_ANAPHORA_DISTANCE = 25;

interface Trigger {
  type: FacilityType;
  firstToken: number;
  endToken: number;
  /** Normalised start of the trigger's first word, after any particle. */
  start: number;
  end: number;
  definite: boolean;
}

/** A facility the context points to, replacing or joining the name matches. */
export interface FacilityMatch {
  start: number;
  end: number;
  firstToken: number;
  endToken: number;
  entry: GazetteerEntry;
  confidence: number;
  reason: string;
  /** The settlement match it absorbed, if the facility phrase contains the town's name. */
  absorbed: NameMatch | null;
}

interface TriggerWords {
  type: FacilityType;
  words: string[];
}

/** Triggers by their first normalised word, longest first, so "قاعدة جوية" wins over "قاعدة". */
const TRIGGERS_BY_FIRST_WORD = new Map<string, TriggerWords[]>();
for (const [type, phrases] of Object.entries(TRIGGERS)) {
  for (const phrase of phrases) {
    const words = normalizeName(phrase).split(' ');
    const list = TRIGGERS_BY_FIRST_WORD.get(words[0]!) ?? [];
    list.push({ type: type as FacilityType, words });
    list.sort((a, b) => b.words.length - a.words.length);
    TRIGGERS_BY_FIRST_WORD.set(words[0]!, list);
  }
}
const TRIGGER_FIRST_WORDS = createParticleMap(TRIGGERS_BY_FIRST_WORD.keys());

function findTriggers(tokens: readonly Token[], taken: Uint8Array): Trigger[] {
  const triggers: Trigger[] = [];
  for (let i = 0; i < tokens.length; i++) {
    if (taken[i]) continue;
    const token = tokens[i]!;
    for (const stem of readingsOf(token.text, TRIGGER_FIRST_WORDS)) {
      const hit = TRIGGERS_BY_FIRST_WORD.get(stem.text)?.find((t) =>
        t.words.every((w, k) => k === 0 || tokens[i + k]?.text === w),
      );
      if (!hit) continue;
      const endToken = i + hit.words.length;
      triggers.push({
        type: hit.type,
        firstToken: i,
        endToken,
        start: token.start + stem.cut,
        end: tokens[endToken - 1]!.end,
        definite: stem.text.startsWith('ال') || (i > 0 && tokens[i - 1]!.text === 'the'),
      });
      i = endToken - 1;
      break;
    }
  }
  return triggers;
}

/**
 * Reads facility phrases around the name matches. Returns the facilities found; each absorbed
 * settlement match is then no longer a mention of the town itself.
 */
export function findFacilities(
  normalized: string,
  tokens: readonly Token[],
  matches: readonly NameMatch[],
  entriesById: ReadonlyMap<string, GazetteerEntry>,
): FacilityMatch[] {
  const taken = new Uint8Array(tokens.length);
  for (const m of matches) taken.fill(1, m.firstToken, m.endToken);
  const facilityFor = (m: NameMatch, type: FacilityType): GazetteerEntry | undefined => {
    for (const record of m.records) {
      const rule = FACILITY_RULES.find((r) => r.near === record.entry.id && r.answers.includes(type));
      const entry = rule && entriesById.get(rule.facility);
      if (entry) return entry;
    }
    return undefined;
  };
  const found: FacilityMatch[] = [];
  const absorbed = new Set<NameMatch>();
  for (const trigger of findTriggers(tokens, taken)) {
    // Arabic and "the airfield near Latakia": the place follows the trigger.
    const after = matches.find(
      (m) =>
        !absorbed.has(m) &&
        m.firstToken >= trigger.endToken &&
        m.firstToken - trigger.endToken <= MAX_GAP &&
        sameClause(normalized, trigger.end, m.start),
    );
    const afterEntry = after && facilityFor(after, trigger.type);
    if (after && afterEntry) {
      absorbed.add(after);
      found.push({
        start: trigger.start,
        end: after.end,
        firstToken: trigger.firstToken,
        endToken: after.endToken,
        entry: afterEntry,
        confidence: 0.9,
        reason: `${trigger.type} facility named with ${after.records[0]!.entry.name.en}`,
        absorbed: after,
      });
      continue;
    }
    // English "Latakia airbase", "Latakia's airport": the place comes just before.
    const before = matches.find(
      (m) =>
        !absorbed.has(m) &&
        m.endToken <= trigger.firstToken &&
        trigger.firstToken - m.endToken <= (tokens[m.endToken]?.text === 's' ? 1 : 0) &&
        sameClause(normalized, m.end, trigger.start),
    );
    const beforeEntry = before && facilityFor(before, trigger.type);
    if (before && beforeEntry) {
      absorbed.add(before);
      found.push({
        start: before.start,
        end: trigger.end,
        firstToken: before.firstToken,
        endToken: trigger.endToken,
        entry: beforeEntry,
        confidence: 0.9,
        reason: `${trigger.type} facility named with ${before.records[0]!.entry.name.en}`,
        absorbed: before,
      });
      continue;
    }
    if (!trigger.definite) continue;
    // "القاعدة الجوية الموجودة بها": the base of the place named shortly before, in the same sentence.
    const antecedent = [...matches]
      .reverse()
      .find(
        (m) =>
          m.endToken <= trigger.firstToken &&
          trigger.firstToken - m.endToken <= MAX_ANAPHORA_DISTANCE &&
          sameClause(normalized, m.end, trigger.start) &&
          facilityFor(m, trigger.type),
      );
    const antecedentEntry = antecedent && facilityFor(antecedent, trigger.type);
    if (antecedent && antecedentEntry) {
      found.push({
        start: trigger.start,
        end: trigger.end,
        firstToken: trigger.firstToken,
        endToken: trigger.endToken,
        entry: antecedentEntry,
        confidence: 0.75,
        reason: `the ${trigger.type} facility of ${antecedent.records[0]!.entry.name.en}, named earlier in the sentence`,
        absorbed: null,
      });
    }
  }
  return found;
}
