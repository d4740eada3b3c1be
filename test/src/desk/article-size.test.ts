import { describe, expect, it } from 'vitest';
import { LIMITS } from '../../../geo/contract';
import { DESK_STRINGS } from '../../../src/i18n/desk-strings';
import { articleFromFields } from '../../../src/desk/project/article-input';
import { readArticleFiles } from '../../../src/desk/views/article-files';

/** Arabic text of exactly `bytes` bytes as UTF-8: each letter takes two. */
const arabicOf = (bytes: number) => 'ع'.repeat(Math.floor(bytes / 2)) + (bytes % 2 ? ' ' : '');
const fields = (text: string) => ({
  text,
  title: 'كتاب',
  published: '2015-09-20',
  language: 'ar' as const,
  outlet: '',
  url: '',
});

describe('an article larger than an article may be, on the desk', () => {
  it('is refused when pasted, as too large, and one at the limit is taken', () => {
    expect(articleFromFields(fields(arabicOf(LIMITS.articleBytes + 2)))).toEqual({
      ok: false,
      problems: { text: 'too-large' },
    });
    expect(articleFromFields(fields(arabicOf(LIMITS.articleBytes))).ok).toBe(true);
  });

  it('says its size, the limit and how to split it, in both languages', () => {
    expect(DESK_STRINGS.en.articleTooLarge(1_500_000)).toBe(
      '1.50 MB (1500000 bytes), more than the 1.00 MB (1000000 bytes) an article may have: split it into ' +
        'articles of at most 1.00 MB, each with its own header (id, published, language)',
    );
    expect(DESK_STRINGS.ar.articleTooLarge(1_500_000)).toMatch(/^1\.50 MB \(1500000 بايت\).*1\.00 MB.*قسّمه/);
  });

  it('is refused when a file is added, the message naming the file, and the other files are read', async () => {
    const header = '---\nid: book\npublished: 2015-09-20\nlanguage: ar\n---\n';
    const book = new File([header + arabicOf(LIMITS.articleBytes)], 'book.txt');
    const plain = new File([arabicOf(LIMITS.articleBytes + 10)], 'plain.txt');
    const news = new File(['وصلت سفن روسية إلى طرطوس.'], 'news.txt');
    const { articles, messages } = await readArticleFiles([book, plain, news], DESK_STRINGS.en);
    expect(articles.map((a) => a.title)).toEqual(['news']);
    expect(messages).toEqual([
      `book.txt: ${DESK_STRINGS.en.articleTooLarge(book.size)}`,
      `plain.txt: ${DESK_STRINGS.en.articleTooLarge(LIMITS.articleBytes + 10)}`,
    ]);
    expect(book.size).toBeGreaterThan(LIMITS.articleBytes);
  });
});
