import { describe, expect, it } from 'vitest';
import { MAX_QUOTE_LENGTH, quoteFor, splitSentences } from '../../../geo/text/sentences';

const texts = (text: string) => splitSentences(text).map((s) => text.slice(s.start, s.end));

describe('splitSentences', () => {
  it('splits Arabic sentences at full stops and question marks', () => {
    expect(texts('وصل كيري. هل يلتقي لافروف؟ نعم')).toEqual(['وصل كيري.', 'هل يلتقي لافروف؟', 'نعم']);
  });

  it('keeps a closing quotation mark with its sentence', () => {
    expect(texts('وقال "نريد تجنب المشاكل." وأضاف')).toEqual(['وقال "نريد تجنب المشاكل."', 'وأضاف']);
  });

  it('does not break inside "إس.إيه22" or "..." run into the next word', () => {
    expect(texts('نظام "إس.إيه22" هناك. ندعم حكومة سوريا...في مواجهة')).toEqual([
      'نظام "إس.إيه22" هناك.',
      'ندعم حكومة سوريا...في مواجهة',
    ]);
  });

  it('treats every line as its own sentence (titles, captions)', () => {
    expect(texts('العنوان\n\nImage caption صورة\nالنص.')).toEqual(['العنوان', 'Image caption صورة', 'النص.']);
  });

  it('does not break after English abbreviations', () => {
    expect(texts('U.S. officials met Mr. Lavrov in Moscow. Then they left.')).toEqual([
      'U.S. officials met Mr. Lavrov in Moscow.',
      'Then they left.',
    ]);
  });

  it('returns nothing for empty or blank text', () => {
    expect(splitSentences('')).toEqual([]);
    expect(splitSentences(' \n\t ')).toEqual([]);
  });
});

describe('quoteFor', () => {
  it('quotes the whole sentence around a mention', () => {
    const text = 'أول جملة. وصل الجنود إلى اللاذقية أمس. جملة أخرى.';
    const start = text.indexOf('اللاذقية');
    const q = quoteFor(text, splitSentences(text), start, start + 8);
    expect(text.slice(q.start, q.end)).toBe('وصل الجنود إلى اللاذقية أمس.');
  });

  it('keeps a quote short and around its mention when a line has no punctuation', () => {
    const text = ('كلمة '.repeat(400) + 'اللاذقية ' + 'كلمة '.repeat(400)).trim();
    const start = text.indexOf('اللاذقية');
    const q = quoteFor(text, splitSentences(text), start, start + 8);
    expect(q.end - q.start).toBeLessThanOrEqual(MAX_QUOTE_LENGTH);
    expect(q.start).toBeLessThanOrEqual(start);
    expect(q.end).toBeGreaterThanOrEqual(start + 8);
    expect(text.charAt(q.start - 1)).toBe(' ');
  });
});
