/**
 * One place the geoparser knows: its names in Arabic and English with their spelling variants, its kind,
 * its coordinates and where those coordinates come from.
 */
import * as v from 'valibot';
import { LngLatSchema, NameSchema, PLACE_KINDS } from '../contract';

export const GazetteerEntrySchema = v.object({
  /** Stable kebab-case id, unique across the gazetteer; the app's URLs use it. */
  id: v.pipe(v.string(), v.regex(/^[a-z0-9]+(-[a-z0-9]+)*$/)),
  kind: v.picklist(PLACE_KINDS),
  /** ISO 3166-1 alpha-2 of the country itself, or of the country the place lies in; null when none. */
  iso2: v.nullable(v.pipe(v.string(), v.regex(/^[A-Z]{2}$/))),
  /** The display names. */
  name: NameSchema,
  /** Further spellings that name this place in text (the display names are matched too). */
  aliases: v.object({ ar: v.array(v.string()), en: v.array(v.string()) }),
  /** `[lng, lat]` in degrees, rounded to 4 decimals (about 10 m). */
  lngLat: LngLatSchema,
  /** Where the coordinates and names come from, e.g. "GeoNames 170794 (CC BY 4.0)". */
  source: v.pipe(v.string(), v.minLength(1)),
  /** Inhabitants, when known: used to prefer the larger of two places with one name. */
  population: v.optional(v.number()),
});
export type GazetteerEntry = v.InferOutput<typeof GazetteerEntrySchema>;
