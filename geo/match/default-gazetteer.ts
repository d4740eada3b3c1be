/** The gazetteer shipped with dalil (gazetteer/default.ts), ready for matching. */
import {
  AMBIGUOUS_CITIES,
  DEMONYMS,
  ENTRY_LISTS,
  FACILITY_RULES,
  SMALL_TOWNS,
  STATE_ABBREVIATIONS,
} from '../gazetteer/default';
import { createGazetteer, type Gazetteer } from './gazetteer';

let cached: Gazetteer | null = null;

/** The default gazetteer, built on first use. */
export function defaultGazetteer(): Gazetteer {
  cached ??= createGazetteer(
    ENTRY_LISTS,
    AMBIGUOUS_CITIES,
    FACILITY_RULES,
    STATE_ABBREVIATIONS,
    SMALL_TOWNS,
    DEMONYMS,
  );
  return cached;
}
