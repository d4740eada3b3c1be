/**
 * Whose word a clause is. The side whose forces act, announcing or confirming what they did ("أعلنت
 * وزارة الدفاع الروسية أن وحدات من الشرطة العسكرية الروسية انتشرت", "Mali's army announced that its
 * troops…"), gives it as `confirmed`; anyone else who asserts it, confirms it or reports it gives it as
 * `reported` ("تؤكد واشنطن" that Russia sent…). The words are data (lexicon/claims/stance.json, `ownWord`).
 */
import type { Source } from '../contract';
import { CLAIMANTS, STANCE_WORDS } from '../lexicon/lexicon';
import { tokenAt, type Reading } from '../text/reading';
import type { ArticleMention } from './mentions';
import { lexicon } from './lexicon-index';
import { createPhraseIndex, findPhrases, readings, type PhraseIndex } from './phrases';
import { CAPITAL_GOVERNMENTS, nationalityOf, sourceNounOf, titled } from './source-words';

const {
  announcements,
  selfReferences,
  possessives,
  attachedPossessives,
  pronouns,
  auxiliaries,
  perceptions,
  governedBy,
  passives,
  missions,
} = STANCE_WORDS.ownWord;
/** The member states of each alliance that speaks, by its id. */
const ALLIES: ReadonlyMap<string, ReadonlySet<string>> = new Map(
  CLAIMANTS.institutions.entries.flatMap((e) => (e.members ? [[e.id, new Set(e.members)] as const] : [])),
);
const NO_ALLIES: ReadonlySet<string> = new Set();
const MISSION_SPEAKERS = createPhraseIndex([...missions.speakers].map((w) => [w, true] as const));
const MISSION_FORCES = createPhraseIndex([...missions.forces].map((w) => [w, true] as const));
/** Activity kinds of a unit or its equipment, which a possessive makes the speaker's own ("its fleet"). */
export const UNIT_KINDS: ReadonlySet<string> = new Set(['ground', 'naval', 'air', 'air-defence']);
/** How many words a possessive may stand before its unit ("its Black Sea Fleet"). */
const POSSESSIVE_REACH = 3;
const ANNOUNCEMENTS = createPhraseIndex(
  [...announcements].map((w) => [w, true] as const),
  true,
);
const AGENT_MARKERS = createPhraseIndex([...passives.agentMarkers].map((w) => [w, true] as const));
/** How many words after a passive's marker its agent may begin ("by two Norwegian F-35 fighters"). */
const PASSIVE_AGENT_REACH = 3;
const SELF = createPhraseIndex([...selfReferences].map((w) => [w, true] as const));
const PRONOUNS = createPhraseIndex([...pronouns].map((w) => [w, true] as const));
const PERCEPTIONS = createPhraseIndex(
  [...perceptions].map((w) => [w, true] as const),
  true,
);
/** How many words after the main event an agent or a self-reference may still stand ("انتشرت قواتها"). */
const AGENT_WINDOW = 3;
/** Words shorter than this are particles, never the name a speaker and its forces share ("التحالف"). */
const NAME_WORD_MIN = 4;

export interface OwnWordScene {
  claimant: Source | null;
  firstToken: number;
  endToken: number;
  /** The clause's main event (its first activity word), or its end. */
  main: number;
  /** The clause's mentions of places that act, speak or are addressed (role `actor`). */
  actors: readonly ArticleMention[];
  /** Token ranges that name sources: no agent there. */
  excluded: readonly [number, number][];
  /** The clause confirms talks, visits or calls, and nothing else. */
  confirmedTalks: boolean;
  /** The claimant is an armed service or a command: with no agent named, the unit that acts is its own. */
  military?: boolean;
}

/** Words after which a capital is the subject of what is said ("said that Kigali had…", "إن موسكو"). */
const COMPLEMENTISERS = new Set(['that', 'إن', 'أن', 'ان', 'بأن']);

/** An agent the speaker names as itself ("قواتها", "إننا", "its troops"). */
const SELF_AGENT = 'self';

