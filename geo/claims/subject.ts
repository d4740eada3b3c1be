/**
 * Reads the words that name a source, from a given token on: "مسؤولون أمريكيون", "وزير الخارجية الروسي،
 * سيرغي لافروف", "المتحدث باسم وزارة الدفاع الأمريكية جيف دايفيز", "مصدر امني في دمشق", "U.S. officials",
 * "Kremlin spokesman Dmitry Peskov". Then says who that is (claimant-resolve.ts).
 */
import type { Reading } from '../text/reading';
import type { ArticleReader } from './article-reader';
import type { ClaimantContext } from './claimant-context';
import type { Force, Nationality, SourceEntry, SourceNoun } from '../lexicon/claims-schema';
import { ATTRIBUTION_WORDS, ROLE_WORDS, SOURCE_WORDS } from '../lexicon/lexicon';
import { lexicon } from './lexicon-index';
import { isDateline, mentionAtToken, type ArticleMention } from './mentions';
import { findPhrases, readings } from './phrases';
import { selfReferencesIn } from './own-word';
import { nationalityOf, nationalityOfPair, NOT_NAMES, sourceNounOf, titled } from './source-words';

export type Part =
  | { type: 'entry'; entry: SourceEntry; first: number; end: number }
  | { type: 'force'; force: Force; first: number; end: number }
  | { type: 'spokesperson'; first: number; end: number }
  | { type: 'mention'; mention: ArticleMention; first: number; end: number }
  /** "المبعوث الأممي إلى اليمن": a place the source is sent to, part of its name, not whose it is. */
  | { type: 'posting'; mention: ArticleMention; first: number; end: number }
  | { type: 'noun'; noun: SourceNoun; definite: boolean; first: number; end: number }
  | { type: 'nationality'; nationality: Nationality; first: number; end: number }
  | { type: 'title'; first: number; end: number }
  | { type: 'name'; word: string; first: number; end: number };

