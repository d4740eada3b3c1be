/**
 * What the claim rules remember while reading one article, to know who a bare reference means: the
 * speaker named last ("وأضاف", he added), the last source of each kind ("المصدر", the source), surnames
 * met beside an office ("المتحدث باسم البيت الأبيض جوش ايرنست" … "وكرر ايرنست"), and the people the
 * article names, so that "الرئيس الروسي" is Putin only in an article that names Putin.
 */
import type { Name, Source } from '../contract';
import type { Reading } from '../text/reading';
import { lexicon } from './lexicon-index';
import { findPhrases } from './phrases';

export type ResolvedKind =
  'person' | 'office' | 'institution' | 'agency' | 'generic' | 'government' | 'unknown';

/** A source without its span: who it is. */
export interface Resolved {
  id: string | null;
  name: Name | null;
  party: string | null;
  kind: ResolvedKind;
  /** For generic sources and spokespeople, what they are ("sources", "officials", "spokesperson"). */
  role?: string;
}

export interface ClaimantContext {
  /** Person ids named anywhere in the article. */
  people: ReadonlySet<string>;
  /** The last source named explicitly: who "وأضاف" means. */
  last: Source | null;
  /** Every source named explicitly, in text order: whom "وأضافت الوزارة" takes up. */
  named: Source[];
  /** The last source of each generic kind or role: who "المصدر" or "المتحدث" means. */
  lastByRole: Map<string, Resolved>;
  /** Name words met in a source's span, and whom they named. */
  surnames: Map<string, Resolved>;
  /** Display names of places by gazetteer id, when the caller knows them. */
  placeName: (placeId: string) => Name | null;
  /**
   * The country of the dateline ("يانغون (أ ف ب) -"), by ISO code: whose "the army" or "the ruling junta"
   * is when the article names no other, as a report filed from a country speaks of its forces bare.
   */
  datelineParty: string | null;
}

export function createContext(
  at: Reading,
  placeName: (placeId: string) => Name | null = () => null,
  datelineParty: string | null = null,
): ClaimantContext {
  const people = new Set<string>();
  for (const m of findPhrases(at.tokens, lexicon().sources))
    if (m.value.kind === 'person') people.add(m.value.id);
  return {
    people,
    last: null,
    named: [],
    lastByRole: new Map(),
    surnames: new Map(),
    placeName,
    datelineParty,
  };
}

/** Remembers an explicitly named source and the name words that named it. */
export function remember(
  ctx: ClaimantContext,
  source: Source,
  resolved: Resolved,
  nameWords: readonly string[],
) {
  ctx.last = source;
  ctx.named.push(source);
  if (resolved.role) ctx.lastByRole.set(resolved.role, resolved);
  if (resolved.kind === 'unknown' && resolved.id === null && nameWords.length === 0) return;
  for (const w of nameWords) if (!ctx.surnames.has(w)) ctx.surnames.set(w, resolved);
}
