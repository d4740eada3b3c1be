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
  const index = tokenIndex(mentions);
  if (!index) return mentions.filter((m) => m.firstToken >= first && m.firstToken < end);
  const out: ArticleMention[] = [];
  for (let k = firstFrom(mentions, first); k < mentions.length && mentions[k]!.firstToken < end; k++)
    out.push(mentions[k]!);
  return out;
}

/** The mention that starts at token `i`, or covers it; the first when a token holds two. */
export function mentionAtToken(mentions: readonly ArticleMention[], i: number): ArticleMention | undefined {
  const index = tokenIndex(mentions);
  if (!index) return mentions.find((m) => m.firstToken <= i && i < m.endToken);
  // Only a mention that starts at most its longest span before `i` can cover it.
  for (let k = firstFrom(mentions, i - index.longest + 1); k < mentions.length; k++) {
    const m = mentions[k]!;
    if (m.firstToken > i) return undefined;
    if (i < m.endToken) return m;
  }
  return undefined;
}

/** What the searches by token need to know of a list of mentions in the order of their first tokens. */
interface TokenIndex {
  /** The most tokens one mention spans. */
  longest: number;
}

const tokenIndexes = new WeakMap<readonly ArticleMention[], TokenIndex | null>();

/**
 * The list's index when its mentions come in the order of their first tokens (as `articleMentions` gives
 * them), so a clause finds its own by binary search rather than by reading the article's every mention;
 * null for a list in another order, searched whole.
 */
function tokenIndex(mentions: readonly ArticleMention[]): TokenIndex | null {
  let index = tokenIndexes.get(mentions);
  if (index !== undefined) return index;
  let longest = 0;
  index = { longest };
  for (let k = 0; k < mentions.length; k++) {
    const m = mentions[k]!;
    if (k > 0 && m.firstToken < mentions[k - 1]!.firstToken) {
      index = null;
      break;
    }
    longest = Math.max(longest, m.endToken - m.firstToken);
  }
  if (index) index.longest = longest;
  tokenIndexes.set(mentions, index);
  return index;
}

/** The first position whose mention's first token is `token` or after. */
function firstFrom(mentions: readonly ArticleMention[], token: number): number {
  let lo = 0;
  let hi = mentions.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (mentions[mid]!.firstToken < token) lo = mid + 1;
    else hi = mid;
  }
  return lo;
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
    // "CARACAS, June 11 -", "ISLAMABAD (Reuters) -": a date or an agency may stand before the dash.
    (opensLine(text, m.start) &&
      /^[^\S\n]*(,[^,.\n()\-–—]{1,25})?(\([^)\n]*\)[^\S\n]*)?[-–—]/.test(text.slice(m.end, m.end + 60)))
  );
}

/**
 * True when only spaces stand between the line's start and `offset`. Read backwards from `offset`, so a
 * long article costs each mention the spaces before it, not the text before it.
 */
function opensLine(text: string, offset: number): boolean {
  for (let k = offset - 1; k >= 0; k--) {
    const c = text[k]!;
    if (c === '\n') return true;
    if (!/\s/.test(c)) return false;
  }
  return true;
}
