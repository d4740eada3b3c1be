/**
 * Whose word a clause is. The side whose forces act, announcing or confirming what they did ("أعلنت
 * وزارة الدفاع الروسية أن وحدات من الشرطة العسكرية الروسية انتشرت", "Mali's army announced that its
 * troops…"), gives it as `confirmed`; anyone else who asserts it, confirms it or reports it gives it as
 * `reported` ("تؤكد واشنطن" that Russia sent…). The words are data (lexicon/claims/stance.json, `ownWord`).
 */
import type { Source } from '../contract';
import { STANCE_WORDS } from '../lexicon/lexicon';
import { tokenAt, type Reading } from '../text/reading';
import type { ArticleMention } from './mentions';
import { lexicon } from './lexicon-index';
import { createPhraseIndex, findPhrases, readings } from './phrases';
import { nationalityOf, sourceNounOf, titled } from './source-words';

const { announcements, selfReferences } = STANCE_WORDS.ownWord;
const ANNOUNCEMENTS = createPhraseIndex(
  [...announcements].map((w) => [w, true] as const),
  true,
);
const SELF = createPhraseIndex([...selfReferences].map((w) => [w, true] as const));
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
}

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
  const agents = agentsOf(at, scene, from, to, inSource);
  // The first agent acts; in talks and visits every party named takes part.
  const acting = scene.confirmedTalks ? agents : agents.slice(0, 1);
  if (acting.some((party) => party === SELF_AGENT || (party !== null && party === claimant.party)))
    return true;
  if (agents.length > 0) return false;
  if (sharesName(at, claimant, from, to, inSource)) return true;
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
  const self = new Set(findPhrases(at.tokens, SELF, from, to).map((m) => m.firstToken));
  const named = new Map(
    findPhrases(at.tokens, lexicon().sources, from, to)
      .filter((m) => m.value.kind !== 'agency')
      .map((m) => [m.firstToken, m.value.party] as const),
  );
  const agents: (string | null)[] = [];
  for (let i = from; i < to; i++) {
    if (inSource(i)) continue;
    const mention = scene.actors.find((m) => m.firstToken === i && m.kind === 'country');
    const party = self.has(i)
      ? SELF_AGENT
      : (mention?.iso2 ?? named.get(i) ?? nationalityOf(at.tokens[i]!.text)?.party);
    if (party !== undefined) agents.push(party);
  }
  return agents;
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
