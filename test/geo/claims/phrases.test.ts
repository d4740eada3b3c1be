import { describe, expect, it } from 'vitest';
import { createPhraseIndex, findPhrases, readings } from '../../../geo/claims/phrases';
import { normalize, normalizeName } from '../../../geo/letters/normalize';
import { tokenize } from '../../../geo/text/tokens';

const find = (text: string, phrases: [string, string][], verbs = false) => {
  const tokens = tokenize(normalize(text).text);
  return findPhrases(tokens, createPhraseIndex(phrases, verbs)).map((m) => m.value);
};

describe('phrases', () => {
  it('reads a word with its particles, article and pronoun suffix as the bare word', () => {
    expect(readings(normalizeName('وبالأسلحة'))).toContain(normalizeName('أسلحة'));
    expect(find('بتعزيز وجودها العسكري', [['تعزيز وجود', 'presence']])).toEqual(['presence']);
    expect(find('للطائرات', [['الطائرات', 'air']])).toEqual(['air']);
  });

  it('reads a masculine plural with "his": "مقاتليه" is "مقاتلي"', () => {
    expect(find('إن مقاتليه هاجموا', [['مقاتلي', 'ground']])).toEqual(['ground']);
    expect(find('قوات بريه', [['بري', 'x']])).toEqual([]);
  });

  it('does not read a feminine ending as the pronoun "his": "مدرجة" is no "مدرج"', () => {
    expect(find('ميادين لم تكن مدرجة', [['مدرج', 'air']])).toEqual([]);
  });

  it('reads only "and" and "so" before a verb: "كيري" is no "ك" + "يرى"', () => {
    expect(find('كيري', [['يرى', 'verb']], true)).toEqual([]);
    expect(find('وترى', [['ترى', 'verb']], true)).toEqual(['verb']);
  });

  it('finds the longest phrase first', () => {
    expect(
      find('قوات من مشاة البحرية', [
        ['البحرية', 'naval'],
        ['مشاة البحرية', 'ground'],
      ]),
    ).toEqual(['ground']);
  });

  it('lets one adjective stand inside a phrase', () => {
    expect(find('نظام صاروخي متقدم مضاد للطائرات', [['نظام صاروخي مضاد للطائرات', 'sam']])).toEqual(['sam']);
  });

  it('matches English case-free and across hyphens', () => {
    expect(find('two An-124 Condor planes', [['An 124 Condor', 'an-124']])).toEqual(['an-124']);
  });
});
