/**
 * What each place mention is to its clause (the vocabulary is in the contract, PLACE_ROLES):
 * - `site`: a military facility, or a place after "in / to / near" in a clause about military activity;
 * - `venue`: a place after "in / to" beside a summit, talks or a visit ("قمة أمنية في طاجيكستان", "وصل
 *   إلى لندن لإجراء محادثات"), or a summit named after it ("قمة دوشانبي");
 * - `actor`: a state, capital or institution that speaks, acts, is addressed or takes part;
 * - `context`: the rest (a comparison, a topic, where a source sits).
 * Actors and context stay in the data; the map shows sites and venues.
 */
import type { ActivityKind, PlaceRole } from '../contract';
import { withoutConjunction } from '../text/particles';
import type { Reading } from '../text/reading';
import { CLAIMANTS, ROLE_WORDS } from '../lexicon/lexicon';
import type { ArticleMention } from './mentions';
import { readings } from './phrases';
import { isOutOf, pastEachOf } from './prepositions';
import { CAPITAL_GOVERNMENTS, nationalityOf } from './source-words';

export interface RoleScene {
  /** Activity kinds of the clause. */
  kinds: ReadonlySet<ActivityKind>;
  /** Token indices of diplomatic event words (summit, talks, met, visit…) in the clause. */
  events: readonly number[];
  /** Token ranges that name the clause's sources. */
  sources: readonly [number, number][];
  /** The clause speaks of shooting down or intercepting: a place "over" which it happened is its site. */
  pinpointed?: boolean;
  /** Last tokens of the clause's verbs of striking ("قصفت", "shelled"): the place they govern is hit. */
  strikeEnds?: readonly number[];
  /** Last tokens of its words of combat of every kind: "on / على" after one names the target. */
  combatEnds?: readonly number[];
  firstToken: number;
}

const {
  objectBreaks: OBJECT_BREAKS,
  locative: LOCATIVE,
  topical: TOPICAL,
  placeNouns: PLACE_NOUNS,
  references: REFERENCES,
  directions: DIRECTIONS,
  statementVerbs: STATEMENT_VERBS,
  overs: OVERS,
  targets: TARGETS,
  around: AROUND,
  borders: BORDERS,
} = ROLE_WORDS;
const institutionIds = new Set(CLAIMANTS.institutions.entries.map((i) => i.id));
/** What `prepositionBefore` gives for "the border with": the place after is a landmark. */
const NEIGHBOUR = 'border with';
/** Prepositions that, between two places, say where the first lies ("Incirlik in Turkey"). */
const LOCATING: ReadonlySet<string> = new Set(ROLE_WORDS.locating);
/** How far before a "في" a summit or talks may stand and still be held there. */
const EVENT_REACH = 6;

export function roleOf(at: Reading, m: ArticleMention, scene: RoleScene): PlaceRole {
  const prep = prepositionBefore(at, m, scene.firstToken);
  const inside = prep.word === 'في' || prep.word === 'in';
  const stateLike = m.kind === 'country' || m.placeId in CAPITAL_GOVERNMENTS || institutionIds.has(m.placeId);
  if (scene.sources.some(([a, b]) => m.firstToken >= a && m.firstToken < b))
    return stateLike && !inside ? 'actor' : 'context';
  if (prep.word === NEIGHBOUR) return 'context';
  // "said in Moscow", "قال في موسكو": where the words were spoken.
  if (inside && readings(at.tokens[prep.at - 1]?.text ?? '').some((r) => STATEMENT_VERBS.has(r)))
    return 'context';
  const military = [...scene.kinds].some((k) => k !== 'diplomacy');
  const diplomatic = scene.kinds.has('diplomacy');
  // "قمة دوشانبي", "the Dushanbe summit": a meeting named after its place.
  const named = scene.events.includes(m.firstToken - 1) || scene.events.includes(m.endToken);
  // "محادثات بشأن الصراع في سورية": the talks are about the place, not held there.
  const eventBefore = scene.events.some(
    (e) => e < prep.at && prep.at - e <= EVENT_REACH && !topicalBetween(at, e, prep.at),
  );
  // "قصفت حلب", "shelled Kherson", "غارات على الحديدة": the target of a strike. Not a state: after an
  // Arabic verb it is the subject ("قصفت روسيا حلب"), and "an attack on Russia" is on no one place.
  if (military && !stateLike && isTarget(at, m, prep, scene)) return 'site';
  if (institutionIds.has(m.placeId)) return inside && diplomatic ? 'venue' : 'actor';
  const townLike = m.kind === 'settlement' || m.kind === 'facility';
  // A sea or a strait in a clause about ships is where they are, whatever the grammar ("عبرت مضيق البسفور").
  if (m.kind === 'water' && scene.kinds.has('naval')) return 'site';
  if (LOCATIVE.has(prep.word) || (military && !diplomatic && AROUND.has(prep.word))) {
    // A minister's trip "to London" needs no talks nearby to make London a venue; "in Moscow" does.
    const trip = !military && townLike && !inside;
    if (diplomatic && (eventBefore || named || trip)) return 'venue';
    return military ? 'site' : 'context';
  }
  // "أسقطت طائرتين فوق بيلغورود", "shot down a drone over Kharkiv": where it was downed.
  if (scene.pinpointed && OVERS.has(prep.word)) return 'site';
  if (m.kind === 'facility') return 'site';
  if (diplomatic && named && townLike) return 'venue';
  if (TOPICAL.has(prep.word)) return 'context';
  return stateLike ? 'actor' : 'context';
}

