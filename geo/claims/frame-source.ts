/**
 * The source one attribution word names: the subject of a verb, before it ("بوتين يدعو", "U.S. officials
 * said") or after it ("وقال مسؤولون أمريكيون"), the genitive of a noun ("اتهامات الولايات المتحدة"), the
 * words after "حسب" / "according to", or the speaker named before ("وأضاف").
 */
import type { Source } from '../contract';
import { gapBefore, tokenSpan, type Reading } from '../text/reading';
import type { ArticleReader } from './article-reader';
import type { Clause } from './clauses';
import type { Resolved } from './claimant-context';
import { resolveParts } from './claimant-resolve';
import type { SourceEntry } from '../lexicon/claims-schema';
import { ATTRIBUTION_WORDS } from '../lexicon/lexicon';
import { readings, type PhraseMatch } from './phrases';
import { nationalityOf } from './source-words';
import { withoutConjunction } from '../text/particles';
import { readParts, type Part } from './subject';

const {
  frames,
  topicVerbs,
  mediaVerbs: MEDIA_VERBS,
  openers: OPENERS,
  auxiliaries: AUXILIARIES,
  demonstratives: DEMONSTRATIVES,
  impersonals: IMPERSONALS,
} = ATTRIBUTION_WORDS;
/** "أن" after a verb of saying: with no subject between, an impersonal verb speaks for no one. */
const COMPLEMENTS = new Set(['أن', 'ان', 'بأن', 'بان']);
/** The verbs of saying (attribution.json's `verb` frames), shared by the readers of sources. */
export const SAYING = new Set(frames.groups.filter((g) => g.kind === 'verb').flatMap((g) => [...g.words]));
/** Most words a subject may stand before its verb ("لكن الدبلوماسي الغربي قال"). */
const MAX_BEFORE = 8;

/** A source found for one attribution word, with the tokens that name it. */
export interface Found {
  resolved: Resolved;
  parts: Part[];
  first: number;
  end: number;
  /** Where the reading stopped: past words that belong to the source without naming it. */
  stop: number;
}

/**
 * The source of attribution word `frame` in `clause`; 'carried' when a verb with no subject of its own
 * keeps the speaker named before; null when the word names no source. `before` is an institution named
 * earlier in the clause, for a bare "المتحدث".
 */
export function sourceOf(
  reader: ArticleReader,
  frame: PhraseMatch<string>,
  clause: Clause,
  before: SourceEntry | null,
): Found | null | 'carried' {
  const { at, ctx } = reader;
  const prev = at.tokens[frame.firstToken - 1]?.text ?? '';
  if (frame.value === 'noun' && readings(prev).some((r) => topicVerbs.has(r))) return null;
  // "التابع للاتحاد" (affiliated) is no "تابع" (he went on): no verb takes the article.
  const word = withoutConjunction(at.tokens[frame.firstToken]!.text);
  if (frame.value === 'verb' && word.startsWith('ال') && !SAYING.has(word)) return null;
  // "الولايات المتحدة تحذر روسيا", "لكن الدبلوماسي الغربي قال": a subject before its verb comes first,
  // else "وتتهم واشنطن روسيا": the subject after it.
  let found = frame.value === 'verb' ? subjectBefore(reader, frame.firstToken, clause, before) : null;
  found ??= read(
    reader,
    frame.value === 'according' ? pastWhatSaid(reader, frame.endToken) : pastPronoun(reader, frame.endToken),
    clause.endToken,
    before,
  );
  // "according to a blogger who tracks ship movements": after "according to" the words name a source.
  // Only in English: "حسب" and "وفق" also mean "as needed by", "under" ("حسب الضرورة الميدانية").
  if (!found && frame.value === 'according' && /^[a-z]/.test(at.tokens[frame.firstToken]!.text))
    found = unnamed(reader, frame.endToken, clause.endToken);
  if (!found && frame.value === 'verb') {
    const next = at.tokens[frame.endToken]?.text ?? '';
    // "ويتوقع أن تصل", "ويذكر أن": impersonal, the article's own voice.
    if (COMPLEMENTS.has(next) && readings(word, true).some((r) => IMPERSONALS.has(r))) return null;
    if (opensClause(at, clause, frame.firstToken) && ctx.last && !DEMONSTRATIVES.has(next)) return 'carried';
  }
  if (
    found &&
    MEDIA_VERBS.has(at.tokens[frame.firstToken]!.text.replace(/^و/, '')) &&
    !['agency', 'institution'].includes(found.resolved.kind) &&
    found.resolved.role !== 'media'
  )
    return null;
  return found;
}

/** "ما" / "لما" after "حسب", "وفق": what someone said ("وفق ما أفاد به", "بحسب ما نقلت", "وفقا لما ذكرته"). */
const WHAT = new Set(['ما', 'لما']);
/** The pronoun a verb of saying takes after "ما" ("أفاد به", "ذكرته"). */
const WHAT_PRONOUN = /^(به|بها|ه|ها)$/;

