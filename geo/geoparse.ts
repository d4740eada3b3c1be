/**
 * The geoparser: article text in, places with their quoting sentences out.
 *
 * text → normalised text and tokens → name matches → filters (people, adjectives, common words) →
 * facilities read from context → one place chosen per mention → GeoJSON features.
 * Pure TypeScript with no Node or DOM APIs: the build and the browser both run it.
 */
import type { Mention, PlaceFeature, Unresolved } from './contract';
import type { GazetteerEntry } from './gazetteer/entry';
import type { Gazetteer } from './gazetteer/gazetteer';
import {
  ADJECTIVE_LIKE_NAMES,
  COUNTRY_CUES,
  GIVEN_NAMES_ALSO_PLACES,
  PERSON_MARKERS,
  PERSON_TITLES,
  PLACE_GOVERNORS,
  SETTLEMENT_CUES,
} from './lexicon/arabic';
import { findNames, type NameMatch } from './match/find-names';
import { checkLatinCase } from './match/latin-case';
import { mergeArticlePlaces } from './merge-places';
import { chooseEntry } from './resolve/choose-entry';
import { FACILITY_RULES, findFacilities } from './resolve/facilities';
import { settlementDoubt } from './resolve/settlement-support';
import { normalize, toOriginal, type Normalized } from './text/normalize';
import { quoteFor, splitSentences, type Sentence } from './text/sentences';
import { sameClause, tokenize, type Token } from './text/tokens';

export interface GeoparseResult {
  /** One Point feature per distinct place, in order of first mention. */
  features: PlaceFeature[];
  /** Candidates that were not placed on the map, with the reason. */
  unresolved: Unresolved[];
}

/** Words that introduce a town by name ("مدينة تدمر"): an unknown name after them is reported. */
const NAMING_CUES = new Set(['مدينه', 'بلده', 'قريه', 'محافظه', 'مدينتي', 'بلدتي']);

const LATIN_START = /[a-z]/;

const FACILITY_TOWNS: ReadonlySet<string> = new Set(FACILITY_RULES.map((r) => r.near));

interface Located {
  entry: GazetteerEntry;
  start: number;
  end: number;
  confidence: number;
  reason: string;
}

/**
 * Text is parsed in chunks of about this many code units, cut at sentence ends, so memory stays flat
 * however long the article (a 10 MB "article" costs what a 64 KB one does, plus its results).
 */
export const CHUNK_SIZE = 1 << 16;

/** Finds and resolves every place named in `text`. Offsets are UTF-16 code units into `text`. */
export function geoparse(text: string, articleId: string, gazetteer: Gazetteer): GeoparseResult {
  if (text.length <= CHUNK_SIZE) return geoparseChunk(text, articleId, gazetteer);
  const perChunk: PlaceFeature[][] = [];
  const unresolved: Unresolved[] = [];
  for (const [from, to] of chunkBounds(text)) {
    const result = geoparseChunk(text.slice(from, to), articleId, gazetteer);
    for (const f of result.features) for (const m of f.properties.mentions) shiftMention(m, from, text);
    for (const u of result.unresolved) unresolved.push({ ...u, start: u.start + from, end: u.end + from });
    perChunk.push(result.features);
  }
  return { features: mergeArticlePlaces(perChunk), unresolved };
}

function shiftMention(m: Mention, by: number, text: string) {
  m.start += by;
  m.end += by;
  m.quote.start += by;
  m.quote.end += by;
  // Keep the quote a slice of the whole text, not of a chunk copy that would stay alive with it.
  m.quote.text = text.slice(m.quote.start, m.quote.end);
  m.text = text.slice(m.start, m.end);
}

