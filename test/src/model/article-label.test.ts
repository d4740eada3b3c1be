import { describe, expect, it } from 'vitest';
import { articleLabel, OPENING_LENGTH } from '../../../src/model/article-label';
import { readSeedArticle } from '../fixtures/seed-articles';

describe('articleLabel', () => {
  it('is the headline when the article has one', () => {
    const article = readSeedArticle('001_8ef350c371965a55');
    expect(articleLabel(article)).toBe('الولايات المتحدة تحذر روسيا من استمرار الدعم العسكري للأسد');
  });

  it('is the opening words, verbatim and cut between words, when the headline is missing', () => {
    const article = readSeedArticle('000_3e6b238d34b65557');
    expect(article.title).toBeNull();
    const label = articleLabel(article);
    expect(label.endsWith('…')).toBe(true);
    const opening = label.slice(0, -1);
    expect(article.text.startsWith(opening)).toBe(true);
    expect(opening.length).toBeLessThanOrEqual(OPENING_LENGTH);
    expect(article.text[opening.length]).toBe(' ');
  });

  it('stops at the end of the first line', () => {
    expect(articleLabel({ title: null, text: 'سطر أول\nسطر ثان' })).toBe('سطر أول…');
  });

  it('shows a short one-line text whole, without an ellipsis', () => {
    expect(articleLabel({ title: null, text: 'خبر قصير.' })).toBe('خبر قصير.');
  });

  it('cuts a long word-less opening at the limit', () => {
    expect(articleLabel({ title: null, text: 'x'.repeat(200) })).toBe(`${'x'.repeat(OPENING_LENGTH)}…`);
  });
});
