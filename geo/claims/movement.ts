/**
 * Where a movement goes from and to, when the clause says: "بإرسال عتاد وجنود إلى اللاذقية" (to Latakia),
 * "حصل عليها من روسيا" (from Russia), and the state that sends when it is the clause's agent ("روسيا
 * نقلت أفراد…", "وتقول موسكو إنها أرسلت…"). Only for military activity: a minister's trip is a venue.
 */
import type { ActivityKind, ClaimPlace } from '../contract';
import { withoutConjunction } from '../text/particles';
import type { Reading } from '../text/reading';
import { isDateline, type ArticleMention } from './mentions';
import { createPhraseIndex, findPhrases, readings } from './phrases';
import { MOVEMENT_WORDS, STANCE_WORDS } from '../lexicon/lexicon';
import { lexicon } from './lexicon-index';
import { pronounSubject, selfReferencesIn, UNIT_KINDS } from './own-word';
import { isOutOf, pastEachOf } from './prepositions';
import { nationalityOf, sourceNounOf } from './source-words';

const {
  toward: TOWARD,
  departure: DEPARTURE,
  from: FROM,
  partner: PARTNER,
  between: BETWEEN,
  bordering: BORDERING,
  links: LINKS,
  self: SELF,
  governing: GOVERNING,
  requests: REQUESTS,
  withdrawal: WITHDRAWAL,
  arrival: ARRIVAL,
} = MOVEMENT_WORDS;
const POSSESSIVES = STANCE_WORDS.ownWord.possessives;
const WITHDRAWALS = createPhraseIndex([...WITHDRAWAL].map((w) => [w, true] as const));
const ARRIVALS = createPhraseIndex([...ARRIVAL.words].map((w) => [w, true] as const));
/** How many words after a word of arriving its "at / in" may stand ("arrived on Monday in Benghazi"). */
const ARRIVAL_REACH = 8;
/** How many words after a word of moving the forces it moves may be named ("تنقل واشنطن جزءا من جنودها"). */
const OWN_FORCES_REACH = 5;
const SPECIFIC: Record<string, number> = { facility: 0, settlement: 1, water: 2, region: 3, country: 4 };

export interface MovementScene {
  firstToken: number;
  endToken: number;
  kinds: ReadonlySet<ActivityKind>;
  /** The clause's mentions with their roles. */
  places: readonly (ClaimPlace & { mention: ArticleMention })[];
  /** Offsets of the words that name the clause's sources: no state there sends anything. */
  sourceSpans: readonly { start: number; end: number }[];
  /** The mention that names the claimant, if a state speaks ("وتقول موسكو"), and the token after its name. */
  claimantMention: ArticleMention | null;
  afterClaimant: number;
}

export interface Movement {
  from: string | null;
  to: string | null;
  /** The origin when the text names it as one ("from Tehran", "left Sevastopol"), not inferred from the sender. */
  origin: string | null;
}

