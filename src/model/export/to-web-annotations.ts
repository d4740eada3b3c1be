/**
 * The evidence on screen as W3C Web Annotations (JSON-LD, https://www.w3.org/TR/annotation-model/), which
 * annotation tools read: one annotation per place mention, whose target is the quoting sentence of the
 * article and whose body is the place (its names as tags, its position as a `geo:` URI, RFC 5870).
 *
 * The sentence is selected twice, for tools that anchor either way: by its words (TextQuoteSelector, with
 * 32 code points of context on each side) and by its position (TextPositionSelector). The W3C counts
 * positions in code points, where the dataset counts UTF-16 code units (code-points.ts converts).
 * Positions are into the article's text as dalil holds it; the quote selector also finds the sentence in
 * the published page, which may carry more than the text.
 */
import type { Language } from '../../../geo/contract';
import type { ListedArticle } from '../../../geo/split-dataset';
import { codePointsAfter, codePointsBefore } from './code-points';
import { evidenceRecord } from './evidence-record';
import type { EvidenceRow } from './evidence-rows';

export const ANNOTATION_CONTEXT = 'http://www.w3.org/ns/anno.jsonld';
/** Code points of context the quote selector carries on each side, as annotation tools commonly keep. */
export const CONTEXT_LENGTH = 32;

export interface TextQuoteSelector {
  type: 'TextQuoteSelector';
  exact: string;
  prefix: string;
  suffix: string;
}

export interface TextPositionSelector {
  type: 'TextPositionSelector';
  /** Code points from the start of the article's text; `end` exclusive. */
  start: number;
  end: number;
}

export type AnnotationBody =
  | { type: 'TextualBody'; purpose: 'tagging'; value: string; language: Language; format: 'text/plain' }
  /** An outside resource given a purpose is a Specific Resource of it (W3C model, 4.1). */
  | { type: 'SpecificResource'; source: string; purpose: 'identifying' };

export interface EvidenceAnnotation {
  id: string;
  type: 'Annotation';
  motivation: 'identifying';
  body: AnnotationBody[];
  target: { source: string; selector: [TextQuoteSelector, TextPositionSelector] };
}

export interface AnnotationCollection {
  '@context': typeof ANNOTATION_CONTEXT;
  id: string;
  type: 'AnnotationCollection';
  label: string;
  total: number;
  first: { id: string; type: 'AnnotationPage'; startIndex: 0; items: EvidenceAnnotation[] };
}

/** The article as annotations name it: its published address, else a URN of its id. */
export function articleSource(article: Pick<ListedArticle, 'id' | 'url'>): string {
  return article.url ?? `urn:dalil:article:${article.id}`;
}

/** All annotations in one collection, its one page embedded; `id` names the collection (a URN). */
export function toWebAnnotations(rows: readonly EvidenceRow[], id: string): AnnotationCollection {
  const items = annotationsOf(rows);
  return {
    '@context': ANNOTATION_CONTEXT,
    id,
    type: 'AnnotationCollection',
    label: 'dalil: places reported in the news, each with the sentence that names it',
    total: items.length,
    first: { id: `${id}:page:1`, type: 'AnnotationPage', startIndex: 0, items },
  };
}

function annotationsOf(rows: readonly EvidenceRow[]): EvidenceAnnotation[] {
  const seen = new Set<string>();
  const annotations: EvidenceAnnotation[] = [];
  for (const row of rows) {
    const record = evidenceRecord(row);
    const id = `urn:dalil:mention:${record.place_id}:${record.article_id}:${record.mention_start}-${record.mention_end}`;
    // A mention two claims share is one row per claim, and one annotation.
    if (seen.has(id)) continue;
    seen.add(id);
    const { text } = row;
    const { quote } = row.mention;
    const [lng, lat] = row.place.geometry.coordinates;
    annotations.push({
      id,
      type: 'Annotation',
      motivation: 'identifying',
      body: [
        tag(record.place_name_ar, 'ar'),
        tag(record.place_name_en, 'en'),
        // RFC 5870 orders a geo: URI latitude first.
        { type: 'SpecificResource', source: `geo:${lat},${lng}`, purpose: 'identifying' },
      ],
      target: {
        source: articleSource(row.article),
        selector: [
          {
            type: 'TextQuoteSelector',
            exact: record.quote,
            prefix: codePointsBefore(text, quote.start, CONTEXT_LENGTH),
            suffix: codePointsAfter(text, quote.end, CONTEXT_LENGTH),
          },
          { type: 'TextPositionSelector', start: record.quote_start, end: record.quote_end },
        ],
      },
    });
  }
  return annotations;
}

function tag(value: string, language: Language): AnnotationBody {
  return { type: 'TextualBody', purpose: 'tagging', value, language, format: 'text/plain' };
}
