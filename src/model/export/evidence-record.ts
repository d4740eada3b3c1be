/**
 * One row of evidence as flat named fields: the properties of a GeoJSON feature and the columns of the
 * CSV, in one place so both files name and order them alike. Flat, because GIS tools and spreadsheets
 * read scalars, not nested objects. Offsets count code points (see code-points.ts), end exclusive.
 */
import { claimDate } from '../claim-index';
import { codePointOffsets } from './code-points';
import type { EvidenceRow } from './evidence-rows';
import { memoize } from '../memo';

export interface EvidenceRecord {
  place_id: string;
  place_name_ar: string;
  place_name_en: string;
  place_kind: string;
  /** ISO 3166-1 alpha-2 of the country the place is or lies in. */
  place_country: string | null;
  /** The words that name the place, verbatim, and where they lie in the article. */
  mention: string;
  mention_start: number;
  mention_end: number;
  /** What the place is to its sentence: site, venue, actor or context. */
  role: string | null;
  /** The whole sentence, verbatim: the evidence. */
  quote: string;
  quote_start: number;
  quote_end: number;
  article_id: string;
  article_title: string | null;
  /** The day the article was published, YYYY-MM-DD. */
  article_date: string;
  article_language: string;
  article_outlet: string | null;
  article_url: string | null;
  claim_id: string | null;
  claim_stance: string | null;
  /** Who says so, in the article's words, and their stable id when known. */
  claim_claimant: string | null;
  claim_claimant_id: string | null;
  /** The activity kinds, separated by `;`. */
  claim_activities: string | null;
  /** The day the claim is about: the date its sentence gives, else the article's. */
  claim_date: string | null;
  /** The place ids a movement goes from and to. */
  claim_from: string | null;
  claim_to: string | null;
}

/** The fields in the order the files give them (the CSV's columns after longitude and latitude). */
export const EVIDENCE_FIELDS: readonly (keyof EvidenceRecord)[] = [
  'place_id',
  'place_name_ar',
  'place_name_en',
  'place_kind',
  'place_country',
  'mention',
  'mention_start',
  'mention_end',
  'role',
  'quote',
  'quote_start',
  'quote_end',
  'article_id',
  'article_title',
  'article_date',
  'article_language',
  'article_outlet',
  'article_url',
  'claim_id',
  'claim_stance',
  'claim_claimant',
  'claim_claimant_id',
  'claim_activities',
  'claim_date',
  'claim_from',
  'claim_to',
];

/** The converter for an article's text, built once per article. */
const converterOf = memoize((_article: object, text: string) => codePointOffsets(text));

export function evidenceRecord({
  place,
  mention,
  article,
  text,
  claim,
  claimant,
}: EvidenceRow): EvidenceRecord {
  const { properties: p } = place;
  const at = converterOf(article, text);
  return {
    place_id: p.id,
    place_name_ar: p.name.ar,
    place_name_en: p.name.en,
    place_kind: p.kind,
    place_country: p.iso2,
    mention: text.slice(mention.start, mention.end),
    mention_start: at(mention.start),
    mention_end: at(mention.end),
    role: mention.role ?? null,
    quote: text.slice(mention.quote.start, mention.quote.end),
    quote_start: at(mention.quote.start),
    quote_end: at(mention.quote.end),
    article_id: article.id,
    article_title: article.title,
    article_date: article.published,
    article_language: article.language,
    article_outlet: article.outlet,
    article_url: article.url,
    claim_id: claim?.id ?? null,
    claim_stance: claim?.stance ?? null,
    claim_claimant: claimant,
    claim_claimant_id: claim?.claimant?.id ?? null,
    claim_activities: claim ? claim.activities.join(';') : null,
    claim_date: claim ? claimDate(claim) : null,
    claim_from: claim?.from ?? null,
    claim_to: claim?.to ?? null,
  };
}
