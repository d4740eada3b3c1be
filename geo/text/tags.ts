/**
 * The marks of social media and the web inside a text: account names ("@KUWAIT_MOH") and web addresses.
 * A place name inside one is no place the text names. Hashtags are left alone: a post's "#بيروت" names
 * the place as often as it files the post under a topic.
 */
import type { Span } from './boilerplate';

export type TagKind = 'account' | 'address';

export interface TagSpan extends Span {
  kind: TagKind;
}

const ACCOUNT = /@[\p{L}\p{N}_]+/gu;
const ADDRESS = /\b(?:https?:\/\/|www\.)\S+/g;

/** The account names, then the web addresses, of a normalised text (offsets into that text). */
export function tagSpans(normalized: string): TagSpan[] {
  const spans: TagSpan[] = [];
  if (normalized.includes('@')) for (const m of normalized.matchAll(ACCOUNT)) spans.push(span(m, 'account'));
  if (normalized.includes('http') || normalized.includes('www.'))
    for (const m of normalized.matchAll(ADDRESS)) spans.push(span(m, 'address'));
  return spans;
}

const span = (m: RegExpMatchArray, kind: TagKind): TagSpan => ({
  start: m.index!,
  end: m.index! + m[0].length,
  kind,
});