/**
 * Where the source begins after "حسب" / "وفق": past "ما" and a verb of saying ("بحسب ما نقلت وكالة…",
 * "وفق ما أفاد به مسؤولون"); else right after the word.
 */
function pastWhatSaid({ at }: ArticleReader, from: number): number {
  const verb = at.tokens[from + 1]?.text ?? '';
  if (!WHAT.has(at.tokens[from]?.text ?? '') || !readings(verb).some((r) => SAYING.has(r))) return from;
  return WHAT_PRONOUN.test(at.tokens[from + 2]?.text ?? '') ? from + 3 : from + 2;
}

/** A preposition with the pronoun of what was said before ("وهو ما لم تعلق عليه موسكو", "نفته عنه"). */
const ABOUT_IT = /^(عليه|عليها|عنه|عنها|فيه|فيها)$/;

/** Where the subject of a verb begins: past a preposition that takes up what was said ("لم تعلق عليه موسكو"). */
function pastPronoun({ at }: ArticleReader, from: number): number {
  return ABOUT_IT.test(at.tokens[from]?.text ?? '') ? from + 1 : from;
}

/** Words after which a source's own words end and where it sits begins: "ship spotters in Istanbul". */
const SITTING = new Set(['in', 'at', 'near', 'based', 'from']);

/**
 * A source the lexicons do not know, named by the few words after "according to" / "حسب", with the place
 * where it sits when one follows ("according to ship spotters in Istanbul"): that place is part of its
 * name, not where anything happened.
 */
