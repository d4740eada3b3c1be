/**
 * The geoparser: article text in, places with their quoting sentences out.
 *
 * text → normalised text and tokens → name matches → filters (people, adjectives, common words) →
 * facilities read from context → one place chosen per mention → GeoJSON features.
 * Pure TypeScript with no Node or DOM APIs: the build and the browser both run it.
 */
import type { Mention, PlaceFeature, Unresolved } from './contract';
import { toFeatures, type Located } from './features';
import type { GazetteerEntry } from './gazetteer/entry';
import type { Gazetteer } from './match/gazetteer';
import { transliteratedTowns, transliterationIndexOf } from './match/arabic-transliteration';
import { findNames, type NameMatch } from './match/find-names';
import type { NameRecord } from './match/name-index';
import { checkLatinCase } from './match/latin-case';
import { PLACE_CUES } from './lexicon/lexicon';
import { mergeArticlePlaces } from './merge-places';
import { chooseEntry } from './resolve/choose-entry';
import { cuesAround } from './resolve/cues';
import { excludedSpans, exclusionOf, type ExcludedSpan } from './resolve/excluded-spans';
import { findFacilities } from './resolve/facilities';
import { focusCountries } from './resolve/focus';
import { namesPlaced, samePersonAgain, whyNotAPlace } from './resolve/not-a-place';
import { planeKm, qualifiedRecords, townsQualified } from './resolve/qualified-name';
import { arabicSmallTownsOnly, settlementDoubt } from './resolve/settlement-support';
import { stateAfter, statesAfterUnknownTowns, townInState } from './resolve/state-qualifier';
import { toOriginal } from './letters/normalize';
import { originalOf, readText, type Reading } from './text/reading';
import { sameClause, type Token } from './text/tokens';

export interface GeoparseResult {
  /** One Point feature per distinct place, in order of first mention. */
  features: PlaceFeature[];
  /** Candidates that were not placed on the map, with the reason. */
  unresolved: Unresolved[];
}

/** Words that introduce a town by name ("مدينة تدمر"): an unknown name after them is reported. */
const NAMING_CUES = PLACE_CUES.naming;
/** Their last letters: most words are turned away by their last letter, without a lookup. */
const NAMING_ENDINGS = new Set([...NAMING_CUES].map((cue) => cue.charCodeAt(cue.length - 1)));

/** Whether a Latin letter stands at `at`: read as a code, not as a string of one letter for every name. */
function latinAt(text: string, at: number): boolean {
  const c = text.charCodeAt(at);
  return c >= 0x61 && c <= 0x7a;
}

/**
 * Text is parsed in chunks of about this many code units, cut at sentence ends, so memory stays flat
 * however long the article (a 10 MB "article" costs what a 64 KB one does, plus its results).
 */
export const CHUNK_SIZE = 1 << 16;

/** Finds and resolves every place named in `text`. Offsets are UTF-16 code units into `text`. */
export function geoparse(text: string, articleId: string, gazetteer: Gazetteer): GeoparseResult {
  const { features, unresolved } = geoparseArticle(text, articleId, gazetteer);
  return { features, unresolved };
}

/**
 * The same as `geoparse`, with the reading of the text (text/reading.ts) the places were found in, for the
 * claim rules to read the same words without reading the text again; null when the text was read in
 * chunks, being longer than CHUNK_SIZE.
 */
export function geoparseArticle(
  text: string,
  articleId: string,
  gazetteer: Gazetteer,
): GeoparseResult & { reading: Reading | null } {
  if (text.length <= CHUNK_SIZE) {
    const reading = readText(text);
    return { ...geoparseReading(reading, articleId, gazetteer), reading };
  }
  const perChunk: PlaceFeature[][] = [];
  const unresolved: Unresolved[] = [];
  geoparseInChunks(text, articleId, gazetteer, (result) => {
    perChunk.push(result.features);
    unresolved.push(...result.unresolved);
  });
  return { features: mergeArticlePlaces(perChunk), unresolved, reading: null };
}

