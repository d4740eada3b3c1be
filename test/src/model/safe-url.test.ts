import { describe, expect, it } from 'vitest';
import { safeArticleUrl } from '../../../src/model/safe-url';

describe('safeArticleUrl', () => {
  it('keeps an https link', () => {
    expect(safeArticleUrl('https://example.org/news/1?x=1#p')).toBe('https://example.org/news/1?x=1#p');
  });

  it('keeps an http link, whatever the case of its scheme', () => {
    expect(safeArticleUrl('HTTP://example.org/a')).toBe('http://example.org/a');
  });

  it('refuses a javascript: link, even disguised with case and whitespace', () => {
    expect(safeArticleUrl('javascript:alert(1)')).toBeNull();
    expect(safeArticleUrl(' JavaScript:alert(1)')).toBeNull();
    expect(safeArticleUrl('java\nscript:alert(1)')).toBeNull();
  });

  it('refuses data:, file: and other schemes', () => {
    expect(safeArticleUrl('data:text/html,<script>alert(1)</script>')).toBeNull();
    expect(safeArticleUrl('file:///etc/passwd')).toBeNull();
    expect(safeArticleUrl('ftp://example.org/')).toBeNull();
  });

  it('refuses a relative or malformed URL', () => {
    expect(safeArticleUrl('/news/1')).toBeNull();
    expect(safeArticleUrl('not a url')).toBeNull();
  });

  it('gives nothing for no URL', () => {
    expect(safeArticleUrl(null)).toBeNull();
  });
});
