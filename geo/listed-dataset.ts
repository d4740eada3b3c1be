/**
 * The dataset as the app holds it (CONTRACT.md, "Compact first file"): what the first view, the filters,
 * the timeline and the counts read (`ListedDataset`), and apart, per article, its text and the rest of its
 * evidence (`ArticleDetail`), which come with the article's chunk. This module holds those types and makes
 * them from a dataset whose mentions and claims are whole (schemas 2 to 6, and the desk's of schema 7).
 */
import type {
  ArticleMeta,
  ClaimDetail,
  ClaimPlace,
  EquipmentName,
  MentionDetail,
  PlaceProperties,
  PlaceRole,
  RoleCounts,
  Source,
  SourceName,
  Span,
  StoredClaim,
  StoredPlaceFeature,
  SummaryFirstFile,
  TextRange,
  Unresolved,
} from './contract.ts';

/**
 * An article as the app holds it: what the dataset says of it, its text's length, its opening words when
 * it has no headline, and the chunk its text lies in (null: the text came with the dataset).
 */
export type ListedArticle = ArticleMeta & { chunk: number | null; length: number; lead: string | null };

/** A mention as the app holds it: where it lies, its quote by offsets and its role; the rest is its detail. */
export interface ListedMention {
  articleId: string;
  start: number;
  end: number;
  quote: TextRange;
  role?: PlaceRole;
}

export type ListedPlaceFeature = Omit<StoredPlaceFeature, 'properties'> & {
  properties: Omit<PlaceProperties, 'mentions'> & {
    mentions: ListedMention[];
    /**
     * Its mentions counted by role (`PLACE_ROLES` order), when the mentions have not come yet (schema 8,
     * before the evidence): `mentions` is then empty. Read them through `roleCountsOf`.
     */
    roles?: RoleCounts;
  };
};

const counted = new WeakMap<object, RoleCounts>();

/**
 * A place's mentions counted by role, `[site, venue, actor, context]`: the summary's counts until its
 * mentions come, then theirs (the same, the evidence is checked against them).
 */
export function roleCountsOf(place: ListedPlaceFeature): RoleCounts {
  const { properties } = place;
  if (properties.roles) return properties.roles;
  let counts = counted.get(properties);
  if (!counts) {
    const tally = [0, 0, 0, 0];
    for (const m of properties.mentions) tally[ROLE_INDEX[m.role ?? 'site']]! += 1;
    counts = tally as RoleCounts;
    counted.set(properties, counts);
  }
  return counts;
}
const ROLE_INDEX: Record<PlaceRole, number> = { site: 0, venue: 1, actor: 2, context: 3 };

/** How many mentions a place has. */
export const mentionCountOf = (place: ListedPlaceFeature) => roleCountsOf(place).reduce((n, c) => n + c, 0);

/** The roles a place has among its mentions. */
export function rolesOf(place: ListedPlaceFeature): PlaceRole[] {
  const counts = roleCountsOf(place);
  return (['site', 'venue', 'actor', 'context'] as const).filter((_, i) => counts[i]! > 0);
}

/** What the app knows of the evidence before it comes (schema 8): its file, how many articles and claims. */
export interface PendingEvidence {
  evidence: string;
  articles: number;
  claims: number;
  /** The summary as read, which the evidence must agree with (`joinEvidence`). */
  summary: SummaryFirstFile;
}

/** A claim as the app holds it: all the filters, the timeline, the arcs and the chips read. */
export interface ListedClaim {
  id: string;
  articleId: string;
  published: string;
  eventDate: string | null;
  quote: TextRange;
  clause: TextRange;
  activities: StoredClaim['activities'];
  stance: StoredClaim['stance'];
  claimant: SourceName | null;
  via: SourceName | null;
  equipment: EquipmentName[];
  places: ClaimPlace[];
  from: string | null;
  to: string | null;
  respondsTo: string | null;
}

/** The dataset as the app holds it: every quote and clause by its offsets, the texts and details apart. */
export interface ListedDataset {
  schemaVersion: number;
  articles: ListedArticle[];
  places: { type: 'FeatureCollection'; features: ListedPlaceFeature[] };
  unresolved: Unresolved[];
  claims?: ListedClaim[];
  /** The chunk files' names, chunk n at index n; empty when every text came with the dataset. */
  textChunks: string[];
  /**
   * Set while the evidence file has not come (schema 8): the dataset holds no article, no mention (each
   * place its `roles` instead) and only the claims drawn as arcs.
   */
  pending?: PendingEvidence;
}

