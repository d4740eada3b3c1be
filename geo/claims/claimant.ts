/**
 * Who says so, for one clause: the source of its first attribution ("وقال مسؤولون أمريكيون إن…",
 * "اتهامات الولايات المتحدة", "according to Western diplomats"), the speaker named before when the verb
 * names none ("وأضاف"), and the news agency that relays it ("لرويترز", "told Reuters"), kept apart.
 * Reading the source of one attribution word is frame-source.ts.
 */
import type { ActivityKind, Source } from '../contract';
import { gapBefore, tokenAt, type Reading } from '../text/reading';
import type { ArticleReader } from './article-reader';
import type { Clause } from './clauses';
import { remember, type ClaimantContext, type Resolved } from './claimant-context';
import { relayedAfter, SAYING, sourceOf, toSource, type Found } from './frame-source';
import type { SourceEntry } from '../lexicon/claims-schema';
import { ATTRIBUTION_WORDS } from '../lexicon/lexicon';
import { lexicon } from './lexicon-index';
import { findPhrases, readings } from './phrases';
import { normalizeName } from '../letters/normalize';
import { nationalityOf, stateTitled } from './source-words';
import type { Part } from './subject';

export interface Attribution {
  claimant: Source | null;
  via: Source | null;
  /** Token ranges that name sources: their words are not the claim's activities. */
  excluded: [number, number][];
  /** The claimant is an armed service or a command, or speaks for one ("البحرية الأمريكية"). */
  military?: boolean;
  /** The service's own kinds of activity ("the navy": naval), when the claimant is one that has them. */
  service?: readonly ActivityKind[];
}

/** The attribution of `clause`; `inherited` is the claimant of the clause before it in its sentence. */
export function attribute(reader: ArticleReader, clause: Clause, inherited: Source | null): Attribution {
  const { at, ctx } = reader;
  const { firstToken: from, endToken: to } = clause;
  const excluded: [number, number][] = [];
  const institutions = findPhrases(at.tokens, lexicon().sources, from, to).filter(
    (m) => m.value.kind === 'institution',
  );
  let agency: Found | null = null;
  for (const frame of findPhrases(at.tokens, lexicon().attribution, from, to)) {
    const before = institutions.findLast((m) => m.endToken <= frame.firstToken)?.value ?? null;
    const found = sourceOf(reader, frame, clause, before);
    if (found === 'carried') {
      const via = agency ?? agencyIn(at, clause, excluded);
      return { claimant: ctx.last, via: via && toSource(at, via), excluded };
    }
    if (!found) continue;
    excluded.push([found.first, found.stop]);
    if (found.resolved.kind === 'agency' || found.resolved.role === MEDIA) {
      const relayed = relayedAfter(reader, found, clause, before);
      if (!relayed) {
        if (found.resolved.kind !== 'agency') return finish(reader, found, agency, clause, excluded);
        agency ??= found;
        continue;
      }
      excluded.push([relayed.first, relayed.stop]);
      agency = found;
      return finish(reader, relayed, agency, clause, excluded);
    }
    return finish(reader, found, agency, clause, excluded);
  }
  if (agency) return { claimant: toSource(at, agency), via: null, excluded };
  const continues = clause.inQuote || clause.opening === 'participle' || pronounOpener(at, clause);
  if (!continues || !inherited) return { claimant: null, via: null, excluded };
  // "…، مؤكدا أن الغارات استهدفت": a service goes on speaking as one.
  const service = servicesIn(at, inherited);
  return { claimant: inherited, via: null, excluded, military: service !== null, service: service ?? [] };
}

function finish(
  reader: ArticleReader,
  found: Found,
  agency: Found | null,
  clause: Clause,
  excluded: [number, number][],
): Attribution {
  const { at, ctx } = reader;
  // "وأضافت الهيئة", "بحسب المصدر ذاته", "the ministry said": a source named before, taken up.
  const earlier = takenUp(reader, found);
  if (earlier) {
    ctx.last = earlier;
    return { claimant: earlier, via: null, excluded };
  }
  const via = agency ?? agencyPart(found) ?? agencyIn(at, clause, excluded);
  // "نقلت وكالة سانا عن مصدر عسكري": an official agency's unnamed source speaks for the agency's state.
  // A newspaper's is not: a paper of a country does not speak for its state.
  const official = via?.resolved.kind === 'agency' ? via.resolved.party : null;
  const party =
    found.resolved.party ??
    (isUnnamed(found.resolved) ? official : null) ??
    spokespersonAlone(at, found, ctx) ??
    officeNamedBefore(reader, found, clause) ??
    datelineOffice(at, found, ctx);
  const claimant = { ...toSource(at, found), party };
  remember(ctx, claimant, found.resolved, personalNames(found.parts));
  const force = found.parts.find((p) => p.type === 'force');
  const service = force?.type === 'force' ? (force.force.kinds ?? []) : [];
  return { claimant, via: via && toSource(at, via), excluded, military: force !== undefined, service };
}