/** How far before its object a verb of striking may stand: past its subject ("هاجمت قوات الدعم السريع الفاشر"). */
const STRIKE_REACH = 6;

/**
 * Whether `m` is what a strike hits: the object of a verb of striking, right after it or after its
 * subject with no preposition between, or the place after "on / على" after a word of combat.
 */
function isTarget(
  at: Reading,
  m: ArticleMention,
  prep: { word: string; at: number },
  scene: RoleScene,
): boolean {
  if (readings(prep.word).some((r) => TARGETS.has(r)))
    return scene.combatEnds?.includes(prep.at - 1) ?? false;
  const floor = Math.max(scene.firstToken, m.firstToken - STRIKE_REACH);
  for (let k = m.firstToken - 1; k >= floor; k--) {
    if (scene.strikeEnds?.includes(k)) return true;
    if (readings(at.tokens[k]!.text).some((r) => LOCATIVE.has(r) || TOPICAL.has(r) || OBJECT_BREAKS.has(r)))
      return false;
  }
  return false;
}

/** Roles of a clause's mentions: "سوريا والعراق" share one role, the first one's. */
export function rolesOf(at: Reading, mentions: readonly ArticleMention[], scene: RoleScene): PlaceRole[] {
  const roles: PlaceRole[] = [];
  mentions.forEach((m, k) => {
    const previous = mentions[k - 1];
    const joined = previous && isJoinedTo(at, m, previous);
    const role = joined ? roles[k - 1]! : roleOf(at, m, scene);
    roles.push(role === 'site' && previous && locates(at, m, previous, scene.firstToken) ? 'context' : role);
  });
  return roles;
}

/** How specific a kind of place is: a wider place can say where a narrower one lies. */
const NARROWNESS: Readonly<Record<string, number>> = { facility: 0, settlement: 1, region: 2, country: 3 };

/**
 * "from Incirlik in southern Turkey", "قاعدة حميميم في ريف اللاذقية": a wider place right after a narrower
 * one and "in / near" says where that one lies; the event is at the narrower place, the wider is context.
 */
function locates(at: Reading, m: ArticleMention, previous: ArticleMention, floor: number): boolean {
  const wider = NARROWNESS[m.kind];
  const narrower = NARROWNESS[previous.kind];
  if (wider === undefined || narrower === undefined || wider <= narrower) return false;
  const prep = prepositionBefore(at, m, floor);
  return prep.at === previous.endToken && LOCATING.has(prep.word);
}

/** "سوريا والعراق", "Syria and Iraq": a mention joined to the one just before it by "and". */
function isJoinedTo(at: Reading, m: ArticleMention, previous: ArticleMention): boolean {
  const between = at.text.slice(previous.end, m.start);
  return /^\s*(و|and\s+)$/.test(between);
}

/** "talks on ending the war in Syria": words that make what follows the topic of the talks. */
const TOPIC_OPENERS = new Set([...TOPICAL, ...ROLE_WORDS.topicOpeners]);

function topicalBetween(at: Reading, from: number, to: number): boolean {
  for (let k = from + 1; k < to; k++)
    if (readings(at.tokens[k]!.text).some((r) => TOPIC_OPENERS.has(r))) return true;
  return false;
}

/**
 * The preposition that governs a mention: the word before it, past place nouns and adjectives ("إلى
 * محيط منطقة اللاذقية", "الى العاصمة البريطانية لندن"), or a particle written onto it ("بسورية").
 */
function prepositionBefore(at: Reading, m: ArticleMention, floor: number): { word: string; at: number } {
  const attached = withoutConjunction(at.text.slice(at.origStart[m.firstToken], m.start));
  if (attached === 'ب') return { word: 'في', at: m.firstToken };
  if (attached === 'ل') return { word: 'ل', at: m.firstToken };
  let k = pastEachOf(at, m.firstToken - 1);
  while (k > floor && m.firstToken - k < 4 && isPlaceWord(at.tokens[k]!.text) && !isOutOf(at, k)) k--;
  if (k < floor) return { word: '', at: m.firstToken };
  const word = at.tokens[k]!.text;
  // "قرب الحدود مع مالي", "near the border with Guyana": the neighbour, a landmark, not a partner.
  if (
    (word === 'مع' || word === 'with') &&
    readings(at.tokens[k - 1]?.text ?? '').some((r) => BORDERS.has(r))
  )
    return { word: NEIGHBOUR, at: k };
  // "east of the Euphrates": a direction and "of" place what follows.
  if (word === 'of' && DIRECTIONS.has(at.tokens[k - 1]?.text ?? '')) return { word: 'in', at: k };
  if (isOutOf(at, k)) return { word: 'from', at: k - 1 };
  const bare = readings(word).find((r) => LOCATIVE.has(r) || TOPICAL.has(r));
  // "في إشارة إلى دمشق", "hinting at Washington": a reference, not a direction.
  if (bare === 'الي' && REFERENCES.has(at.tokens[k - 1]?.text ?? '')) return { word: 'reference', at: k };
  return { word: bare ?? word, at: k };
}

function isPlaceWord(word: string): boolean {
  return readings(word).some((r) => PLACE_NOUNS.has(r)) || nationalityOf(word) !== undefined;
}
