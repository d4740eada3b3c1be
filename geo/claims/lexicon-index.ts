/**
 * The lexicons as phrase indexes, built once on first use: claim extraction runs per article, and the
 * indexes are the same for every article.
 */
import type { ActivityKind } from '../contract';
import type { EquipmentEntry, Force, FrameKind, SourceEntry, StanceCue } from '../lexicon/claims-schema';
import {
  ACTIVITY_WORDS,
  ATTRIBUTION_WORDS,
  CLAIMANTS,
  EQUIPMENT,
  MOVEMENT_WORDS,
  SOURCE_WORDS,
  STANCE_WORDS,
} from '../lexicon/lexicon';
import { createPhraseIndex, type PhraseIndex } from './phrases';

export interface LexiconIndex {
  activities: PhraseIndex<readonly ActivityKind[]>;
  equipment: PhraseIndex<EquipmentEntry>;
  delivery: PhraseIndex<true>;
  handovers: PhraseIndex<true>;
  civilianGoods: PhraseIndex<true>;
  movingArmies: PhraseIndex<true>;
  /**
   * Words of moving, sending and deploying (movement.json's `motion` and `sending`, and delivery), each
   * with whether it sends (delivering and deploying): the agent of a sending word is the origin.
   */
  motion: PhraseIndex<boolean>;
  exercises: PhraseIndex<true>;
  /** Verbs of taking part whose negation denies the act (stance.json's `negatedActs`). */
  negatedActs: PhraseIndex<true>;
  /** Words of shooting down or intercepting: a place "over" which one happened is its site (roles.ts). */
  pinpointed: PhraseIndex<true>;
  /** Words of combat of every kind, strikes included: the place they govern is their target (roles.ts). */
  combat: PhraseIndex<true>;
  strikes: PhraseIndex<true>;
  launchVerbs: PhraseIndex<true>;
  projectiles: PhraseIndex<true>;
  threats: PhraseIndex<true>;
  responses: PhraseIndex<true>;
  stance: PhraseIndex<StanceCue>;
  attribution: PhraseIndex<FrameKind>;
  sources: PhraseIndex<SourceEntry>;
  spokesperson: PhraseIndex<true>;
  forces: PhraseIndex<Force>;
}

let built: LexiconIndex | null = null;

const each = <T>(words: Iterable<string>, value: T) => [...words].map((w) => [w, value] as const);
/** The `[word, value]` pairs of word groups, each group's words with the value it gives them. */
const grouped = <G extends { words: ReadonlySet<string> }, T>(groups: readonly G[], value: (g: G) => T) =>
  groups.flatMap((g) => each(g.words, value(g)));

export function lexicon(): LexiconIndex {
  if (built) return built;
  built = {
    activities: createPhraseIndex<readonly ActivityKind[]>([
      ...grouped(ACTIVITY_WORDS.terms.groups, (g) => g.kinds),
      ...each<readonly ActivityKind[]>(ACTIVITY_WORDS.downings, ['combat']),
      ...each<readonly ActivityKind[]>(ACTIVITY_WORDS.strikes, ['combat']),
    ]),
    equipment: createPhraseIndex(EQUIPMENT.flatMap((e) => each(e.terms, e))),
    delivery: createPhraseIndex(each(ACTIVITY_WORDS.delivery, true as const)),
    handovers: createPhraseIndex(each(ACTIVITY_WORDS.handovers, true as const)),
    civilianGoods: createPhraseIndex(each(ACTIVITY_WORDS.civilianGoods, true as const)),
    movingArmies: createPhraseIndex(each(ACTIVITY_WORDS.movingArmies, true as const)),
    motion: createPhraseIndex([
      ...each([...ACTIVITY_WORDS.delivery, ...MOVEMENT_WORDS.sending], true),
      ...each(MOVEMENT_WORDS.motion, false),
    ]),
    exercises: createPhraseIndex(each(ACTIVITY_WORDS.exercises, true as const)),
    negatedActs: createPhraseIndex(each(STANCE_WORDS.negatedActs, true as const)),
    pinpointed: createPhraseIndex(
      each([...ACTIVITY_WORDS.downings, ...ACTIVITY_WORDS.interceptions], true as const),
    ),
    combat: createPhraseIndex([
      ...grouped(
        ACTIVITY_WORDS.terms.groups.filter((g) => g.kinds.includes('combat')),
        () => true as const,
      ),
      ...each(ACTIVITY_WORDS.strikes, true as const),
    ]),
    strikes: createPhraseIndex(each(ACTIVITY_WORDS.strikes, true as const)),
    launchVerbs: createPhraseIndex(each(ACTIVITY_WORDS.launches.verbs, true as const)),
    projectiles: createPhraseIndex(each(ACTIVITY_WORDS.launches.projectiles, true as const)),
    threats: createPhraseIndex(each(ACTIVITY_WORDS.retaliations.threats, true as const)),
    responses: createPhraseIndex(each(ACTIVITY_WORDS.retaliations.responses, true as const)),
    stance: createPhraseIndex(grouped(STANCE_WORDS.cues.groups, ({ stance, scope }) => ({ stance, scope }))),
    attribution: createPhraseIndex(
      grouped(ATTRIBUTION_WORDS.frames.groups, (g) => g.kind),
      true,
    ),
    sources: createPhraseIndex(
      [
        ...CLAIMANTS.people.entries,
        ...CLAIMANTS.offices.entries,
        ...CLAIMANTS.institutions.entries,
        ...CLAIMANTS.agencies.entries,
      ].flatMap((s) => each(s.terms, s)),
    ),
    spokesperson: createPhraseIndex(each(CLAIMANTS.spokesperson, true as const)),
    forces: createPhraseIndex(grouped(SOURCE_WORDS.forces.entries, (f) => f)),
  };
  return built;
}
