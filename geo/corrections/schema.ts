/**
 * An editor's corrections: decisions on the geoparser's reading, each keyed to the exact words of one
 * article (its id, the offsets and the text there), signed with a name and a time. They are data, kept
 * apart from the reading they correct, so that a newer reading keeps the editor's work: a correction whose
 * words no longer stand at its offsets is stale and is reported, never applied to other words.
 */
import * as v from 'valibot';
import {
  ACTIVITY_KINDS,
  isoDate,
  LIMITS,
  LngLatSchema,
  NameSchema,
  PLACE_KINDS,
  REVIEW_STATES,
  STANCES,
} from '../contract';

/** Bumped whenever a change would make an older dalil misread a corrections file. */
export const CORRECTIONS_VERSION = 1;

const nonEmpty = v.pipe(v.string(), v.minLength(1));
const offset = v.pipe(v.number(), v.integer(), v.minValue(0));
const bounded = (max: number) => v.pipe(nonEmpty, v.maxLength(max, `at most ${max} characters`));
const placeId = v.pipe(v.string(), v.regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'a kebab-case id: a-z, 0-9 and -'));

/** The words a correction is about, and who decided, when, and why. */
const decision = {
  articleId: bounded(LIMITS.idLength),
  start: offset,
  end: offset,
  /** The article's words at `start`–`end` when the editor decided: `text.slice(start, end)` (a clause at most). */
  text: bounded(LIMITS.noteLength),
  by: bounded(LIMITS.editorLength),
  at: v.pipe(v.string(), v.isoTimestamp('a date and time written YYYY-MM-DDTHH:MM:SSZ')),
  note: v.nullable(bounded(LIMITS.noteLength)),
};

/** A place the gazetteer lacks (a village, a base), placed by hand by the editor. */
export const ManualPlaceSchema = v.object({
  id: placeId,
  kind: v.picklist(PLACE_KINDS),
  iso2: v.nullable(v.pipe(v.string(), v.regex(/^[A-Z]{2}$/))),
  name: NameSchema,
  lngLat: LngLatSchema,
});
export type ManualPlace = v.InferOutput<typeof ManualPlaceSchema>;

/** Why words the geoparser took for a place are not one there. */
export const NOT_A_PLACE = ['person', 'organisation', 'ship', 'common-word', 'other'] as const;
export type NotAPlace = (typeof NOT_A_PLACE)[number];

/** Words of the article, by offsets and text (`end - start` is the text's length). */
const WordsSchema = v.pipe(
  v.object({ start: offset, end: offset, text: bounded(LIMITS.noteLength) }),
  v.check((w) => w.end - w.start === w.text.length, 'end - start must equal the length of text'),
);
const ActivitiesSchema = v.pipe(
  v.array(v.picklist(ACTIVITY_KINDS)),
  v.check((kinds) => new Set(kinds).size === kinds.length, 'each activity at most once'),
);

/** What an editor changed in a claim: only the fields it names. */
export const ClaimChangesSchema = v.object({
  stance: v.optional(v.picklist(STANCES)),
  activities: v.optional(ActivitiesSchema),
  /** Who says so: their words in the claim's sentence, or null for nobody named. */
  claimant: v.optional(v.nullable(WordsSchema)),
  /** Where a movement starts and ends: places of the claim's clause, or null. */
  from: v.optional(v.nullable(placeId)),
  to: v.optional(v.nullable(placeId)),
  eventDate: v.optional(v.nullable(isoDate)),
});
export type ClaimChanges = v.InferOutput<typeof ClaimChangesSchema>;

export const CorrectionSchema = v.pipe(
  v.variant('action', [
    /** The place the editor saw chosen for these words is right. */
    v.object({ action: v.literal('verify'), placeId, ...decision }),
    /** These words name another place of the gazetteer (or name one the geoparser missed). */
    v.object({ action: v.literal('resolve'), placeId, ...decision }),
    /** These words name a place the gazetteer lacks, placed by hand. */
    v.object({ action: v.literal('place'), place: ManualPlaceSchema, ...decision }),
    /** These words are not a place here. */
    v.object({ action: v.literal('reject'), why: v.picklist(NOT_A_PLACE), ...decision }),
    /** The claim read in this clause has another stance (the words are the claim's clause). */
    v.object({ action: v.literal('claim-stance'), stance: v.picklist(STANCES), ...decision }),
    /** No claim is made in this clause. */
    v.object({ action: v.literal('claim-delete'), ...decision }),
    /** The claim read in this clause, changed field by field. */
    v.object({ action: v.literal('claim-edit'), changes: ClaimChangesSchema, ...decision }),
    /** A claim the reading missed: these words are its clause. */
    v.object({
      action: v.literal('claim-add'),
      stance: v.picklist(STANCES),
      activities: ActivitiesSchema,
      ...decision,
    }),
  ]),
  v.check((c) => c.end - c.start === c.text.length, 'end - start must equal the length of text'),
);
export type Correction = v.InferOutput<typeof CorrectionSchema>;
export type CorrectionAction = Correction['action'];
/** A decision on a place mention, or on a claim. */
export type PlaceCorrection = Extract<Correction, { action: 'verify' | 'resolve' | 'place' | 'reject' }>;
export type ClaimCorrection = Extract<Correction, { action: `claim-${string}` }>;
export const isClaimCorrection = (c: Correction): c is ClaimCorrection => c.action.startsWith('claim-');
export const isPlaceCorrection = (c: Correction): c is PlaceCorrection => !isClaimCorrection(c);

export const CorrectionsFileSchema = v.object({
  schemaVersion: v.literal(CORRECTIONS_VERSION, `a corrections file of version ${CORRECTIONS_VERSION}`),
  corrections: v.array(CorrectionSchema),
});
export type CorrectionsFile = v.InferOutput<typeof CorrectionsFileSchema>;

/** The review state a decision gives the mention it keeps on the map. */
export const reviewStateOf = (
  action: Exclude<PlaceCorrection['action'], 'reject'>,
): (typeof REVIEW_STATES)[number] => (action === 'verify' ? 'verified' : 'corrected');
