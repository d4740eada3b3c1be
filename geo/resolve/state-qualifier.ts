/**
 * "Fayetteville, N.C.", "Dallas, TX": a US state written as news abbreviates it, right after a town's
 * name and a comma, says which of the town's namesakes is meant, and that it is a town at all (a small
 * town of a country the article does not name is otherwise left out). The abbreviations are data
 * (gazetteer/state-abbreviations.json), read only here, as written: "IN", "OR" and "ME" are words
 * elsewhere, and "in" after a comma is no Indiana.
 */
import type { GazetteerEntry } from '../gazetteer/entry';
import type { Gazetteer } from '../match/gazetteer';
import type { NameMatch } from '../match/find-names';
import type { NameRecord } from '../match/name-index';
import { toOriginal } from '../letters/normalize';
import type { Reading } from '../text/reading';
import type { Token } from '../text/tokens';
import { planeKm } from './qualified-name';

/** A comma, then an abbreviation: "TX", "Ky.", "Calif.", "N.C.", "W.Va.", not followed by a letter. */
const STATE_AFTER_COMMA = /^ ?, ?([A-Z](?:[A-Z]|[a-z]{1,4}\.|\.[A-Z]\.|\.[A-Z][a-z]\.))(?![A-Za-z])/;

/** Further from its state's point than this, a namesake is no town of that state (Alaska is the widest). */
const MAX_KM_FROM_STATE_POINT = 1200;

/** A state written after a town: its entry and where the abbreviation lies, in normalised offsets. */
export interface StateAfter {
  state: GazetteerEntry;
  start: number;
  end: number;
}

/** The state written after `match` ("Dallas, TX"), or null. Offsets of `match` are normalised ones. */
export function stateAfter(
  match: Pick<NameMatch, 'start' | 'end'>,
  reading: Reading,
  gazetteer: Pick<Gazetteer, 'byId' | 'stateAbbreviations'>,
): StateAfter | null {
  const after = reading.norm.text.slice(match.end, match.end + 2);
  if (gazetteer.stateAbbreviations.size === 0 || !(after.startsWith(',') || after === ' ,')) return null;
  const [, end] = toOriginal(reading.norm, match.start, match.end, reading.text);
  const found = STATE_AFTER_COMMA.exec(reading.text.slice(end, end + 10));
  const written = found?.[1];
  const id = written === undefined ? undefined : gazetteer.stateAbbreviations.get(written);
  const state = id === undefined ? undefined : gazetteer.byId.get(id);
  if (!found || !written || !state) return null;
  // Only a comma, spaces and Latin letters lie between: one normalised unit for each original one.
  const start = match.end + found[0].length - written.length;
  return { state, start, end: start + written.length };
}

/** The one US town of `records` its state points to: the nearest to the state's point, if near enough. */
export function townInState(records: readonly NameRecord[], state: GazetteerEntry): NameRecord | null {
  let best: NameRecord | null = null;
  let bestKm = MAX_KM_FROM_STATE_POINT;
  for (const r of records) {
    if (r.entry.kind !== 'settlement' || r.entry.iso2 !== state.iso2) continue;
    const km = planeKm(r.entry.lngLat, state.lngLat);
    if (km < bestKm) [best, bestKm] = [r, km];
  }
  return best;
}

/**
 * The states written after a capitalised word and a comma that no name of the gazetteer ends in ("the
 * Elmwood, Ill., council"): the town is unknown, but the abbreviation still names its state. `named`
 * says whether a token ends a name the reading already took.
 */
export function statesAfterUnknownTowns(
  reading: Reading,
  gazetteer: Pick<Gazetteer, 'byId' | 'stateAbbreviations'>,
  capitalised: (token: Token) => boolean,
  named: (token: Token) => boolean,
): StateAfter[] {
  const found: StateAfter[] = [];
  const text = reading.norm.text;
  const tokens = reading.tokens;
  // By index: this loop reads every word of the text, and an iterator would be made for each.
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!;
    // Most words are followed by neither: they are turned away by a look at the letter after them.
    const next = text.charCodeAt(token.end);
    if (next !== COMMA && !(next === SPACE && text.charCodeAt(token.end + 1) === COMMA)) continue;
    if (!LATIN.test(token.text)) continue;
    if (!capitalised(token) || named(token)) continue;
    const state = stateAfter(token, reading, gazetteer);
    if (state) found.push(state);
  }
  return found;
}

const LATIN = /^[a-z]/;
const COMMA = 0x2c;
const SPACE = 0x20;
