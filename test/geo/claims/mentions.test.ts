import { describe, expect, it } from 'vitest';
import { isDateline, mentionAtToken, mentionsIn, type ArticleMention } from '../../../geo/claims/mentions';

const mention = (firstToken: number, endToken: number, placeId = `p${firstToken}`): ArticleMention => ({
  placeId,
  kind: 'settlement',
  iso2: 'SY',
  name: { ar: placeId, en: placeId },
  start: firstToken * 10,
  end: endToken * 10,
  firstToken,
  endToken,
});

/** What each search answered before it had an index: the list read whole. */
const linearIn = (list: ArticleMention[], first: number, end: number) =>
  list.filter((m) => m.firstToken >= first && m.firstToken < end);
const linearAt = (list: ArticleMention[], i: number) => list.find((m) => m.firstToken <= i && i < m.endToken);

describe('mentions', () => {
  const inOrder = [mention(0, 1), mention(3, 7), mention(3, 4, 'twin'), mention(5, 6), mention(9, 10)];

  it('finds the mentions of a token range and of a token as reading the whole list would', () => {
    for (let first = 0; first < 12; first++)
      for (let end = first; end < 12; end++)
        expect(mentionsIn(inOrder, first, end)).toEqual(linearIn(inOrder, first, end));
    for (let i = 0; i < 12; i++) expect(mentionAtToken(inOrder, i)).toBe(linearAt(inOrder, i));
  });

  it('gives the first mention that covers a token when a long one starts before it', () => {
    expect(mentionAtToken(inOrder, 5)?.placeId).toBe('p3');
    expect(mentionAtToken(inOrder, 3)?.placeId).toBe('p3');
    expect(mentionAtToken(inOrder, 8)).toBeUndefined();
  });

  it('searches a list in another order whole', () => {
    const shuffled = [inOrder[3]!, inOrder[0]!, inOrder[4]!, inOrder[1]!];
    expect(mentionsIn(shuffled, 0, 6)).toEqual(linearIn(shuffled, 0, 6));
    expect(mentionAtToken(shuffled, 5)).toBe(shuffled[0]);
  });

  it('reads a dateline from the line the place opens, spaces before it or not', () => {
    expect(isDateline('موسكو - أعلن', { start: 0, end: 5 })).toBe(true);
    expect(isDateline('عنوان\n  موسكو - أعلن', { start: 8, end: 13 })).toBe(true);
    expect(isDateline('قال في موسكو - أمس', { start: 7, end: 12 })).toBe(false);
  });
});