/** A newspaper or a channel relays a source as an agency does ("ذكرت صحيفة مغربية نقلا عن مصدر عسكري"). */
const MEDIA = 'media';
/** Most words a source that takes up one named before may span ("المصدر ذاته", "the ministry"). */
const TAKEN_UP_WORDS = 2;

/**
 * The source named before that a bare definite noun takes up: "وأضافت الهيئة" after "هيئة الأركان
 * المشتركة في كوريا الجنوبية", "بحسب المصدر ذاته" after "مصدر عسكري", "the ministry said" after
 * "India's defence ministry": the last source whose words hold the noun. Null for a source of its own:
 * one with a state, a name, or more words.
 */
/**
 * "Rwanda's government has denied it. A spokeswoman, Yolande Makolo, said…": a spokesperson named by
 * that word alone speaks for the source named last.
 */
function spokespersonAlone(at: Reading, found: Found, ctx: ClaimantContext): string | null {
  const spoke = found.parts[0];
  if (found.parts.length !== 1 || spoke?.type !== 'spokesperson') return null;
  // "a UNIFIL spokesman": a word before it says whose spokesperson it is.
  const before = at.tokens[spoke.first - 1]?.text ?? '';
  if (
    spoke.first > found.first ||
    !(ATTRIBUTION_WORDS.articles.has(before) || readings(before, true).some((r) => SAYING.has(r)))
  )
    return null;
  return ctx.last?.party ?? null;
}

/**
 * "COPENHAGEN - Defence Minister Troels Lund Poulsen said", "the Joint Arctic Command said", "a defence
 * ministry official said": an office only a state has (sources.json's `stateTitles`), or one who speaks
 * from it, named with no state and taking up none named before, is the dateline country's.
 */
function datelineOffice(at: Reading, found: Found, ctx: ClaimantContext): string | null {
  if (!isUnnamed(found.resolved)) return null;
  for (let i = found.first; i < found.end; i++) if (stateTitled(at.tokens[i]!.text)) return ctx.datelineParty;
  return null;
}

/**
 * "The U.S. Navy plans to send …, a Navy spokesman said": an office only a state has, named without its
 * state, speaks for the state whose office of that name the clause has just named ("U.S. Navy",
 * "البحرية الأمريكية"), before the dateline's.
 */
function officeNamedBefore(reader: ArticleReader, found: Found, clause: Clause): string | null {
  const { at, mentions } = reader;
  if (found.resolved.kind !== 'unknown' || found.resolved.id !== null) return null;
  for (let i = found.first; i < found.end; i++) {
    const title = at.tokens[i]!.text;
    if (!stateTitled(title)) continue;
    for (let k = clause.firstToken; k < found.first; k++) {
      if (at.tokens[k]!.text !== title) continue;
      // The state right before the office ("U.S. Navy") or right after it ("البحرية الأمريكية").
      const state =
        mentions.find((m) => m.kind === 'country' && m.endToken === k)?.iso2 ??
        nationalityOf(at.tokens[k - 1]?.text ?? '')?.party ??
        nationalityOf(at.tokens[k + 1]?.text ?? '')?.party;
      if (state) return state;
    }
  }
  return null;
}

/** Words between a spokesperson and whom they speak for. */
const SPOKEN_FOR = new Set(['باسم', 'for', 'of']);