/** Chunk boundaries: after a sentence end or line break past CHUNK_SIZE, else at a space, else anywhere. */
export function chunkBounds(text: string): [number, number][] {
  const bounds: [number, number][] = [];
  let from = 0;
  while (from < text.length) {
    let to = Math.min(text.length, from + CHUNK_SIZE);
    if (to < text.length) {
      const window = text.slice(from + (CHUNK_SIZE >> 1), to);
      const sentenceEnd = Math.max(...['\n', '. ', '؟ ', '? ', '! '].map((end) => window.lastIndexOf(end)));
      const space = window.lastIndexOf(' ');
      const cut = sentenceEnd >= 0 ? sentenceEnd + 1 : space >= 0 ? space + 1 : -1;
      if (cut > 0) to = from + (CHUNK_SIZE >> 1) + cut;
    }
    bounds.push([from, to]);
    from = to;
  }
  return bounds;
}

function geoparseChunk(text: string, articleId: string, gazetteer: Gazetteer): GeoparseResult {
  const norm = normalize(text);
  const tokens = tokenize(norm.text);
  const unresolved: Unresolved[] = [];
  const report = (start: number, end: number, reason: string) => {
    const [from, to] = toOriginal(norm, start, end, text);
    unresolved.push({ articleId, start: from, end: to, text: text.slice(from, to), reason });
  };

  const previousWord = (m: NameMatch): string | null => {
    const prev = tokens[m.firstToken - 1];
    if (!prev || m.way === 'run-together' || !sameClause(norm.text, prev.end, m.start)) return null;
    return prev.text;
  };

  const matches = findNames(norm.text, tokens, gazetteer.index).flatMap((m) => {
    if (!LATIN_START.test(norm.text.charAt(m.start))) return [m];
    const [from, to] = toOriginal(norm, m.start, m.end, text);
    return checkLatinCase(m, text.slice(from, to)) ?? [];
  });
  const focus = new Set(countFocusCountries(matches));
  const kept: NameMatch[] = [];
  for (const match of matches) {
    const prev = previousWord(match);
    const person = personCue(match, prev, tokens, norm.text, gazetteer.nisbas);
    if (person) {
      report(match.start, match.end, `read as part of a person's name (${person})`);
      continue;
    }
    const context = {
      settlementCue: prev !== null && SETTLEMENT_CUES.has(prev),
      governed: (prev !== null && PLACE_GOVERNORS.has(prev)) || match.particle !== '',
      focusCountries: focus,
      knownTowns: FACILITY_TOWNS,
      needsCue: gazetteer.needsCue,
      nisbas: gazetteer.nisbas,
    };
    const doubts = match.records.map((r) => settlementDoubt(r.entry, match, context));
    const records = match.records.filter((_, k) => doubts[k] === null);
    if (records.length === 0) {
      report(match.start, match.end, doubts[0]!);
      continue;
    }
    if (ADJECTIVE_LIKE_NAMES.has(match.key) && match.particle === '' && isAdjectivePosition(prev)) {
      report(match.start, match.end, `read as an adjective of nationality (after "${prev}")`);
      continue;
    }
    kept.push({ ...match, records });
  }

  const facilities = findFacilities(norm.text, tokens, kept, gazetteer.byId);
  const absorbed = new Set(facilities.map((f) => f.absorbed));
  const focusCountries = [...focus];

  const located: Located[] = facilities.map((f) => ({ ...f }));
  for (const match of kept) {
    if (absorbed.has(match)) continue;
    const prev = previousWord(match);
    const choice = chooseEntry(match.records, {
      previousWord: prev,
      focusCountries,
      settlementCue: prev !== null && SETTLEMENT_CUES.has(prev),
      countryCue: prev !== null && COUNTRY_CUES.has(prev),
    });
    const way =
      match.way === 'exact'
        ? ''
        : ` (${match.way === 'particle' ? 'after a particle' : 'split from a run-together word'})`;
    located.push({ ...choice, start: match.start, end: match.end, reason: choice.reason + way });
  }

  reportUnknownTowns(tokens, norm.text, kept, report);
  return { features: toFeatures(text, norm, located, articleId), unresolved };
}

/**
 * Why a name is read as part of a person's name, or null: after a given name or title ("فيليب هاموند"),
 * after a title and a nationality ("الرئيس الروسي فلاديمير"), or a given name that is also a town,
 * followed by another word ("فلاديمير بوتين").
 */
