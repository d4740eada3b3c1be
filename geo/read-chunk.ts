/**
 * One chunk file read as the app holds it (CONTRACT.md, "Text chunks", "Compact first file"): its texts
 * checked against the lengths the first file gives, each article's detail against what the first file
 * says of its mentions and claims, and every span against its text. An article that fails is set aside
 * with the reasons, not the chunk's others.
 */
import * as v from 'valibot';
import {
  checkEvidence,
  issueMessages,
  TextChunkSchema,
  type CheckedArticle,
  type CheckedClaim,
  type ClaimDetail,
  type MentionDetail,
  type SourceName,
  type Span,
  type Unresolved,
} from './contract.ts';
import {
  mentionKey,
  wholeClaim,
  type ArticleDetail,
  type ListedClaim,
  type ListedDataset,
} from './listed-dataset.ts';

export type ReadChunkResult =
  | {
      ok: true;
      /** The texts whose every span checked out, by article id. */
      texts: Map<string, string>;
      /** Their details, checked with them. */
      details: Map<string, ArticleDetail>;
      /** Articles of the chunk whose text or detail does not match their evidence, with the reasons. */
      unreadable: Map<string, string[]>;
    }
  | { ok: false; problems: string[] };

/**
 * Reads the untrusted chunk file `chunk` of a dataset the app holds: its number and articles must be
 * those the dataset names, each text as long as the dataset says, each article's detail (in the chunk,
 * schema 7, or `held` since the dataset came, schema 6) must agree with the dataset, and every span of
 * each article be a verbatim slice of its text. An article that fails is left unreadable, not the chunk's
 * others.
 */
export function readTextChunk(
  json: unknown,
  chunk: number,
  dataset: ListedDataset,
  held: ReadonlyMap<string, ArticleDetail> = new Map(),
): ReadChunkResult {
  const parsed = v.safeParse(TextChunkSchema, json);
  if (!parsed.success) return { ok: false, problems: issueMessages(parsed.issues) };
  if (parsed.output.chunk !== chunk)
    return { ok: false, problems: [`chunk ${parsed.output.chunk} where chunk ${chunk} was asked for`] };
  const byId = new Map(dataset.articles.map((a) => [a.id, a]));
  const texts = new Map<string, string>();
  const details = new Map<string, ArticleDetail>();
  const unreadable = new Map<string, string[]>();
  // Its unresolved candidates are checked with it, each its article's own; the app shows none of them.
  const unresolved: Unresolved[] = [];
  for (const entry of parsed.output.texts) {
    const { id, text, unresolved: candidates = [] } = entry;
    const article = byId.get(id);
    const foreign = candidates.find((u) => u.articleId !== id);
    unresolved.push(...candidates);
    if (article?.chunk !== chunk) unreadable.set(id, [`article ${id} is not in chunk ${chunk}`]);
    else if (foreign)
      unreadable.set(id, [`article ${id}: holds a candidate of article ${foreign.articleId}`]);
    else if (text.length !== article.length)
      unreadable.set(id, [`article ${id}: a text of ${text.length} characters, not ${article.length}`]);
    else {
      texts.set(id, text);
      const carried = entry.mentions !== undefined || entry.claims !== undefined;
      details.set(
        id,
        carried
          ? { mentions: entry.mentions ?? [], claims: entry.claims ?? [] }
          : (held.get(id) ?? { mentions: [], claims: [] }),
      );
    }
  }
  for (const article of dataset.articles)
    if (article.chunk === chunk && !texts.has(article.id) && !unreadable.has(article.id))
      unreadable.set(article.id, [`article ${article.id}: its text is missing from chunk ${chunk}`]);
  for (const { articleId, message } of chunkProblems(dataset, texts, details, unresolved)) {
    if (articleId === null || !texts.has(articleId)) continue;
    texts.delete(articleId);
    details.delete(articleId);
    unreadable.set(articleId, [...(unreadable.get(articleId) ?? []), message]);
  }
  return { ok: true, texts, details, unreadable };
}