export function movementOf(at: Reading, scene: MovementScene): Movement {
  const none = { from: null, to: null, origin: null };
  if (![...scene.kinds].some((k) => k !== 'diplomacy')) return none;
  // "نقلت وكالة رويترز", "صورة نشرتها الوكالة": a report, not a transfer or a deployment.
  const reported = (m: { endToken: number }) =>
    sourceNounOf(at.tokens[m.endToken]?.text ?? '')?.noun.kind === 'media' ||
    findPhrases(at.tokens, lexicon().sources, m.endToken, m.endToken + 3).some(
      (s) => s.firstToken === m.endToken && s.value.kind === 'agency',
    );
  const motion = findPhrases(at.tokens, lexicon().motion, scene.firstToken, scene.endToken).find(
    (m) => !reported(m),
  );
  if (!motion) return none;
  const after = scene.places.filter((p) => p.mention.firstToken >= motion.endToken);
  const sites = scene.places.filter((p) => p.role === 'site');
  // "landed at al-Jufra", "انتشرت في غاو": after a word of arriving, "at / in" names where it goes.
  const arriving = findPhrases(at.tokens, ARRIVALS, scene.firstToken, scene.endToken)
    .filter((m) => !reported(m))
    .map((m) => m.endToken);
  const arrivedAt = (p: PlacedEnd) =>
    arriving.some((end) => end <= p.mention.firstToken && p.mention.firstToken - end <= ARRIVAL_REACH) &&
    governedBy(at, p.mention, ARRIVAL.prepositions, scene.firstToken);
  // "للاذقية" is to Latakia, but "الحدود الشمالية لسوريا" is the border of Syria: after a noun of place
  // or a direction, ل is "of".
  const toward = (p: PlacedEnd) =>
    governedBy(at, p.mention, TOWARD, scene.firstToken) ||
    (attached(at, p.mention) === 'ل' &&
      !isBetweenWord(at, p.mention.firstToken - 1) &&
      !isBordering(at, p.mention.firstToken - 1)) ||
    arrivedAt(p);
  const origins = (p: PlacedEnd) => isOrigin(at, p.mention, scene.firstToken);
  // A sea or a strait is crossed, not reached, unless the text says "to" it; a country named before the
  // verb is no destination ("الانضمام إلى روسيا في إرسال…"), a base or a town there may be ("قاعدة في اللاذقية … ووصول").
  const destination = (p: PlacedEnd) => !origins(p) && (p.mention.kind !== 'water' || toward(p));
  const arrivalSite = () =>
    after.find((p) => p.role === 'site' && destination(p))?.placeId ??
    sites
      .filter((p) => destination(p) && (p.mention.kind === 'facility' || p.mention.kind === 'settlement'))
      .sort((a, b) => SPECIFIC[a.mention.kind]! - SPECIFIC[b.mention.kind]!)[0]?.placeId;
  const to =
    after.find(toward)?.placeId ??
    // With no "to", only a word of arriving or deploying makes a site the destination ("ووصول عشرات الجنود"):
    // ships that sail from a port and stopped in another, aircraft that fly over, go to neither.
    (arriving.length > 0 ? arrivalSite() : undefined) ??
    null;
  // "Burundi is expected to pull some of them back": who withdraws is not where they leave from.
  const withdrawing = findPhrases(at.tokens, WITHDRAWALS, motion.firstToken, motion.endToken).length > 0;
  const origin = (
    after.find(origins) ??
    // "left Sevastopol", "غادروا القاعدة الجوية في نيامي": past nouns of place, as after "from".
    scene.places.find((p) => governedBy(at, p.mention, DEPARTURE, scene.firstToken)) ??
    // "ستسحب ما تبقى من جنودها في نيجيريا": forces withdrawn leave from where they are.
    (withdrawing ? after.find((p) => forcesThere(at, p.mention, motion.endToken)) : undefined)
  )?.placeId;
  // The sender: a state acting in the clause, before the verb of sending or right after it ("أرسلتها
  // روسيا"), not a partner or recipient ("مع دمشق", "to Damascus").
  const agent = scene.places.find(
    (p) =>
      p.role === 'actor' &&
      !isDateline(at.text, p.mention) &&
      p.mention !== scene.claimantMention &&
      !scene.sourceSpans.some((s) => p.start >= s.start && p.end <= s.end) &&
      p.placeId !== to &&
      p.mention.firstToken <= motion.endToken &&
      !governedBy(at, p.mention, PARTNER, scene.firstToken),
  );
  // "طلبت بوركينا فاسو من روسيا مساعدة عسكرية", "Kenya asked Washington for drones": what a state asks
  // for has not moved. Not "روسيا ستبحث أي طلب من سورية لإرسال قوات": there Russia is not who asks.
  if (agent && asks(at, agent.mention, scene.firstToken, motion.firstToken)) return none;
  const self =
    scene.claimantMention &&
    (SELF.has(at.tokens[scene.afterClaimant]?.text ?? '') ||
      // "Britain's Ministry of Defence said it would send", "وأعلنت مدريد أنها سترسل": it sends.
      (motion.value && pronounSubject(at, motion.firstToken, scene.afterClaimant) !== null) ||
      (motion.value && governsSending(at, scene.claimantMention, scene.afterClaimant, motion.firstToken)))
      ? scene.claimantMention.placeId
      : null;
  // "أن تنقل واشنطن جنودها المنسحبين", "سحب قواتها": a state that moves or withdraws its own forces moves
  // them from where they are, which it does not say; forces it sends leave from the state that sends them.
  const ownForces = selfReferencesIn(
    at,
    motion.firstToken,
    Math.min(scene.endToken, motion.endToken + OWN_FORCES_REACH),
  ).some((i) => !readings(at.tokens[i - 1]!.text).some((r) => TOWARD.has(r)));
  const senderMention =
    (ownForces && !motion.value) || withdrawing
      ? null
      : agent
        ? agent.mention
        : self
          ? scene.claimantMention
          : null;
  // "Japan plans to station a unit in Wakkanai": forces a state moves within its borders leave from no
  // place the text names.
  const atHome =
    senderMention?.iso2 != null &&
    scene.places.some(
      (p) => p.placeId === to && p.placeId !== senderMention.placeId && p.mention.iso2 === senderMention.iso2,
    );
  const sender = atHome ? null : (senderMention?.placeId ?? null);
  const from = origin ?? sender;
  return { from: from === to ? null : from, to, origin: origin ?? null };
}

type PlacedEnd = MovementScene['places'][number];
/** How far a verb of asking may stand before the state that asks ("وطلبت حكومة بوركينا فاسو"). */
const ASKER_REACH = 3;