function personCue(
  match: NameMatch,
  prev: string | null,
  tokens: readonly Token[],
  normalized: string,
  nisbas: ReadonlySet<string>,
): string | null {
  if (match.particle !== '') return null;
  if (prev !== null && PERSON_MARKERS.has(prev)) return `after "${prev}"`;
  const before = tokens[match.firstToken - 2];
  if (prev !== null && nisbas.has(prev) && before && PERSON_TITLES.has(before.text))
    return `after "${before.text} ${prev}"`;
  const next = tokens[match.endToken];
  if (GIVEN_NAMES_ALSO_PLACES.has(match.key) && next && sameClause(normalized, match.end, next.start))
    return `a given name before "${next.text}"`;
  return null;
}

/** "مصادر سورية": an indefinite word before "سورية" makes it the adjective (Syrian), not the country. */
function isAdjectivePosition(prev: string | null): boolean {
  return (
    prev !== null && !prev.startsWith('ال') && !PLACE_GOVERNORS.has(prev) && /^[\u0600-\u06ff]/.test(prev)
  );
}

/** Country codes the article names, most often first: the context for choosing between towns. */
function countFocusCountries(matches: readonly NameMatch[]): string[] {
  const counts = new Map<string, number>();
  for (const m of matches) {
    const country = m.records.find((r) => r.entry.kind === 'country');
    if (country?.entry.iso2) counts.set(country.entry.iso2, (counts.get(country.entry.iso2) ?? 0) + 1);
  }
  return [...counts.entries()].sort((a, b) => b[1] - a[1]).map(([iso2]) => iso2);
}

/** "مدينة X" where X is in no gazetteer: reported so an editor can add it, never silently lost. */
function reportUnknownTowns(
  tokens: readonly Token[],
  normalized: string,
  matches: readonly NameMatch[],
  report: (start: number, end: number, reason: string) => void,
) {
  const matchedAt = new Set(matches.map((m) => m.firstToken));
  for (let i = 0; i + 1 < tokens.length; i++) {
    const cue = tokens[i]!;
    // Every cue ends in ه or ي: most words are turned away without a lookup.
    if (!/[هي]$/.test(cue.text)) continue;
    if (!NAMING_CUES.has(cue.text) && !NAMING_CUES.has(cue.text.slice(1))) continue;
    const next = tokens[i + 1]!;
    if (matchedAt.has(i + 1) || !sameClause(normalized, cue.end, next.start) || /^\d/.test(next.text))
      continue;
    report(next.start, next.end, `named as a town ("${cue.text}") but not in the gazetteer`);
  }
}

/** Groups located mentions by place into GeoJSON features, with verbatim mentions and quotes. */
function toFeatures(text: string, norm: Normalized, located: Located[], articleId: string): PlaceFeature[] {
  const sentences: Sentence[] = splitSentences(text);
  const byPlace = new Map<string, PlaceFeature>();
  located.sort((a, b) => a.start - b.start);
  for (const l of located) {
    const [start, end] = toOriginal(norm, l.start, l.end, text);
    const quote = quoteFor(text, sentences, start, end);
    const mention: Mention = {
      articleId,
      start,
      end,
      text: text.slice(start, end),
      quote: { ...quote, text: text.slice(quote.start, quote.end) },
      confidence: l.confidence,
      reason: l.reason,
    };
    const feature = byPlace.get(l.entry.id);
    if (feature) feature.properties.mentions.push(mention);
    else byPlace.set(l.entry.id, toFeature(l.entry, mention));
  }
  return [...byPlace.values()];
}

/** Rounds degrees to 6 decimals (about 0.1 m), as Leaflet does on the way out. */
const round6 = (x: number) => Math.round(x * 1e6) / 1e6;

function toFeature(entry: GazetteerEntry, mention: Mention): PlaceFeature {
  return {
    type: 'Feature',
    geometry: { type: 'Point', coordinates: [round6(entry.lngLat[0]), round6(entry.lngLat[1])] },
    properties: {
      id: entry.id,
      kind: entry.kind,
      iso2: entry.iso2,
      name: entry.name,
      source: entry.source,
      mentions: [mention],
    },
  };
}
