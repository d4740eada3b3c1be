/**
 * The lexicons as phrase indexes, built once on first use: claim extraction runs per article, and the
 * indexes are the same for every article.
 */
import type { ActivityKind } from '../contract';
import {
  ARABIC_ACTIVITY_TERMS,
  DELIVERY_TERMS,
  ENGLISH_ACTIVITY_TERMS,
  EXERCISE_TERMS,
} from './lexicon/activities';
import { ATTRIBUTION_TERMS, type FrameKind } from './lexicon/attribution';
import {
  AGENCIES,
  INSTITUTIONS,
  OFFICES,
  PEOPLE,
  SPOKESPERSON_WORDS,
  type SourceEntry,
} from './lexicon/claimants';
import { EQUIPMENT, type EquipmentEntry } from './lexicon/equipment';
import { STANCE_CUES, type StanceCue } from './lexicon/stance-cues';
import { createPhraseIndex, type PhraseIndex } from './phrases';

export interface LexiconIndex {
  activities: PhraseIndex<readonly ActivityKind[]>;
  equipment: PhraseIndex<EquipmentEntry>;
  delivery: PhraseIndex<true>;
  exercises: PhraseIndex<true>;
  stance: PhraseIndex<StanceCue>;
  attribution: PhraseIndex<FrameKind>;
  sources: PhraseIndex<SourceEntry>;
  spokesperson: PhraseIndex<true>;
}

let built: LexiconIndex | null = null;

const each = <T>(words: readonly string[], value: T) => words.map((w) => [w, value] as const);

export function lexicon(): LexiconIndex {
  if (built) return built;
  built = {
    activities: createPhraseIndex([...ARABIC_ACTIVITY_TERMS, ...ENGLISH_ACTIVITY_TERMS]),
    equipment: createPhraseIndex(EQUIPMENT.flatMap((e) => each(e.terms, e))),
    delivery: createPhraseIndex(each(DELIVERY_TERMS, true as const)),
    exercises: createPhraseIndex(each(EXERCISE_TERMS, true as const)),
    stance: createPhraseIndex(STANCE_CUES),
    attribution: createPhraseIndex(ATTRIBUTION_TERMS, true),
    sources: createPhraseIndex(
      [...PEOPLE, ...OFFICES, ...INSTITUTIONS, ...AGENCIES].flatMap((s) => each(s.terms, s)),
    ),
    spokesperson: createPhraseIndex(each(SPOKESPERSON_WORDS, true as const)),
  };
  return built;
}