/**
 * The same as `geoparse`, handing over each chunk's result (offsets into the whole `text`) as soon as it
 * is ready, for callers that write results out rather than keep them: memory then stays that of one
 * chunk, whatever the text's length.
 */
export function geoparseInChunks(
  text: string,
  articleId: string,
  gazetteer: Gazetteer,
  onChunk: (result: GeoparseResult) => void,
): void {
  for (const [from, to] of chunkBounds(text)) {
    const result = geoparseReading(readText(text.slice(from, to)), articleId, gazetteer);
    for (const f of result.features) for (const m of f.properties.mentions) shiftMention(m, from, text);
    for (const u of result.unresolved) {
      u.start += from;
      u.end += from;
    }
    onChunk(result);
  }
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
      // The last sentence end in the chunk's second half, else its last space: read back from its end
      // once, in place.
      const cut = lastSentenceEnd(text, from + (CHUNK_SIZE >> 1), to);
      if (cut > 0) to = cut;
    }
    bounds.push([from, to]);
    from = to;
  }
  return bounds;
}

const SPACE_CODE = 0x20;
/** The marks that end a sentence before a space: ". ", "؟ ", "? ", "! ". */
const ENDS_BEFORE_SPACE = new Set(['.', '؟', '?', '!'].map((c) => c.charCodeAt(0)));

/**
 * Where to cut `text` between `from` and `to`: just after the last line break or sentence end (a mark
 * before a space) that lies wholly between them, else just after the last space, else -1.
 */
function lastSentenceEnd(text: string, from: number, to: number): number {
  let space = -1;
  for (let k = to - 1; k >= from; k--) {
    const c = text.charCodeAt(k);
    if (c === 0x0a) return k + 1;
    if (c === SPACE_CODE) {
      if (space < 0) space = k + 1;
    } else if (k + 1 < to && ENDS_BEFORE_SPACE.has(c) && text.charCodeAt(k + 1) === SPACE_CODE) return k + 1;
  }
  return space;
}