const { stops, postings } = ATTRIBUTION_WORDS;
const PLACE_NOUNS = ROLE_WORDS.placeNouns;
/** Most words that say what a place is between a posting and its name ("in the town of"). */
const PLACE_NOUNS_MAX = 3;
/** The postings that say where a source sits ("مصدر امني في دمشق"): its place may say whose it is. */
const LOCATED = new Set(['في', 'in']);
const { affiliations, joiners: JOINERS } = SOURCE_WORDS;
/** Most name words in a row. */
const MAX_NAMES = 3;
/** Most words a source's name spans. */
const MAX_WORDS = 10;
/** Punctuation that ends a source's name: a colon or a quotation opens what it said. */
const END_MARKS = /[:"«“]/;

/**
 * The parts of a source's name starting at token `from`, up to `limit`. `blocked(i)` is true for words
 * that cannot be part of a name (activity words, stance words, dates). Empty when nothing names a source.
 */
export function readParts(
  reader: ArticleReader,
  from: number,
  limit: number,
): { parts: Part[]; end: number } {
  const { at, mentions, ctx, blocked } = reader;
  const parts: Part[] = [];
  const entries = findPhrases(at.tokens, lexicon().sources, from, Math.min(limit, from + MAX_WORDS));
  const spokes = findPhrases(at.tokens, lexicon().spokesperson, from, Math.min(limit, from + MAX_WORDS));
  const forces = findPhrases(at.tokens, lexicon().forces, from, Math.min(limit, from + MAX_WORDS));
  /** "Moscow officials", "the US Navy": what a place or a nationality may be followed by in a name. */
  const namesMore = (t: number): boolean =>
    sourceNounOf(at.tokens[t]!.text) !== undefined ||
    titled(at.tokens[t]!.text) ||
    forces.some((m) => m.firstToken === t) ||
    // "Russian state media": a word a name may hold, then what names more.
    (JOINERS.has(at.tokens[t]!.text) && t + 1 < limit && namesMore(t + 1));
  const startsBody = (t: number): boolean => {
    while (t < limit && ATTRIBUTION_WORDS.articles.has(at.tokens[t]!.text)) t++;
    return (
      t < limit &&
      (forces.some((m) => m.firstToken === t) ||
        entries.some((m) => m.firstToken === t && ['institution', 'office'].includes(m.value.kind)) ||
        titled(at.tokens[t]!.text))
    );
  };
  // "a military source", "an army spokesman": the service says whose the source is, not who.
  const sourceNext = (t: number) =>
    t < limit && (sourceNounOf(at.tokens[t]!.text) !== undefined || spokes.some((m) => m.firstToken === t));
  // "وأمر الرئيس قواته بالانسحاب": the forces a speaker calls its own are what it orders, not its name.
  const own = new Set(selfReferencesIn(at, from, Math.min(limit, from + MAX_WORDS)));
  let i = from;
  while (i < limit && i - from < MAX_WORDS) {
    if (i > from && (endsName(at, i) || own.has(i))) break;
    const word = at.tokens[i]!.text;
    const entry = entries.find((m) => m.firstToken === i);
    const spoke = spokes.find((m) => m.firstToken === i);
    // "البحرية الأمريكية", "the Russian Aerospace Forces": a service's name, though its words name activities.
    const force = forces.find((m) => m.firstToken === i);
    const mention = mentionAtToken(mentions, i);
    if (entry) {
      parts.push({ type: 'entry', entry: entry.value, first: i, end: (i = entry.endToken) });
      // "مصادر لبنانية لرويترز": the agency that relays a source ends its name.
      if (entry.value.kind === 'agency' && parts.length > 1) break;
    } else if (force && !sourceNext(force.endToken))
      parts.push({ type: 'force', force: force.value, first: i, end: (i = force.endToken) });
    else if (spoke) parts.push({ type: 'spokesperson', first: i, end: (i = spoke.endToken) });
    else if (word === 'u' && at.tokens[i + 1]?.text === 's' && i + 1 < limit) {
      parts.push({ type: 'nationality', nationality: nationalityOf('us')!, first: i, end: (i += 2) });
    } else if (mention && mention.firstToken === i) {
      if (isDateline(at.text, mention)) break;
      parts.push({ type: 'mention', mention, first: i, end: (i = Math.max(i + 1, mention.endToken)) });
      // "واتهمت الولايات المتحدة موسكو": a state that speaks is followed by its object, not more of its name;
      // "مصدر امني في دمشق": a place ends a source's name. But "Moscow officials", "Syria's state agency".
      const next = at.tokens[i]?.text ?? '';
      if (next === 's' && /['’]/.test(gap(at, i))) i++;
      else if (!(i < limit && !next.startsWith('و') && namesMore(i))) break;
    } else if (isStop(word)) {
      const last = parts.at(-1);
      const affiliated =
        last !== undefined && readings(at.tokens[last.end - 1]!.text).some((r) => affiliations.has(r));
      const placeNext =
        postings.has(word) &&
        (hasNounTitleOrForce(parts) || (!LOCATED.has(word) && hasOffice(parts))) &&
        placeAfter(reader, i + 1);
      // "قيادة المسرح الشرقي في جيش التحرير الشعبي الصيني", "مسؤول في الخارجية الأميركية", "sources in the
      // Sudanese army": the force, the ministry or the office a source belongs to names it.
      const bodyNext = LOCATED.has(word) && parts.length > 0 && startsBody(i + 1);
      if (!affiliated && !placeNext && !bodyNext) break;
      i++;
      // "المبعوث الأممي إلى اليمن", "the UN envoy for Yemen": where a source is sent names it, not its state.
      if (placeNext && !LOCATED.has(word))
        parts.push({
          type: 'posting',
          mention: placeNext,
          first: i,
          end: (i = Math.max(i + 1, placeNext.endToken)),
        });
      // "المقرب من سلاح البحرية": what the source is close to belongs to its name, not to the claim.
      if (affiliated)
        while (i < limit && i - from < MAX_WORDS && !isStop(at.tokens[i]!.text) && !endsName(at, i)) i++;
    } else if (sourceNounOf(word)) parts.push({ type: 'noun', ...sourceNounOf(word)!, first: i, end: ++i });
    else if (nationalityOf(word) ?? pairedNationality(at, i, limit)) {
      const single = nationalityOf(word);
      const nationality = single ?? pairedNationality(at, i, limit)!;
      parts.push({ type: 'nationality', nationality, first: i, end: (i += single ? 1 : 2) });
      // "اتهامات أمريكية لموسكو": a nationality after no noun is the whole source (its state).
      if (parts.length === 1 && i < limit && !namesMore(i)) break;
    } else if (titled(word)) parts.push({ type: 'title', first: i, end: ++i });
    else if (JOINERS.has(word)) i++;
    // "المتحدث باسم التحالف": whom a spokesperson speaks for is a name, even a word of activity.
    else if (blocked(i) && at.tokens[i - 1]?.text === 'باسم' && parts.at(-1)?.type === 'spokesperson')
      parts.push({ type: 'name', word, first: i, end: ++i });
    else if (blocked(i) || /^\d/.test(word) || NOT_NAMES.has(word) || trailingNames(parts) >= MAX_NAMES)
      break;
    else if (ctx.surnames.has(word) || (parts.length > 0 && takesNames(parts)))
      parts.push({ type: 'name', word, first: i, end: ++i });
    else break;
  }
  // "اتهمت وزارة الدفاع الأذربيجانية القوات الأرمنية": a second state's forces are the object, not the name.
  const second = secondState(parts);
  if (second > 0) {
    parts.length = second;
    i = parts.at(-1)!.end;
  }
  while (parts.length > 0 && isLooseName(parts.at(-1)!, ctx) && !isNamed(parts)) parts.pop();
  return isHead(parts[0], ctx) ? { parts, end: i } : { parts: [], end: from };
}

/** The place named from token `i`, past words that say what it is ("في مدينة كيدال", "in the town of Gao"). */
function placeAfter({ at, mentions }: ArticleReader, i: number): ArticleMention | undefined {
  let k = i;
  while (k < i + PLACE_NOUNS_MAX && readings(at.tokens[k]?.text ?? '').some((r) => PLACE_NOUNS.has(r))) k++;
  const place = mentionAtToken(mentions, k);
  return place && place.firstToken >= i ? place : undefined;
}

/** "the Sri Lankan navy": a nationality of two words from token `i`. */
function pairedNationality(at: Reading, i: number, limit: number): Nationality | undefined {
  return i + 1 < limit ? nationalityOfPair(at.tokens[i]!.text, at.tokens[i + 1]!.text) : undefined;
}

/**
 * Where the words of another state begin after a source's nationality: the index of the first part
 * after the nationality on the way to a nationality of another party, or -1.
 */
function secondState(parts: readonly Part[]): number {
  const first = parts.findIndex((p) => p.type === 'nationality' && p.nationality.party !== null);
  if (first < 0) return -1;
  const party = (parts[first] as Extract<Part, { type: 'nationality' }>).nationality.party;
  // "دعت الحكومة العراقية أنقرة إلى": a place of another state right after the name is whom it addresses.
  const addressed = parts[first + 1];
  if (
    addressed?.type === 'mention' &&
    addressed.first === parts[first]!.end &&
    addressed.mention.iso2 !== null &&
    addressed.mention.iso2 !== party
  )
    return first + 1;
  const other = parts.findIndex(
    (p, k) =>
      k > first && p.type === 'nationality' && p.nationality.party !== null && p.nationality.party !== party,
  );
  return other > first + 1 ? first + 1 : -1;
}

function isStop(word: string): boolean {
  return stops.has(word) || readings(word).some((r) => stops.has(r));
}

/** A colon or a quotation mark ends a name; so does a full stop, unless after a letter ("U.S. officials"). */
function endsName(at: Reading, i: number): boolean {
  const g = gap(at, i);
  return END_MARKS.test(g) || (g.includes('.') && at.tokens[i - 1]!.text.length > 1);
}

function gap(at: Reading, i: number): string {
  return at.text.slice(at.origEnd[i - 1], at.origStart[i]);
}

/**
 * Whether a name may follow: after a title, an office, a spokesperson, a branch or an unnamed source ("الرئيس
 * الروسي فلاديمير بوتين", "مصدر عسكري سوري"), not after a person or an institution named in full
 * ("بوتين الدول الأخرى", "الكرملين وجود").
 */
function takesNames(parts: readonly Part[]): boolean {
  const last = [...parts].reverse().find((p) => p.type !== 'name');
  if (!last) return true;
  // "الجيش الوطني الليبي": a branch may have a name of its own, a named command has none.
  if (last.type === 'force') return last.force.party === null;
  if (last.type === 'entry')
    return last.entry.kind === 'office' || parts.some((p) => p.type === 'spokesperson' || p.type === 'title');
  return last.type !== 'mention' && last.type !== 'posting';
}

/** A name word that names no one yet: neither beside a title nor a surname met before. */
function isLooseName(part: Part, ctx: ClaimantContext): boolean {
  return part.type === 'name' && !ctx.surnames.has(part.word);
}

function trailingNames(parts: readonly Part[]): number {
  let n = 0;
  while (n < parts.length && parts[parts.length - 1 - n]!.type === 'name') n++;
  return n;
}

/** "مصدر امني في دمشق", "the Russian embassy in Tripoli": a place after these says where the source is. */
/** A noun, a title or a force ("المجلس العسكري الحاكم في مالي"): what a place where it sits may follow. */
function hasNounTitleOrForce(parts: readonly Part[]): boolean {
  return parts.some((p) => p.type === 'noun' || p.type === 'title' || p.type === 'force');
}

/** "the UN envoy to Syria": an office or an institution, which a place it is sent to may follow. */
function hasOffice(parts: readonly Part[]): boolean {
  return parts.some(
    (p) => p.type === 'entry' && (p.entry.kind === 'office' || p.entry.kind === 'institution'),
  );
}

/** Name words only belong to a source beside a title, an office, a spokesperson or a known surname. */
function isNamed(parts: readonly Part[]): boolean {
  return parts.some(
    (p) =>
      p.type === 'title' ||
      p.type === 'entry' ||
      p.type === 'force' ||
      p.type === 'spokesperson' ||
      p.type === 'noun',
  );
}

/** A source's name must begin with something that can name one: a pronoun subject begins with none. */
function isHead(part: Part | undefined, ctx: ClaimantContext): boolean {
  if (!part) return false;
  if (part.type === 'name') return ctx.surnames.has(part.word);
  if (part.type === 'mention') return ['country', 'settlement', 'facility'].includes(part.mention.kind);
  return true;
}
