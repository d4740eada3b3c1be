/** The article's text cut at its mentions and candidates, for the desk to show each as a control. */
import type { PlaceFeature, Unresolved } from '../../../geo/contract';

export type SpanState = 'automatic' | 'verified' | 'corrected' | 'unresolved';

export interface TextSpan {
  start: number;
  end: number;
  text: string;
  /** Null for plain text between mentions. */
  mention: { state: SpanState; placeId: string | null; reason: string; confidence: number | null } | null;
}

/** Pieces that join back into exactly `text`; where two mentions overlap, the first one read wins. */
export function textSpans(
  text: string,
  articleId: string,
  features: readonly PlaceFeature[],
  unresolved: readonly Unresolved[],
): TextSpan[] {
  const marks = [
    ...features.flatMap((f) =>
      f.properties.mentions
        .filter((m) => m.articleId === articleId)
        .map((m) => ({
          start: m.start,
          end: m.end,
          mention: {
            state: m.review?.state ?? ('automatic' as const),
            placeId: f.properties.id,
            reason: m.reason,
            confidence: m.review ? null : m.confidence,
          },
        })),
    ),
    ...unresolved
      .filter((u) => u.articleId === articleId)
      .map((u) => ({
        start: u.start,
        end: u.end,
        mention: { state: 'unresolved' as const, placeId: null, reason: u.reason, confidence: null },
      })),
  ].sort((a, b) => a.start - b.start || b.end - a.end);
  const spans: TextSpan[] = [];
  let cursor = 0;
  for (const mark of marks) {
    if (mark.start < cursor || mark.end > text.length) continue;
    if (mark.start > cursor)
      spans.push({ start: cursor, end: mark.start, text: text.slice(cursor, mark.start), mention: null });
    spans.push({ ...mark, text: text.slice(mark.start, mark.end) });
    cursor = mark.end;
  }
  if (cursor < text.length)
    spans.push({ start: cursor, end: text.length, text: text.slice(cursor), mention: null });
  return spans;
}
