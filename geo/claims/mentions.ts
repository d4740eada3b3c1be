/**
 * The geoparser's place mentions of one article, located on the claim rules' tokens, so that a rule can
 * ask "is token i part of a place name, and which place".
 */
import type { Name, PlaceFeature, PlaceKind } from '../contract';
import { tokenAt, type Reading } from '../text/reading';

export interface ArticleMention {
  placeId: string;
  kind: PlaceKind;
  iso2: string | null;
  name: Name;
  /** Original offsets, as in the dataset. */
  start: number;
  end: number;
  /** Token range, end exclusive. */
  firstToken: number;
  endToken: number;
}

/** The mentions of `articleId` among `features`, in text order. */
export function articleMentions(
  at: Reading,
  features: readonly PlaceFeature[],
  articleId: string,
): ArticleMention[] {
  const out: ArticleMention[] = [];
  for (const { properties: p } of features)
    for (const m of p.mentions) {
      if (m.articleId !== articleId) continue;
      // A run-together word ("واشنطنروسيا") holds two mentions in one token: both keep that token.
      let firstToken = tokenAt(at, m.start);
      if (firstToken >= at.tokens.length || at.origStart[firstToken]! > m.start) firstToken--;
      let endToken = firstToken + 1;
      while (endToken < at.tokens.length && at.origStart[endToken]! < m.end) endToken++;
      out.push({
        placeId: p.id,
        kind: p.kind,
        iso2: p.iso2,
        name: p.name,
        start: m.start,
        end: m.end,
        firstToken,
        endToken,
      });
    }
  return out.sort((a, b) => a.start - b.start);
}

/** The mentions whose first token lies in `[first, end)`. */
export function mentionsIn(
  mentions: readonly ArticleMention[],
  first: number,
  end: number,
): ArticleMention[] {
  return mentions.filter((m) => m.firstToken >= first && m.firstToken < end);
}

/** The mention that starts at token `i`, or covers it; the first when a token holds two. */
export function mentionAtToken(mentions: readonly ArticleMention[], i: number): ArticleMention | undefined {
  return mentions.find((m) => m.firstToken <= i && i < m.endToken);
}

/**
 * "الرياض - أعلن …", "MOSCOW - Russia's…": a place that opens its line before a dash is where the report
 * was written (a dateline), never who speaks nor what acts.
 */
export function isDateline(text: string, m: Pick<ArticleMention, 'start' | 'end'>): boolean {
  const before = text.slice(Math.max(0, m.start - 60), m.start);
  // "القامشلي (سوريا) -": the country in parentheses after the town is the dateline too.
  const inParentheses =
    /(^|\n)[^\S\n]*[^\s()][^()\n]*\([^\S\n]*$/.test(before) &&
    /^[^\S\n]*\)[^\S\n]*[-–—]/.test(text.slice(m.end, m.end + 8));
  return (
    inParentheses ||
    (/(^|\n)[^\S\n]*$/.test(before) &&
      /^[^\S\n]*(\([^)\n]*\)[^\S\n]*)?[-–—]/.test(text.slice(m.end, m.end + 60)))
  );
}
