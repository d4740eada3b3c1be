/**
 * Facility-level places read from their context: "قاعدة جوية متقدمة في اللاذقية", "مطار اللاذقية",
 * "قاعدة اللاذقية", "the airfield near Latakia", "Latakia airbase", and "القاعدة الجوية الموجودة بها"
 * (the air base of the place named just before) all mean the Hmeimim air base. The trigger words are
 * data (lexicon/facility-triggers.json), and so are the rules that say which facility a town's trigger
 * means (gazetteer/facility-rules.json, carried by the gazetteer).
 */
import type { GazetteerEntry } from '../gazetteer/entry';
import type { Gazetteer } from '../match/gazetteer';
import { FACILITY_TRIGGERS } from '../lexicon/lexicon';
import { FACILITY_TYPES, type FacilityType } from '../lexicon/schema';
import type { NameMatch } from '../match/find-names';
import { createParticleMap, readingsOf } from '../text/particles';
import type { Token } from '../text/tokens';
import { sameClause } from '../text/tokens';

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
for (const type of FACILITY_TYPES) {
  for (const phrase of FACILITY_TRIGGERS[type]) {
    const words = phrase.split(' ');
    const list = TRIGGERS_BY_FIRST_WORD.get(words[0]!) ?? [];
    list.push({ type, words });
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
    const stems = readingsOf(token.text, TRIGGER_FIRST_WORDS);
    // By index: most words have no reading, and an iterator would be made for each.
    for (let s = 0; s < stems.length; s++) {
      const stem = stems[s]!;
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
 * Reads facility phrases around the name matches, with the gazetteer's entries and facility rules.
 * Returns the facilities found; each absorbed settlement match is then no longer a mention of the town.
 */
export function findFacilities(
  normalized: string,
  tokens: readonly Token[],
  matches: readonly NameMatch[],
  gazetteer: Pick<Gazetteer, 'byId' | 'facilityRules'>,
): FacilityMatch[] {
  const taken = new Uint8Array(tokens.length);
  for (const m of matches) taken.fill(1, m.firstToken, m.endToken);
  const facilityFor = (m: NameMatch, type: FacilityType): GazetteerEntry | undefined => {
    for (const record of m.records) {
      const rule = gazetteer.facilityRules.find(
        (r) => r.near === record.entry.id && r.answers.includes(type),
      );
      const entry = rule && gazetteer.byId.get(rule.facility);
      if (entry) return entry;
    }
    return undefined;
  };
  /** The facility phrase of a trigger and the town beside it, when a rule names the town's facility. */
  const namedTown = (trigger: Trigger, town: NameMatch | undefined, side: 'before' | 'after') => {
    const entry = town && facilityFor(town, trigger.type);
    return town && entry ? namedWith(trigger, town, entry, side) : null;
  };
  const found: FacilityMatch[] = [];
  const absorbed = new Set<NameMatch>();
  for (const trigger of findTriggers(tokens, taken)) {
    const free = (m: NameMatch) => !absorbed.has(m);
    // Arabic and "the airfield near Latakia": the place follows the trigger.
    let after: NameMatch | undefined;
    for (let k = firstFrom(matches, (m) => m.firstToken, trigger.endToken); k < matches.length; k++) {
      const m = matches[k]!;
      if (m.firstToken - trigger.endToken > MAX_GAP) break;
      if (free(m) && sameClause(normalized, trigger.end, m.start)) {
        after = m;
        break;
      }
    }
    // English "Latakia airbase", "Latakia's airport": the place comes just before.
    let before: NameMatch | undefined;
    for (let k = firstFrom(matches, (m) => m.endToken, trigger.firstToken - 1); k < matches.length; k++) {
      const m = matches[k]!;
      if (m.endToken > trigger.firstToken) break;
      if (
        free(m) &&
        trigger.firstToken - m.endToken <= (tokens[m.endToken]?.text === 's' ? 1 : 0) &&
        sameClause(normalized, m.end, trigger.start)
      ) {
        before = m;
        break;
      }
    }
    const named = namedTown(trigger, after, 'after') ?? namedTown(trigger, before, 'before');
    if (named) {
      absorbed.add(named.absorbed!);
      found.push(named);
      continue;
    }
    if (!trigger.definite) continue;
    // "القاعدة الجوية الموجودة بها": the base of the place named shortly before, in the same sentence.
    let antecedent: NameMatch | undefined;
    for (let k = firstFrom(matches, (m) => m.endToken, trigger.firstToken + 1) - 1; k >= 0; k--) {
      const m = matches[k]!;
      if (trigger.firstToken - m.endToken > MAX_ANAPHORA_DISTANCE) break;
      if (sameClause(normalized, m.end, trigger.start) && facilityFor(m, trigger.type)) {
        antecedent = m;
        break;
      }
    }
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

/**
 * The index of the first of `matches` whose token index `at` gives is `token` or more. Matches come in
 * text order, so neither their first nor their last token ever goes back: a trigger reads only the
 * matches within its reach, not every match of a long text.
 */
function firstFrom(matches: readonly NameMatch[], at: (m: NameMatch) => number, token: number): number {
  let lo = 0;
  let hi = matches.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (at(matches[mid]!) < token) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** A facility phrase made of a trigger and its town's name, spanning both, which absorbs the town. */
function namedWith(
  trigger: Trigger,
  town: NameMatch,
  entry: GazetteerEntry,
  townIs: 'before' | 'after',
): FacilityMatch {
  const [first, last] = townIs === 'after' ? [trigger, town] : [town, trigger];
  return {
    start: first.start,
    end: last.end,
    firstToken: first.firstToken,
    endToken: last.endToken,
    entry,
    confidence: 0.9,
    reason: `${trigger.type} facility named with ${town.records[0]!.entry.name.en}`,
    absorbed: town,
  };
}
