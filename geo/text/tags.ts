/**
 * The marks of social media and the web inside a text: account names ("@KUWAIT_MOH"), web addresses and
 * topic hashtags. A place name inside an account or an address is no place the text names. A hashtag of
 * one name ("#بيروت", "#حفر_الباطن") names the place as often as it files the post under a topic, and is
 * left alone; one that joins a place to other words ("#سيول_الكويت" Kuwait floods, "#الكويت_الان"
 * Kuwait now) is a topic's label, and names its place only when the name is the whole of it (`body`).
 */
import type { Span } from './boilerplate';

export type TagKind = 'account' | 'address' | 'topic';

export interface TagSpan extends Span {
  kind: TagKind;
  /** A topic hashtag's words, after its "#": a name that spans them all is the hashtag's own. */
  body?: Span;
}

const ACCOUNT = /@[\p{L}\p{N}_]+/gu;
const ADDRESS = /\b(?:https?:\/\/|www\.)\S+/g;
/** A hashtag of two words or more, joined by underscores. */
const TOPIC = /#[\p{L}\p{N}\p{M}]+(?:_+[\p{L}\p{N}\p{M}]+)+/gu;

/** The account names, the web addresses, then the topic hashtags of a normalised text (its offsets). */
export function tagSpans(normalized: string): TagSpan[] {
  const spans: TagSpan[] = [];
  if (normalized.includes('@')) for (const m of normalized.matchAll(ACCOUNT)) spans.push(span(m, 'account'));
  if (normalized.includes('http') || normalized.includes('www.'))
    for (const m of normalized.matchAll(ADDRESS)) spans.push(span(m, 'address'));
  if (normalized.includes('#') && normalized.includes('_'))
    for (const m of normalized.matchAll(TOPIC)) {
      const topic = span(m, 'topic');
      spans.push({ ...topic, body: { start: topic.start + 1, end: topic.end } });
    }
  return spans;
}

const span = (m: RegExpMatchArray, kind: TagKind): TagSpan => ({
  start: m.index!,
  end: m.index! + m[0].length,
  kind,
});
