import { describe, expect, it } from 'vitest';
import { ArticleError, parseArticle } from '../../geo/article';
import { LIMITS } from '../../geo/contract';

const header = (lines: string[]) => `---\n${lines.join('\n')}\n---\n`;
const good = ['id: a-1', 'title: عنوان', 'published: 2015-09-15', 'language: ar'];

describe('parseArticle', () => {
  it('reads the header and keeps the body exactly as written', () => {
    const body = '  نص المقال.\nسطر ثان';
    const article = parseArticle(header(good) + body, 'a.txt');
    expect(article).toMatchObject({ id: 'a-1', title: 'عنوان', published: '2015-09-15', language: 'ar' });
    expect(article.outlet).toBeNull();
    expect(article.url).toBeNull();
    expect(article.text).toBe(body);
  });

  it('reads a header written with Windows line ends', () => {
    const article = parseArticle(header(good).replace(/\n/g, '\r\n') + 'نص', 'a.txt');
    expect(article.id).toBe('a-1');
    expect(article.text).toBe('نص');
  });

  const broken: [string, string, RegExp][] = [
    ['no header', 'نص فقط', /missing the metadata header/],
    ['an unclosed header', '---\nid: a\n', /never closed/],
    ['a line without a colon', header(['id a']) + 'نص', /not "key: value"/],
    ['an unknown key', header([...good, 'author: x']) + 'نص', /unknown key "author"/],
    ['a key given twice', header([...good, 'id: b']) + 'نص', /"id" given twice/],
    ['a missing date', header(['id: a', 'language: ar']) + 'نص', /no "published"/],
    ['a bad date', header(['id: a', 'published: 15/09/2015', 'language: ar']) + 'نص', /published/],
    ['an unknown language', header(['id: a', 'published: 2015-09-15', 'language: fr']) + 'نص', /language/],
    ['a javascript: URL', header([...good, 'url: javascript:alert(1)']) + 'نص', /url/],
    ['an id with a slash', header(['id: ../x', 'published: 2015-09-15', 'language: ar']) + 'نص', /id/],
    ['no body', header(good) + '  \n', /no text/],
  ];
  for (const [what, content, message] of broken) {
    it(`refuses ${what}, naming the file`, () => {
      expect(() => parseArticle(content, 'geo/articles/x.txt')).toThrow(ArticleError);
      expect(() => parseArticle(content, 'geo/articles/x.txt')).toThrow(message);
      expect(() => parseArticle(content, 'geo/articles/x.txt')).toThrow(/^geo\/articles\/x\.txt: /);
    });
  }

  it('reads a file whose lines end with CR alone, as old Mac editors write them', () => {
    const article = parseArticle(header(good).replace(/\n/g, '\r') + 'نص\rسطر', 'a.txt');
    expect(article.id).toBe('a-1');
    expect(article.text).toBe('نص\rسطر');
  });

  it('refuses a day the calendar does not have', () => {
    for (const day of ['2015-02-29', '2015-02-30', '2015-04-31', '2015-13-01'])
      expect(() =>
        parseArticle(header(['id: a', `published: ${day}`, 'language: ar']) + 'نص', 'x.txt'),
      ).toThrow(/line 3: published: no such day|line 3: published: a date/);
    expect(
      parseArticle(header(['id: a', 'published: 2016-02-29', 'language: ar']) + 'نص', 'x.txt').published,
    ).toBe('2016-02-29');
  });

  it('names every problem of a header at once, each with its line', () => {
    const content = header(['id: a', 'published: 2015-02-30', 'language: fr', 'author: x', 'id: b']) + 'نص';
    const message = (() => {
      try {
        parseArticle(content, 'geo/articles/x.txt');
        return '';
      } catch (error) {
        return (error as Error).message;
      }
    })();
    expect(message).toMatch(/^geo\/articles\/x\.txt: /);
    expect(message).toMatch(/line 3: published: no such day/);
    expect(message).toMatch(/line 4: language: ar or en/);
    expect(message).toMatch(/line 5: unknown key "author"/);
    expect(message).toMatch(/line 6: "id" given twice \(first on line 2\)/);
  });

  it('refuses a title, an outlet or a note longer than the limits, and says the limit', () => {
    const long = 'ع'.repeat(LIMITS.titleLength + 1);
    expect(() =>
      parseArticle(header([...good.slice(0, 1), `title: ${long}`, ...good.slice(2)]) + 'نص', 'x.txt'),
    ).toThrow(`line 3: title: at most ${LIMITS.titleLength} characters`);
  });

  it('refuses a body longer than the limit', () => {
    const body = 'نص '.repeat(LIMITS.articleLength / 3 + 1);
    expect(() => parseArticle(header(good) + body, 'x.txt')).toThrow(
      `the text: at most ${LIMITS.articleLength}`,
    );
  });

  it('accepts an http or https URL', () => {
    expect(parseArticle(header([...good, 'url: https://example.org/a?b=1']) + 'نص', 'a.txt').url).toBe(
      'https://example.org/a?b=1',
    );
  });
});
