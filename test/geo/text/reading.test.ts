import { describe, expect, it } from 'vitest';
import { gapBefore, originalOf, readText, tokenAt, tokenSpan } from '../../../geo/text/reading';

describe('readText', () => {
  const text = 'وصلت طائرتان إلى اللاذقيّة، أمس.';
  const reading = readText(text);

  it('keeps the text as received and its normalised tokens', () => {
    expect(reading.text).toBe(text);
    expect(reading.tokens.map((t) => t.text)).toEqual(['وصلت', 'طايرتان', 'الي', 'اللاذقيه', 'امس']);
  });

  it('maps every token back to the original, vowel marks included', () => {
    expect(tokenSpan(reading, 3, 4)).toEqual({ start: 17, end: 26, text: 'اللاذقيّة' });
    expect(tokenSpan(reading, 2, 5).text).toBe('إلى اللاذقيّة، أمس');
    const { start, end } = reading.tokens[3]!;
    expect(originalOf(reading, start, end)).toBe('اللاذقيّة');
  });

  it('finds the token at an original offset and the punctuation between two tokens', () => {
    expect(tokenAt(reading, 17)).toBe(3);
    expect(tokenAt(reading, 18)).toBe(4);
    expect(tokenAt(reading, text.length)).toBe(5);
    expect(gapBefore(reading, 4)).toBe('، ');
    expect(gapBefore(reading, 0)).toBe('');
  });
});