function unnamed({ at, blocked, mentions }: ArticleReader, from: number, to: number): Found | null {
  let end = from;
  while (
    end < to &&
    end - from < 3 &&
    !blocked(end) &&
    (end === from || (!/[,،:"(]/.test(gapBefore(at, end)) && !SITTING.has(at.tokens[end]!.text)))
  )
    end++;
  if (end === from || (end - from === 1 && ATTRIBUTION_WORDS.articles.has(at.tokens[from]!.text)))
    return null;
  let sits = end;
  while (sits < to && SITTING.has(at.tokens[sits]!.text)) sits++;
  const place = sits > end ? mentions.find((m) => m.firstToken === sits && m.endToken <= to) : undefined;
  return {
    resolved: { id: null, name: null, party: null, kind: 'unknown' },
    parts: [],
    first: from,
    end,
    stop: place?.endToken ?? end,
  };
}

/** The source named right before a verb, past "قد", "كان": its words must reach the verb. */
function subjectBefore(
  reader: ArticleReader,
  verb: number,
  clause: Clause,
  before: SourceEntry | null,
): Found | null {
  const { at } = reader;
  let end = verb;
  while (end > clause.firstToken && readings(at.tokens[end - 1]!.text).some((r) => AUXILIARIES.has(r))) end--;
  // English puts the subject before the verb wherever the verb stands ("…, U.S. officials said on Monday").
  // '"…," said Jordan Miller': after a quotation the source follows its verb.
  const english = /^[a-z]/.test(at.tokens[verb]!.text);
  if (english && /["”]/.test(gapBefore(at, verb))) return null;
  let found: Found | null = null;
  for (let s = end - 1; s >= Math.max(clause.firstToken, end - MAX_BEFORE); s--) {
    const candidate = read(reader, s, end, before);
    if (candidate && candidate.stop === end && (english || opensClause(at, clause, s) || commaBefore(at, s)))
      found = candidate;
    // "…near Idlib, residents said": in English a source said after a comma begins after it.
    if (english && commaBefore(at, s)) break;
  }
  // "The International Atomic Energy Agency said": a name in capitals that no lexicon knows.
  if (english && (!found || found.resolved.kind === 'generic' || found.resolved.id === null))
    found = capitalised(reader, clause, end, found) ?? found;
  // "Two officials, speaking on condition of anonymity, said": the subject stands before an aside.
  if (!found && english && /,/.test(gapBefore(at, end))) {
    let aside = end - 1;
    while (aside > clause.firstToken && !/,/.test(gapBefore(at, aside))) aside--;
    if (aside > clause.firstToken) {
      const subject = subjectBefore(reader, aside, clause, before);
      // "A spokeswoman, Yolande Makolo, said": the name set off after the title is the same source.
      return subject && isName(at, aside, end) ? { ...subject, end, stop: end } : subject;
    }
  }
  return found;
}

/** Most words of a person's name set off by commas. */
const NAME_WORDS = 4;

/** True when tokens `[from, to)` are a few words in capitals: a person's name. */
function isName(at: Reading, from: number, to: number): boolean {
  if (to - from > NAME_WORDS || to <= from) return false;
  for (let i = from; i < to; i++)
    if (!/^\p{Lu}/u.test(at.text.slice(at.origStart[i], at.origEnd[i]))) return false;
  return true;
}

/** Small words inside an English name in capitals ("Organisation for Security", "Department of State"). */
const NAME_JOINERS = new Set(['of', 'for', 'and', 'on']);
/** Fewest capitalised words that make an English name of no lexicon entry. */
const MIN_CAPITALISED = 3;

/**
 * "The International Atomic Energy Agency said", "the Iraqi Security Media Cell said": the capitalised
 * words right before the verb, at least three, opening the clause or after "the" or a comma, name a
 * source no lexicon knows; a nationality among them is the state it speaks for. A source read inside them
 * ("Media Cell") gives way to the whole name.
 */
function capitalised(
  { at, mentions }: ArticleReader,
  clause: Clause,
  end: number,
  inside: Found | null,
): Found | null {
  const upper = (i: number) => /^\p{Lu}/u.test(at.text.slice(at.origStart[i], at.origEnd[i]));
  let first = end;
  // "Iraq's Joint Operations Command": the "s" of a possessive is part of the name.
  const possessive = (i: number) => at.tokens[i]!.text === 's' && /['’]$/.test(gapBefore(at, i));
  while (
    first > clause.firstToken &&
    !/[,"“]/.test(gapBefore(at, first)) &&
    (upper(first - 1) ||
      possessive(first - 1) ||
      (NAME_JOINERS.has(at.tokens[first - 1]!.text) && first < end))
  )
    first--;
  while (first < end && (!upper(first) || ATTRIBUTION_WORDS.articles.has(at.tokens[first]!.text))) first++;
  if (end - first < MIN_CAPITALISED || (inside && inside.first <= first)) return null;
  const opens =
    first === clause.firstToken ||
    /[,]/.test(gapBefore(at, first)) ||
    ATTRIBUTION_WORDS.articles.has(at.tokens[first - 1]!.text);
  if (!opens) return null;
  let party: string | null = null;
  for (let i = first; i < end && party === null; i++)
    party = nationalityOf(at.tokens[i]!.text)?.party ?? null;
  // "Iraq's Joint Operations Command": a country named in it says whose it is.
  party ??=
    mentions.find((m) => m.firstToken >= first && m.endToken <= end && m.kind === 'country')?.iso2 ?? null;
  return { resolved: { id: null, name: null, party, kind: 'unknown' }, parts: [], first, end, stop: end };
}

/** "…، مسؤولون أمريكيون قالوا", "…, U.S. officials said": a source set off by a comma. */
function commaBefore(at: Reading, token: number): boolean {
  return /[,،]/.test(gapBefore(at, token));
}

/** The source whose name begins at token `from`, read up to `limit`, and who it is. */
function read(reader: ArticleReader, from: number, limit: number, before: SourceEntry | null): Found | null {
  const { parts, end } = readParts(reader, from, limit);
  const resolved = parts.length > 0 ? resolveParts(parts, reader.ctx, before) : null;
  if (!resolved) return null;
  const own = parts.filter(
    (p) => !(p.type === 'entry' && p.entry.kind === 'agency') || resolved.kind === 'agency',
  );
  return { resolved, parts, first: own[0]!.first, end: own.at(-1)!.end, stop: end };
}

/** The words after which an agency or a newspaper names the source it relays. */
const RELAYS = new Set(['عن', 'quoted', 'quoting', 'citing']);

/**
 * "ونقلت وكالة الإعلام الروسية عن سميرنوف قوله", "ذكرت صحيفة مغربية نقلا عن مصدر عسكري": the agency or
 * the newspaper relays the source after "عن".
 */
export function relayedAfter(
  reader: ArticleReader,
  agency: Found,
  clause: Clause,
  before: SourceEntry | null,
): Found | null {
  const { tokens } = reader.at;
  let next = agency.stop;
  // "نقلا عن", "quoting", "citing": the words of relaying, then the source relayed.
  if (tokens[next]?.text === 'نقلا' && tokens[next + 1]?.text === 'عن') next++;
  if (!RELAYS.has(tokens[next]?.text ?? '')) return null;
  const found = read(reader, next + 1, clause.endToken, before);
  return found && found.resolved.kind !== 'agency' ? found : null;
}

/** True when only openers ("و", "لكنه", "كما") stand between the clause's start and token `i`. */
function opensClause(at: Reading, clause: Clause, i: number): boolean {
  for (let t = clause.firstToken; t < i; t++)
    if (!readings(at.tokens[t]!.text).some((r) => OPENERS.has(r))) return false;
  return true;
}

export function toSource(at: Reading, found: Found): Source {
  const span = tokenSpan(at, found.first, found.end);
  // "واشنطنروسيا": a state named inside a run-together word is cited by its own letters.
  const first = found.parts.find((p) => p.first === found.first);
  const last = found.parts.findLast((p) => p.end === found.end);
  if (first?.type === 'mention') span.start = first.mention.start;
  if (last?.type === 'mention' || last?.type === 'posting') span.end = last.mention.end;
  span.text = at.text.slice(span.start, span.end);
  const r = found.resolved;
  return { id: r.id, name: r.name, party: r.party, ...span };
}