/** True when the clause is its claimant's word about its own side's action. */
export function isOwnWord(at: Reading, scene: OwnWordScene): boolean {
  const { claimant } = scene;
  if (!claimant) return false;
  // The agent stands after its speaker ("قالت X إن قواتها…"), or before one named last ("…, Lavrov said").
  const claimantStart = tokenAt(at, claimant.start);
  const claimantEnd = tokenAt(at, claimant.end - 1) + 1;
  const trailing = claimantStart > scene.main || claimantEnd > scene.endToken;
  const from = trailing ? scene.firstToken : Math.max(scene.firstToken, claimantEnd);
  // Everyone named in talks takes part, wherever in the clause.
  const to = scene.confirmedTalks ? scene.endToken : Math.min(scene.endToken, scene.main + AGENT_WINDOW + 1);
  const inSource = (i: number) => scene.excluded.some(([a, b]) => i >= a && i < b);
  const agents = passiveAgent(at, scene, inSource) ?? agentsOf(at, scene, from, to, inSource);
  // The first agent acts; in talks and visits every party named takes part.
  const acting = scene.confirmedTalks ? agents : agents.slice(0, 1);
  const allies = alliesOf(claimant);
  if (
    acting.some(
      (party) => party === SELF_AGENT || (party !== null && (party === claimant.party || allies.has(party))),
    )
  )
    return true;
  if (agents.length > 0) return false;
  if (scene.military || sharesName(at, claimant, from, to, inSource)) return true;
  return findPhrases(at.tokens, ANNOUNCEMENTS, scene.firstToken, scene.main + 1).length > 0;
}

/**
 * The agents the clause names, in order, by the party they belong to: the speaker itself ("قواتها",
 * "its troops"), a state by a nationality ("القوات الروسية") or a country ("روسيا نقلت"), a person or an
 * institution of the claimants' lexicon ("Putin"); null for one of no known party.
 */
function agentsOf(
  at: Reading,
  scene: OwnWordScene,
  from: number,
  to: number,
  inSource: (i: number) => boolean,
): (string | null)[] {
  const self = new Set(selfReferencesIn(at, from, to));
  const subject = pronounSubject(at, scene.main, from);
  if (subject !== null) self.add(subject);
  // "UN peacekeepers withdrew …, a spokesman for the mission said": a mission's own forces.
  const missionForces = speaksForMission(at, scene.claimant)
    ? findPhrases(at.tokens, MISSION_FORCES, from, to)
    : [];
  const ownForces = new Map(missionForces.map((m) => [m.firstToken, m.endToken]));
  const named = new Map(
    findPhrases(at.tokens, lexicon().sources, from, to)
      .filter((m) => m.value.kind !== 'agency')
      .map((m) => [m.firstToken, m.value.party] as const),
  );
  // The complementiser that carries the subject ("إنها") may open the clause, just before its words.
  const agents: (string | null)[] = subject !== null && subject < from ? [SELF_AGENT] : [];
  for (let i = from; i < to; i++) {
    if (inSource(i)) continue;
    if (ownForces.has(i)) {
      agents.push(SELF_AGENT);
      i = ownForces.get(i)! - 1;
      continue;
    }
    // "روسيا نقلت", "said that Kigali had reinforced": a country, or a capital that opens what is said.
    // Not one after a preposition: "سفيرها لدى الجزائر" is to whom, "from Iraq" where.
    if (governedPlace(at, scene, i)) continue;
    const mention = scene.actors.find(
      (m) =>
        m.firstToken === i &&
        (m.kind === 'country' ||
          (m.placeId in CAPITAL_GOVERNMENTS && COMPLEMENTISERS.has(at.tokens[i - 1]?.text ?? ''))),
    );
    // A group of no state ("قوات الدعم السريع", party null) is an agent too, not the speaker's own.
    const party = self.has(i)
      ? SELF_AGENT
      : (mention?.iso2 ?? (named.has(i) ? named.get(i) : nationalityOf(at.tokens[i]!.text)?.party));
    if (party !== undefined) agents.push(party);
  }
  return agents;
}

/**
 * The agent of a passive main event, named after its marker ("were intercepted by Norwegian fighters",
 * "من قبل مقاتلات نرويجية"), as the one agent that acts; undefined when the clause names none. An English
 * "by" is a marker only two or three words after a form of "be", where the participle stands between
 * them ("were intercepted by", "were quickly intercepted by"; not "sent by sea").
 */
function passiveAgent(
  at: Reading,
  scene: OwnWordScene,
  inSource: (i: number) => boolean,
): (string | null)[] | undefined {
  for (const m of findPhrases(at.tokens, AGENT_MARKERS, scene.firstToken, scene.endToken)) {
    if (inSource(m.firstToken)) continue;
    const english = at.tokens[m.firstToken]!.text === 'by';
    const be = (i: number) => passives.be.has(at.tokens[i]?.text.toLowerCase() ?? '');
    if (english && !(be(m.firstToken - 2) || be(m.firstToken - 3))) continue;
    const end = Math.min(scene.endToken, m.endToken + PASSIVE_AGENT_REACH);
    const [agent] = agentsOf(at, { ...scene, main: m.endToken }, m.endToken, end, inSource);
    if (agent !== undefined) return [agent];
  }
  return undefined;
}

/** True when a place the clause names begins at token `i`, right after a preposition ("لدى الجزائر", "to Algeria"). */
function governedPlace(at: Reading, scene: OwnWordScene, i: number): boolean {
  return (
    scene.actors.some((m) => m.firstToken === i) &&
    readings(at.tokens[i - 1]?.text ?? '').some((r) => governedBy.has(r))
  );
}