/** The places of one text already read: a whole article, or one chunk of a long one. */
function geoparseReading(reading: Reading, articleId: string, gazetteer: Gazetteer): GeoparseResult {
  const { text, norm, tokens } = reading;
  const unresolved: Unresolved[] = [];
  const report = (start: number, end: number, reason: string) => {
    const [from, to] = toOriginal(norm, start, end, text);
    unresolved.push({ articleId, start: from, end: to, text: text.slice(from, to), reason });
  };

  // 1. Names, less those that are not places where they stand.
  const excluded = excludedSpans(reading, gazetteer.nonPlaces);
  const candidates: NameMatch[] = [];
  // The names read as a surname so far, as the article writes them.
  const surnames = new Map<string, string>();
  const capitalised = (token: Token) => {
    const c = text.charCodeAt(norm.offsets[token.start]!);
    return c >= 0x41 && c <= 0x5a;
  };
  const matches = findNames(norm.text, tokens, gazetteer.index, capitalised);
  const placed = namesPlaced(matches, reading);
  for (const match of matches) {
    const cased = latinAt(norm.text, match.start)
      ? checkLatinCase(match, originalOf(reading, match.start, match.end))
      : match;
    if (!cased) continue; // "turkey", "us": an ordinary English word
    const excludedWhy = exclusionOf(excluded, match.start, match.end);
    const notAPlace = excludedWhy ? null : whyNotAPlace(cased, reading, gazetteer.nisbas);
    if (notAPlace?.surname && !surnames.has(cased.key))
      surnames.set(cased.key, originalOf(reading, match.start, match.end));
    const why = excludedWhy ?? notAPlace?.why ?? samePersonAgain(cased, reading, surnames, placed);
    if (why) report(match.start, match.end, why);
    else candidates.push(cased);
  }

  // 2. Towns need support; the article's countries are part of it. A town of those countries known only
  // by its Latin name may be written in Arabic letters after a word that names a town.
  const focus = focusCountries(candidates, tokens, gazetteer.adjectives);
  addTownsInArabicLetters(reading, matches, excluded, focus.order, gazetteer, candidates);
  const facilityTowns = new Set(gazetteer.facilityRules.map((r) => r.near));
  const kept: NameMatch[] = [];
  const states: Located[] = [];
  const nearAnotherPlace = nearAnotherName(candidates);
  const focusCountrySet = new Set(focus.order);
  // One context for every candidate, its own fields set for each: the candidate it is read for.
  let current = candidates[0]!;
  const context = {
    settlementCue: false,
    governed: false,
    placedInEnglish: false,
    focusCountries: focusCountrySet,
    knownTowns: facilityTowns,
    needsCue: gazetteer.needsCue,
    nisbas: gazetteer.nisbas,
    nearAnotherPlace: (entry: GazetteerEntry) => nearAnotherPlace(entry, current),
    smallTowns: gazetteer.smallTowns,
  };
  // A town the article names as one ("بلدة بيراو") it may name again bare ("إلى بيراو").
  const candidateCues = candidates.map((candidate) => cuesAround(candidate, reading));
  const namedAsTowns = new Set(candidates.filter((_, k) => candidateCues[k]!.settlement).map((c) => c.key));
  candidates.forEach((candidate, k) => {
    const cues = candidateCues[k]!;
    // "Dallas, TX": the state says which namesake, and that the name is a town.
    const state = stateAfter(candidate, reading, gazetteer);
    const town = state && townInState(candidate.records, state.state);
    // "Bar Harbor, Maine", "Tripoli, Lebanon": so does a division or a country after a comma.
    const named = town ? null : townsQualified(candidate, candidates[k + 1], norm.text);
    const match = town
      ? { ...candidate, records: [town] }
      : named
        ? { ...candidate, records: named }
        : candidate;
    current = candidate;
    context.settlementCue =
      cues.settlement || cues.venue || town !== null || named !== null || namedAsTowns.has(candidate.key);
    context.governed = cues.governed;
    context.placedInEnglish = cues.placedInEnglish;
    // The records no doubt turns away; a list of their own only once one is turned away.
    let firstDoubt: string | null = null;
    let taken: NameRecord[] | null = null;
    for (let r = 0; r < match.records.length; r++) {
      const record = match.records[r]!;
      const doubt = settlementDoubt(record.entry, match, context);
      if (r === 0) firstDoubt = doubt;
      if (doubt === null) taken?.push(record);
      else taken ??= match.records.slice(0, r);
    }
    const records = taken ?? match.records;
    if (records.length === 0) {
      if (!arabicSmallTownsOnly(match, gazetteer.smallTowns)) report(match.start, match.end, firstDoubt!);
    } else kept.push(taken === null ? match : { ...match, records });
    // The abbreviation names the state too, as "Paris, Texas" names Texas.
    if (state && town && records.length > 0)
      states.push({
        entry: state.state,
        start: state.start,
        end: state.end,
        confidence: 0.9,
        reason: STATE_REASON,
      });
  });
  dropHalvesOfDoubtedSplits(candidates, kept, report);
  // "Elmwood, Ill.": the state of a town the gazetteer does not know.
  const nameEnds = new Set(candidates.map((c) => c.end));
  for (const state of statesAfterUnknownTowns(reading, gazetteer, capitalised, (t) => nameEnds.has(t.end)))
    states.push({
      entry: state.state,
      start: state.start,
      end: state.end,
      confidence: 0.8,
      reason: STATE_REASON,
    });

  // 3. Facilities from context, then one place for every other name.
  const facilities = findFacilities(norm.text, tokens, kept, gazetteer);
  const absorbed = new Set(facilities.map((f) => f.absorbed));
  const located: Located[] = [...facilities.map((f) => ({ ...f })), ...states];
  // The article's sure places that tell where its story is: where its namesakes are looked for. Each
  // place once, however often it is named: every namesake is measured against all of them.
  const anchors = [
    ...new Set([
      ...located.map((l) => l.entry),
      ...kept.filter((m) => m.records.length === 1).map((m) => m.records[0]!.entry),
    ]),
  ]
    .filter(isAnchor)
    .map((entry) => entry.lngLat);
  kept.forEach((match, k) => {
    if (absorbed.has(match)) return;
    const cues = cuesAround(match, reading);
    // "Paris, Texas": the namesakes the qualifier after the comma leaves.
    const qualified = qualifiedRecords(match, kept[k + 1], norm.text);
    const choice = chooseEntry(qualified ?? match.records, {
      focusCountries: focus.order,
      countriesByName: focus.byName,
      settlementCue: cues.settlement,
      countryCue: cues.country,
      anchors,
    });
    const way = match.way === 'exact' ? '' : ` (${WAY_REASONS[match.way]})`;
    const named = qualified ? ' (named with its division or country)' : '';
    located.push({
      entry: choice.entry,
      confidence: choice.confidence,
      start: match.start,
      end: match.end,
      reason: choice.reason + named + way,
    });
  });

  reportUnknownTowns(tokens, norm.text, kept, report);
  return { features: toFeatures(text, norm, located, articleId), unresolved };
}

