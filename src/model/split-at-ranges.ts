/** A run of text, marked when it lies inside one of the highlighted ranges. */
export interface TextPiece {
  /** Offset of the piece in the whole article (UTF-16 code units). */
  start: number;
  text: string;
  marked: boolean;
}

export interface OffsetRange {
  start: number;
  end: number;
}

/**
 * Cuts `text`, which begins at article offset `offset`, into pieces at the edges of `ranges` (article
 * offsets, end exclusive). Ranges are clipped to the text and merged when they overlap, so the pieces
 * always join back into exactly `text`: the quote is shown verbatim, only wrapped.
 */
export function splitAtRanges(text: string, offset: number, ranges: readonly OffsetRange[]): TextPiece[] {
  const end = offset + text.length;
  const clipped = ranges
    .map((r) => ({ start: Math.max(r.start, offset), end: Math.min(r.end, end) }))
    .filter((r) => r.end > r.start)
    .sort((a, b) => a.start - b.start);

  const pieces: TextPiece[] = [];
  let cursor = offset;
  const push = (from: number, to: number, marked: boolean) => {
    if (to > from) pieces.push({ start: from, text: text.slice(from - offset, to - offset), marked });
  };
  for (const range of clipped) {
    const from = Math.max(range.start, cursor);
    if (range.end <= from) continue;
    push(cursor, from, false);
    push(from, range.end, true);
    cursor = range.end;
  }
  push(cursor, end, false);
  return pieces;
}