/** The rest of one article's evidence, which the app reads only once its text is at hand. */
export interface ArticleDetail {
  mentions: MentionDetail[];
  claims: ClaimDetail[];
}

/** The key of a mention's detail in its article: its place and where it starts. */
export const mentionKey = (placeId: string, start: number) => `${placeId}@${start}`;

/** The detail of the mention of `placeId` at `start`, when its article's detail is at hand. */
export function mentionDetailOf(
  detail: ArticleDetail | undefined,
  placeId: string,
  start: number,
): MentionDetail | undefined {
  return detail?.mentions.find((m) => m.placeId === placeId && m.start === start);
}

/** The detail of a claim, when its article's detail is at hand. */
export function claimDetailOf(detail: ArticleDetail | undefined, claimId: string): ClaimDetail | undefined {
  return detail?.claims.find((c) => c.id === claimId);
}

/** Who says so as the first view names them: the words only when there is no name to show. */
export function sourceName(source: Source | null): SourceName | null {
  if (!source) return null;
  const { id, name, party, text } = source;
  return { id, name, party, text: name === null ? text : null };
}

const rangeOf = ({ start, end }: TextRange): TextRange => ({ start, end });
export const spanOf = ({ start, end, text }: Span): Span => ({ start, end, text });

/**
 * A claim made whole again from what the first file says of it and its detail: who its claimant and
 * agency are with the words that name them, each piece of equipment with its words.
 */
export function wholeClaim(claim: ListedClaim, detail: ClaimDetail) {
  const source = (who: SourceName | null, words: Span | null): Source | null =>
    who && words && { id: who.id, name: who.name, party: who.party, ...words };
  const named = new Map(claim.equipment.map((e) => [e.id, e]));
  return {
    ...claim,
    claimant: source(claim.claimant, detail.claimant),
    via: source(claim.via, detail.via),
    cue: detail.cue,
    dateText: detail.dateText,
    equipment: detail.equipment.map((e) => ({ ...named.get(e.id)!, ...e })),
    ...(detail.review && { review: detail.review }),
  };
}

/** A whole mention, as the desk and schemas 2 to 6 hold it: quote with or without its text. */
type WholeMention = Omit<PlaceProperties['mentions'][number], 'quote'> & { quote: TextRange };
/** A whole claim, as the desk and schemas 2 to 6 hold it. */
type WholeClaim = Omit<StoredClaim, 'quote' | 'clause'> & { quote: TextRange; clause: TextRange };

/** What the app holds of a whole place: its mentions summed up, their details apart by article. */
export function listedPlace(
  feature: Omit<StoredPlaceFeature, 'properties'> & {
    properties: Omit<PlaceProperties, 'mentions'> & { mentions: readonly WholeMention[] };
  },
  details: Map<string, ArticleDetail>,
): ListedPlaceFeature {
  const { mentions, ...place } = feature.properties;
  return {
    ...feature,
    properties: {
      ...place,
      mentions: mentions.map((m) => {
        const { articleId, start, end, quote, role, text, confidence, reason, review } = m;
        detailOf(details, articleId).mentions.push({
          placeId: place.id,
          start,
          text,
          confidence,
          reason,
          ...(review && { review }),
        });
        return { articleId, start, end, quote: rangeOf(quote), ...(role && { role }) };
      }),
    },
  };
}

/** What the app holds of a whole claim, its detail apart by article. */
export function listedClaim(claim: WholeClaim, details: Map<string, ArticleDetail>): ListedClaim {
  const { claimant, via, cue, dateText, equipment, review, quote, clause, ...summary } = claim;
  detailOf(details, claim.articleId).claims.push({
    id: claim.id,
    claimant: claimant && spanOf(claimant),
    via: via && spanOf(via),
    cue,
    dateText,
    equipment: equipment.map(({ id, start, end, text }) => ({ id, start, end, text })),
    ...(review && { review }),
  });
  return {
    ...summary,
    quote: rangeOf(quote),
    clause: rangeOf(clause),
    claimant: sourceName(claimant),
    via: sourceName(via),
    equipment: equipment.map(({ id, name, kinds }) => ({ id, name, kinds })),
  };
}

export function detailOf(details: Map<string, ArticleDetail>, articleId: string): ArticleDetail {
  let detail = details.get(articleId);
  if (!detail) details.set(articleId, (detail = { mentions: [], claims: [] }));
  return detail;
}