/** Towns this large, and capitals among them, say little of where an article's story is. */
const ANCHOR_POPULATION = 500_000;

/**
 * A place that tells where an article's story is, for its namesakes and small towns: a division or a
 * town. Countries are too wide; capitals, big cities and the seats of governments name the state that acts
 * ("Washington said", "the Kremlin denied", "a London-based consultancy") more than where the story is.
 */
function isAnchor(entry: GazetteerEntry): boolean {
  return (
    entry.kind === 'region' ||
    entry.kind === 'facility' ||
    (entry.kind === 'settlement' && (entry.population ?? 0) < ANCHOR_POPULATION)
  );
}

/** How close another name's place must lie to support a small town (settlement-support.ts, rule 3). */
const SUPPORT_KM = 60;
/** How close to the point of a division the article surely names ("Illinois") a town must lie for it. */
const DIVISION_SUPPORT_KM = 250;

/**
 * Whether another name of the article, written otherwise, may be a place that tells where the story is
 * (isAnchor) within
 * SUPPORT_KM of an entry: the places of each name are kept on a grid of about that size, so a long
 * article costs no more than its names times their namesakes.
 */
function nearAnotherName(candidates: readonly NameMatch[]) {
  const cell = SUPPORT_KM / 111.2;
  const grid = new Map<number, { lngLat: [number, number]; key: string }[]>();
  const cellOf = ([lng, lat]: readonly number[]) => [Math.floor(lng! / cell), Math.floor(lat! / cell)];
  // One number for a cell: a cell's latitude index lies within ±170, its longitude index within ±340.
  const cellKey = (x: number, y: number) => x * 1024 + y;
  for (const match of candidates)
    for (const { entry } of match.records) {
      if (!isAnchor(entry)) continue;
      const [x, y] = cellOf(entry.lngLat);
      const at = cellKey(x!, y!);
      const list = grid.get(at);
      if (list) list.push({ lngLat: entry.lngLat, key: match.key });
      else grid.set(at, [{ lngLat: entry.lngLat, key: match.key }]);
    }
  // The divisions the article surely names ("Illinois"): their towns lie farther from their point.
  const divisions = candidates.flatMap((m) =>
    m.records.length === 1 && m.records[0]!.entry.kind === 'region'
      ? [{ lngLat: m.records[0]!.entry.lngLat, key: m.key }]
      : [],
  );
  return (entry: GazetteerEntry, match: NameMatch): boolean => {
    for (const division of divisions)
      if (division.key !== match.key && planeKm(entry.lngLat, division.lngLat) < DIVISION_SUPPORT_KM)
        return true;
    const [x, y] = cellOf(entry.lngLat);
    // Longitude degrees shrink away from the equator: look two cells wide east and west.
    for (let dx = -2; dx <= 2; dx++)
      for (let dy = -1; dy <= 1; dy++)
        for (const other of grid.get(cellKey(x! + dx, y! + dy)) ?? [])
          if (other.key !== match.key && planeKm(entry.lngLat, other.lngLat) < SUPPORT_KM) return true;
    return false;
  };
}

