import type { OffsetRange } from './split-at-ranges';

/**
 * The paragraphs of an article: its non-empty lines, as ranges of article offsets. The text between them
 * is only line breaks, so the paragraphs together keep every other character exactly.
 */
export function paragraphRanges(text: string): OffsetRange[] {
  const ranges: OffsetRange[] = [];
  let start = 0;
  while (start <= text.length) {
    const newline = text.indexOf('\n', start);
    const end = newline === -1 ? text.length : newline;
    if (text.slice(start, end).trim() !== '') ranges.push({ start, end });
    start = end + 1;
  }
  return ranges;
}