/** The member states of an alliance that speaks ("NATO said Italian troops…"): their forces are its own. */
function alliesOf(claimant: Source): ReadonlySet<string> {
  return (claimant.id && ALLIES.get(claimant.id)) || NO_ALLIES;
}

/** A speaker of no state whose words name the UN or one of its missions ("a spokesman for the mission"). */
function speaksForMission(at: Reading, claimant: Source | null): boolean {
  if (!claimant || claimant.party !== null) return false;
  const first = tokenAt(at, claimant.start);
  const end = tokenAt(at, claimant.end - 1) + 1;
  return findPhrases(at.tokens, MISSION_SPEAKERS, first, end).length > 0;
}

/** Where tokens `[from, to)` name forces as their speaker's or agent's own ("قواتها", "its Black Sea Fleet"). */
export function selfReferencesIn(at: Reading, from: number, to: number): number[] {
  return [...findPhrases(at.tokens, SELF, from, to).map((m) => m.firstToken), ...ownUnits(at, from, to)];
}

/**
 * Units and equipment the speaker calls its own: after a possessive ("its Black Sea Fleet", "their
 * jets"), or with an attached one ("أسطولها", "سفنها", "طائراته").
 */
function ownUnits(at: Reading, from: number, to: number): number[] {
  const units = [
    ...findPhrases(at.tokens, lexicon().activities, from, to).filter((m) =>
      m.value.some((k) => UNIT_KINDS.has(k)),
    ),
    ...findPhrases(at.tokens, lexicon().equipment, from, to),
  ].map((m) => m.firstToken);
  const own: number[] = [];
  for (let i = from; i < to; i++) {
    if (possessives.has(at.tokens[i]!.text)) {
      const unit = units.find((u) => u > i && u <= i + POSSESSIVE_REACH);
      if (unit !== undefined) own.push(i);
    } else if (units.includes(i) && hasAttachedPossessive(at.tokens[i]!.text)) own.push(i);
  }
  return own;
}

/** "أسطولها", "طائراته": a word that carries "its", "their", "our" and still reads as a unit without it. */
function hasAttachedPossessive(word: string): boolean {
  const forms = readings(word);
  if (word.endsWith('اته') && forms.includes(word.slice(0, -1))) return true;
  return attachedPossessives.some((p) => word.endsWith(p) && forms.includes(word.slice(0, -p.length)));
}

/**
 * "said it had struck", "أعلنت أنها أسقطت", "قالت إنها استهدفت": the subject pronoun of the main event, or
 * null. It stands right before the event, past auxiliaries, or before the event's verb ("إنها نقلت كتيبة",
 * "أنها أجرت مناورات"), not a verb of seeing ("إنها رصدت طائرات": what it saw is another's) nor one of
 * guessing or denying ("إنها تعتقد"). An Arabic complementiser that carries it opens the clause, so it may
 * stand just before the clause's first word.
 */
export function pronounSubject(at: Reading, main: number, from: number): number | null {
  let i = main - 1;
  while (i >= from && auxiliaries.has(at.tokens[i]!.text)) i--;
  if (i >= from - 1 && isPronoun(at, i)) return i;
  const verb = i;
  if (verb - 1 < Math.max(0, from - 1) || verb >= at.tokens.length) return null;
  const cue = (index: PhraseIndex<unknown>) => findPhrases(at.tokens, index, verb, verb + 1).length > 0;
  const seesOrGuesses = cue(PERCEPTIONS) || cue(lexicon().stance);
  return !seesOrGuesses && isPronoun(at, verb - 1) ? verb - 1 : null;
}

function isPronoun(at: Reading, i: number): boolean {
  return i >= 0 && findPhrases(at.tokens, PRONOUNS, i, i + 1).some((m) => m.endToken === i + 1);
}

/** "المتحدث باسم التحالف … أن قوات التحالف": the speaker's name and the agent's share a word. */
function sharesName(
  at: Reading,
  claimant: Source,
  from: number,
  to: number,
  inSource: (i: number) => boolean,
): boolean {
  const own = new Set<string>();
  for (let i = tokenAt(at, claimant.start); i < at.tokens.length && at.origStart[i]! < claimant.end; i++) {
    const word = at.tokens[i]!.text;
    if (word.length < NAME_WORD_MIN || titled(word) || sourceNounOf(word) || nationalityOf(word)) continue;
    for (const r of readings(word)) own.add(r);
  }
  for (let i = from; i < to; i++)
    if (!inSource(i) && readings(at.tokens[i]!.text).some((r) => own.has(r))) return true;
  return false;
}