/**
 * A word split in two stands or falls whole: when one half of "الكوميسا" (Elko + Mesa) is turned away,
 * the other is no name either. Drops such halves from `kept` and reports them.
 */
function dropHalvesOfDoubtedSplits(
  candidates: readonly NameMatch[],
  kept: NameMatch[],
  report: (start: number, end: number, reason: string) => void,
) {
  const keptAt = new Set(kept.map((m) => m.start));
  const doubted = new Set(
    candidates.filter((m) => m.way === 'run-together' && !keptAt.has(m.start)).map((m) => m.firstToken),
  );
  if (doubted.size === 0) return;
  for (let k = kept.length - 1; k >= 0; k--) {
    const match = kept[k]!;
    if (match.way !== 'run-together' || !doubted.has(match.firstToken)) continue;
    kept.splice(k, 1);
    report(match.start, match.end, 'read inside a longer word whose other half is no place');
  }
}

const STATE_REASON = 'a US state abbreviated after a town and a comma';

const WAY_REASONS = {
  particle: 'after a particle',
  'run-together': 'split from a run-together word',
  transliteration: 'another transliteration of the name',
  'arabic-letters': 'its Latin name written in Arabic letters',
};

/** Whether token `i` is named as a town by the word before it, in its clause ("مدينة X", "وبلدة X"). */
function namedAsTown(tokens: readonly Token[], normalized: string, i: number): boolean {
  const cue = tokens[i - 1];
  if (cue === undefined || !NAMING_ENDINGS.has(cue.text.charCodeAt(cue.text.length - 1))) return false;
  if (!NAMING_CUES.has(cue.text) && !NAMING_CUES.has(cue.text.slice(1))) return false;
  return sameClause(normalized, cue.end, tokens[i]!.start);
}

/**
 * Adds to `candidates`, in text order, the towns of the article's countries (`focus`) that the text
 * writes in Arabic letters from their Latin name (arabic-transliteration.ts), where no other name nor
 * a non-place stands.
 */
function addTownsInArabicLetters(
  reading: Reading,
  matches: readonly NameMatch[],
  excluded: readonly ExcludedSpan[],
  focus: readonly string[],
  gazetteer: Gazetteer,
  candidates: NameMatch[],
) {
  const { tokens, norm } = reading;
  if (focus.length === 0) return;
  const taken = new Uint8Array(tokens.length);
  for (const m of matches) taken.fill(1, m.firstToken, m.endToken);
  const countries = new Set(focus);
  const found = transliteratedTowns(
    norm.text,
    tokens,
    transliterationIndexOf(gazetteer.entries),
    (i) => namedAsTown(tokens, norm.text, i),
    (i) => taken[i] === 1 || exclusionOf(excluded, tokens[i]!.start, tokens[i]!.end) !== null,
    (entry) => entry.iso2 !== null && countries.has(entry.iso2),
  );
  if (found.length === 0) return;
  candidates.push(...found);
  candidates.sort((a, b) => a.start - b.start);
}

/** "مدينة X" where X is in no gazetteer: reported so an editor can add it, never silently lost. */
function reportUnknownTowns(
  tokens: readonly Token[],
  normalized: string,
  matches: readonly NameMatch[],
  report: (start: number, end: number, reason: string) => void,
) {
  const matchedAt = new Set(matches.map((m) => m.firstToken));
  for (let i = 1; i < tokens.length; i++) {
    const next = tokens[i]!;
    if (matchedAt.has(i) || /^\d/.test(next.text) || !namedAsTown(tokens, normalized, i)) continue;
    report(next.start, next.end, 'named as a town but not in the gazetteer');
  }
}
