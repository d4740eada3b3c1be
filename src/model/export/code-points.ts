/**
 * From UTF-16 code units, which JavaScript strings and the dataset's offsets count, to Unicode code
 * points, which the exports count (as the W3C text selectors, Python and R do). The two differ only past
 * a character outside the Basic Multilingual Plane (an emoji, a rare CJK character), which takes two
 * code units and is one code point.
 */

/**
 * A converter for one text: `toCodePoints(offset)` is the number of code points in
 * `text.slice(0, offset)`. Built in one pass over the text; each conversion is a binary search over its
 * astral characters (usually none), so converting every offset of a long article stays cheap.
 */
export function codePointOffsets(text: string): (offset: number) => number {
  // Where each surrogate pair ends: the index of its second (low) code unit.
  const pairEnds: number[] = [];
  for (let i = 1; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    const before = text.charCodeAt(i - 1);
    if (unit >= 0xdc00 && unit <= 0xdfff && before >= 0xd800 && before <= 0xdbff) pairEnds.push(i++);
  }
  return (offset) => {
    // Pairs wholly before `offset`: those whose low unit lies before it.
    let low = 0;
    let high = pairEnds.length;
    while (low < high) {
      const middle = (low + high) >>> 1;
      if (pairEnds[middle]! < offset) low = middle + 1;
      else high = middle;
    }
    return offset - low;
  };
}

/** The last `count` code points of `text` before UTF-16 offset `end`, never half a surrogate pair. */
export function codePointsBefore(text: string, end: number, count: number): string {
  return Array.from(text.slice(Math.max(0, end - 2 * count), end))
    .slice(-count)
    .join('');
}

/** The first `count` code points of `text` from UTF-16 offset `start`, never half a surrogate pair. */
export function codePointsAfter(text: string, start: number, count: number): string {
  return Array.from(text.slice(start, start + 2 * count))
    .slice(0, count)
    .join('');
}
