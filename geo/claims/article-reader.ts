/**
 * An article as the claim rules read it: its text read once (text/reading.ts), the geoparser's place
 * mentions on its tokens, what the rules remember while reading it, the tokens no source's name may hold,
 * and its publication date.
 */
import type { Reading } from '../text/reading';
import type { ClaimantContext } from './claimant-context';
import type { ArticleMention } from './mentions';

export interface ArticleReader {
  at: Reading;
  mentions: readonly ArticleMention[];
  ctx: ClaimantContext;
  /** True for a token that names an activity, equipment, a stance, an attribution or a day. */
  blocked: (token: number) => boolean;
  /** ISO date the article was published. */
  published: string;
}