function takenUp(reader: ArticleReader, found: Found): Source | null {
  const { at, ctx } = reader;
  const r = found.resolved;
  if (r.party !== null) return null;
  // "المتحدث باسم القيادة", "a spokesman for the ministry": the spokesperson of a body named before
  // speaks with its party, in the words that name the spokesperson.
  const spokes = found.parts[0];
  if (spokes?.type === 'spokesperson') {
    let head = spokes.end;
    const of = (t: number) => SPOKEN_FOR.has(at.tokens[t]?.text ?? '');
    if (!of(head - 1) && !of(head)) return null;
    while (head < found.stop && (of(head) || ATTRIBUTION_WORDS.articles.has(at.tokens[head]!.text))) head++;
    if (head >= found.stop) return null;
    const earlier = earlierHolding(at, head, ctx);
    return (
      earlier && { ...toSource(at, { ...found, end: Math.max(found.end, head + 1) }), party: earlier.party }
    );
  }
  // "the fleet's press service said": a body named before, by its possessive, whose state was said with it
  // ("Russia's Baltic Fleet").
  if (
    ATTRIBUTION_WORDS.articles.has(at.tokens[found.first - 1]?.text ?? '') &&
    at.tokens[found.first + 1]?.text === 's' &&
    /['’]$/.test(gapBefore(at, found.first + 1))
  ) {
    const party = ctx.named.length > 0 ? earlierHolding(at, found.first, ctx)?.party : undefined;
    const of = party ?? stateOfBodyBefore(reader, found.first);
    return of ? { ...toSource(at, found), party: of } : null;
  }
  if (!(r.kind === 'generic' || r.kind === 'unknown')) return null;
  // "الدبلوماسي الغربي": a nationality, a place or a title says more than the noun alone.
  if (found.parts.some((p) => !['noun', 'name', 'title'].includes(p.type))) return null;
  if (found.end - found.first > TAKEN_UP_WORDS) return null;
  return earlierHolding(at, found.first, ctx);
}

/** Most words between a body's name and the country or nationality that says whose it is ("Russia's Baltic Fleet"). */
const BODY_OWNER_REACH = 4;

/** The state of the body the definite noun at token `first` names, where the text named it before with its state. */
function stateOfBodyBefore({ at, mentions }: ArticleReader, first: number): string | null {
  const head = at.tokens[first]!.text;
  for (let t = first - 1; t >= 0; t--) {
    if (at.tokens[t]!.text !== head) continue;
    for (let k = t - 1; k >= Math.max(0, t - BODY_OWNER_REACH); k--) {
      const country = mentions.find((m) => m.endToken === k + 1 && m.kind === 'country');
      const party = country?.iso2 ?? nationalityOf(at.tokens[k]!.text)?.party;
      if (party) return party;
    }
  }
  return null;
}

/** The source named last whose words hold the definite noun at token `first` ("الهيئة", "the ministry"). */
function earlierHolding(at: Reading, first: number, ctx: ClaimantContext): Source | null {
  const head = at.tokens[first]!.text;
  const english = /^[a-z]/.test(head);
  const definite = english
    ? ATTRIBUTION_WORDS.articles.has(at.tokens[first - 1]?.text ?? '')
    : readings(head).some((w) => w.startsWith('ال'));
  if (!definite) return null;
  const bare = new Set(readings(head).filter((w) => !w.startsWith('ال') || english));
  return (
    ctx.named.findLast((source) =>
      normalizeName(source.text)
        .toLowerCase()
        .split(/[^\p{L}\p{N}]+/u)
        .some((w) => bare.has(w) || (w.startsWith('ال') && bare.has(w.slice(2)))),
    ) ?? null
  );
}

/**
 * The words of a person's own name beside an office or a title: after the last of them
 * ("المتحدث باسم البيت الأبيض جوش ايرنست"), else before the first ("بيتر كوك المتحدث باسم البنتاغون").
 */
function personalNames(parts: readonly Part[]): string[] {
  const titled = (p: Part) => p.type === 'title' || p.type === 'entry' || p.type === 'spokesperson';
  const last = parts.findLastIndex(titled);
  if (last < 0) return [];
  const after = parts.slice(last + 1).flatMap((p) => (p.type === 'name' ? [p.word] : []));
  if (after.length > 0) return after;
  const first = parts.findIndex(titled);
  return parts.slice(0, first).flatMap((p) => (p.type === 'name' ? [p.word] : []));
}

/** A source named by what it is, of no known state: "مصدر عسكري", "a spokesman". */
function isUnnamed(r: Resolved): boolean {
  return r.kind === 'generic' || (r.kind === 'unknown' && r.id === null);
}

/** "مصادر لبنانية لرويترز": the agency named at the end of the source's words. */
function agencyPart(found: Found): Found | null {
  const part = found.parts.find((p) => p.type === 'entry' && p.entry.kind === 'agency');
  if (!part || part.type !== 'entry' || found.resolved.kind === 'agency') return null;
  return agencyFound(part.entry, part.first, part.end);
}

/** A news agency named in the clause outside the source's words: the medium that relays the claim. */
function agencyIn(at: Reading, clause: Clause, excluded: [number, number][]): Found | null {
  const m = findPhrases(at.tokens, lexicon().sources, clause.firstToken, clause.endToken).find(
    (m) => m.value.kind === 'agency' && !excluded.some(([a, b]) => m.firstToken >= a && m.firstToken < b),
  );
  return m ? agencyFound(m.value, m.firstToken, m.endToken) : null;
}

/** The agency `entry`, named by tokens `[first, end)`. */
function agencyFound(entry: SourceEntry, first: number, end: number): Found {
  const { id, name, party } = entry;
  return { resolved: { id, name, party, kind: 'agency' }, parts: [], first, end, stop: end };
}

/**
 * "لكنها …", "لكنه …", "but that …", "but he …": the clause goes on about the subject of the one
 * before, or goes on reporting what it said.
 */
function pronounOpener(at: Reading, clause: Clause): boolean {
  const first = at.tokens[clause.firstToken]!.text;
  const second = at.tokens[clause.firstToken + 1]?.text ?? '';
  const { continuingPronouns, continuingConjunctions, continuingSubjects } = ATTRIBUTION_WORDS;
  if (readings(first).some((r) => continuingPronouns.has(r))) return true;
  return continuingConjunctions.has(first) && continuingSubjects.has(second);
}

/** The kinds of the armed service a source's words name, or null when they name none. */
function servicesIn(at: Reading, source: Source): readonly ActivityKind[] | null {
  const first = tokenAt(at, source.start);
  const end = tokenAt(at, source.end - 1) + 1;
  const force = findPhrases(at.tokens, lexicon().forces, first, end)[0];
  return force ? (force.value.kinds ?? []) : null;
}