/** True when state `m` is the subject of a verb of asking before the word of moving. */
function asks(at: Reading, m: ArticleMention, floor: number, motion: number): boolean {
  const asking = (t: number) => readings(at.tokens[t]!.text, true).some((r) => REQUESTS.has(r));
  for (let t = Math.max(floor, m.firstToken - ASKER_REACH); t < m.firstToken; t++) if (asking(t)) return true;
  return m.endToken < motion && asking(m.endToken);
}
/** How far a preposition may stand before its place, past words such as "the east bank of the". */
const BETWEEN_REACH = 6;

/** A particle written onto a name: "للاذقية" is ل (to) + اللاذقية. */
function attached(at: Reading, m: ArticleMention): string {
  return withoutConjunction(at.text.slice(at.origStart[m.firstToken], m.start));
}

/** True when token k reads as one of `words`. */
function readsAs(at: Reading, k: number, words: ReadonlySet<string>): boolean {
  return k >= 0 && readings(at.tokens[k]!.text).some((r) => words.has(r));
}

function isBetweenWord(at: Reading, k: number): boolean {
  return readsAs(at, k, BETWEEN);
}

/** "المحاذي لإريتريا", "bordering Eritrea": the place after is a landmark. */
function isBordering(at: Reading, k: number): boolean {
  return readsAs(at, k, BORDERING);
}

function governedBy(at: Reading, m: ArticleMention, words: ReadonlySet<string>, floor: number): boolean {
  const k = governingToken(at, m, floor);
  return k >= floor && readings(at.tokens[k]!.text).some((r) => words.has(r));
}

/** Most words between forces and the "in" of where they are ("جنودها المنتشرين في", "its remaining troops in"). */
const STATIONED_REACH = 3;
/** The prepositions of where forces are. */
const LOCATED = new Set(['في', 'in']);

/** "جنودها في نيجيريا", "its troops stationed in Syria": forces named, from `floor` on, a few words before "in" the place. */
function forcesThere(at: Reading, m: ArticleMention, floor: number): boolean {
  const k = m.firstToken - 1;
  if (k < floor || !LOCATED.has(at.tokens[k]!.text)) return false;
  return findPhrases(at.tokens, lexicon().activities, Math.max(floor, k - STATIONED_REACH), k).some((u) =>
    u.value.some((kind) => UNIT_KINDS.has(kind)),
  );
}

/** "from Tehran", "من روسيا", "pull out of Kherson": the place is named as an origin. */
function isOrigin(at: Reading, m: ArticleMention, floor: number): boolean {
  const k = governingToken(at, m, floor);
  return k >= floor && (isOutOf(at, k) || readings(at.tokens[k]!.text).some((r) => FROM.has(r)));
}

/** The token that may govern mention `m`: the word before it, past nouns of place, numbers and the like. */
function governingToken(at: Reading, m: ArticleMention, floor: number): number {
  let k = pastEachOf(at, m.firstToken - 1);
  while (k > floor && m.firstToken - k < BETWEEN_REACH && !isOutOf(at, k) && !isBordering(at, k)) {
    // "to the Syrian port of Tartus", "to its air base near Latakia": nationalities and possessives too.
    if (
      readsAs(at, k, BETWEEN) ||
      nationalityOf(at.tokens[k]!.text) !== undefined ||
      POSSESSIVES.has(at.tokens[k]!.text)
    )
      k--;
    // "from two bases near Mopti", "من قاعدتها في تمبكتو": "near / in" after a noun of place.
    else if (k - 1 > floor && readsAs(at, k, LINKS) && readsAs(at, k - 1, BETWEEN)) k -= 2;
    else break;
  }
  return k;
}

/** Stances whose cue makes the speaker the one that sends: it denies, threatens or pledges it, not accuses. */
const SENDERS_CUES: ReadonlySet<string> = new Set(['denied', 'planned']);
/** How many words may stand between a state that speaks and the verb of sending it governs. */
const GOVERNING_REACH = 3;

/**
 * "Tehran has denied supplying drones", "نفت إيران إرسال قوات", "هددت أنقرة بإرسال": a state that speaks
 * and whose denial, threat or pledge governs a verb of sending is the one that sends, or would.
 */
function governsSending(at: Reading, speaker: ArticleMention, after: number, motion: number): boolean {
  if (motion - after > GOVERNING_REACH || motion < after) return false;
  const cues = findPhrases(at.tokens, lexicon().stance, Math.max(0, speaker.firstToken - 2), motion).filter(
    (c) => c.value.scope === 'governs' && SENDERS_CUES.has(c.value.stance),
  );
  const cued = (i: number) => cues.some((c) => c.firstToken <= i && i < c.endToken);
  for (let i = after; i < motion; i++)
    if (!cued(i) && !readings(at.tokens[i]!.text).some((r) => GOVERNING.has(r))) return false;
  return cues.some((c) => c.endToken <= speaker.firstToken || c.firstToken >= after);
}
