import { describe, expect, it } from 'vitest';
import { tagSpans } from '../../../geo/text/tags';

const tagged = (text: string) => tagSpans(text).map((s) => [s.kind, text.slice(s.start, s.end)]);

describe('account names and web addresses in a text', () => {
  it('finds an account name with its underscores and an address to its end', () => {
    expect(tagged('rt @kuwait_moh: see https://t.co/abc now')).toEqual([
      ['account', '@kuwait_moh'],
      ['address', 'https://t.co/abc'],
    ]);
  });

  it('finds Arabic account names and www addresses', () => {
    expect(tagged('قال @وزارة_الصحة عبر www.example.org')).toEqual([
      ['account', '@وزارة_الصحة'],
      ['address', 'www.example.org'],
    ]);
  });

  it('leaves hashtags of one word and plain text alone', () => {
    expect(tagged('شوارع #الكويت بعد الأمطار')).toEqual([]);
  });

  it('finds topic hashtags, words joined by underscores, with their words after the #', () => {
    const text = 'شوارع #الكويت بعد الأمطار #سيول_الكويت و#مرفأ_بيروت';
    expect(tagged(text)).toEqual([
      ['topic', '#سيول_الكويت'],
      ['topic', '#مرفأ_بيروت'],
    ]);
    const [flood] = tagSpans(text);
    expect(text.slice(flood!.body!.start, flood!.body!.end)).toBe('سيول_الكويت');
  });
});