/**
 * The problems of the articles of one chunk, their texts and details at hand: a detail that does not
 * agree with the dataset (a mention or claim without one, or with another claimant), and every span that
 * is not a verbatim slice of its text (`checkEvidence`).
 */
function chunkProblems(
  dataset: ListedDataset,
  texts: ReadonlyMap<string, string>,
  details: ReadonlyMap<string, ArticleDetail>,
  unresolved: Unresolved[],
) {
  const problems: { articleId: string | null; message: string }[] = [];
  const problem = (articleId: string, message: string) =>
    problems.push({ articleId, message: `article ${articleId}: ${message}` });
  const mentionDetails = new Map<string, Map<string, MentionDetail>>();
  for (const [id, detail] of details)
    mentionDetails.set(id, new Map(detail.mentions.map((m) => [mentionKey(m.placeId, m.start), m])));
  const counted = new Map<string, number>();
  const features = dataset.places.features.flatMap((feature) => {
    const place = feature.properties;
    const mentions = place.mentions.flatMap((m) => {
      const held = mentionDetails.get(m.articleId);
      if (!held) return [];
      counted.set(m.articleId, (counted.get(m.articleId) ?? 0) + 1);
      const detail = held.get(mentionKey(place.id, m.start));
      if (!detail) {
        problem(m.articleId, `the mention of ${place.id} at ${m.start} has no detail`);
        return [];
      }
      if (detail.text.length !== m.end - m.start)
        problem(
          m.articleId,
          `the mention of ${place.id} at ${m.start}: its words do not span ${m.start}-${m.end}`,
        );
      return [{ ...m, text: detail.text }];
    });
    return mentions.length === 0 ? [] : [{ properties: { id: place.id, mentions } }];
  });
  for (const [id, detail] of details)
    if (detail.mentions.length !== (counted.get(id) ?? 0))
      problem(id, `${detail.mentions.length} mention details for ${counted.get(id) ?? 0} mentions`);
  const claims: CheckedClaim[] = [];
  const otherClaimIds = new Set<string>();
  const claimDetails = new Map<string, ClaimDetail>();
  for (const detail of details.values()) for (const c of detail.claims) claimDetails.set(c.id, c);
  const claimsOf = new Map<string, number>();
  for (const claim of dataset.claims ?? []) {
    if (!details.has(claim.articleId)) {
      otherClaimIds.add(claim.id);
      continue;
    }
    claimsOf.set(claim.articleId, (claimsOf.get(claim.articleId) ?? 0) + 1);
    const detail = claimDetails.get(claim.id);
    const disagreement = detail ? claimDisagreement(claim, detail) : 'has no detail';
    if (disagreement) problem(claim.articleId, `claim ${claim.id} ${disagreement}`);
    else claims.push(wholeClaim(claim, detail!));
  }
  for (const [id, detail] of details)
    if (detail.claims.length !== (claimsOf.get(id) ?? 0))
      problem(id, `${detail.claims.length} claim details for ${claimsOf.get(id) ?? 0} claims`);
  const articles: CheckedArticle[] = dataset.articles.flatMap((a) => {
    const text = texts.get(a.id);
    return text === undefined ? [] : [{ id: a.id, published: a.published, text, length: a.length }];
  });
  problems.push(...checkEvidence({ articles, places: { features }, unresolved, claims, otherClaimIds }));
  return problems;
}

/** How a claim's detail disagrees with what the first file says of it, or null when it does not. */
function claimDisagreement(claim: ListedClaim, detail: ClaimDetail): string | null {
  // Where the first file gives a source's words (it has no name), they must be the detail's.
  const agrees = (who: SourceName | null, words: Span | null) =>
    who === null ? words === null : words !== null && (who.text === null || who.text === words.text);
  if (!agrees(claim.claimant, detail.claimant)) return 'names another claimant in its detail';
  if (!agrees(claim.via, detail.via)) return 'names another agency in its detail';
  const ids = (list: readonly { id: string }[]) => list.map((e) => e.id).join(' ');
  if (ids(detail.equipment) !== ids(claim.equipment)) return 'names other equipment in its detail';
  return null;
}
