/**
 * Turns GeoNames' Arabic name for a city into the name news would write, or null when it has none.
 *
 * GeoNames' "ar" names are crowd-sourced: some are Latin transliterations ("Dūmā"), some carry a stray
 * comma or bidi marks, and some name the administrative unit rather than the town ("محافظة مادبا",
 * "قضاء تلكيف", "ناحية غماس", "إمارة الشارقة", Libya's "شعبية سرت", Algeria's "ولاية الجلفة", Italy's
 * "مقاطعة مانتوفا") or add a qualifier ("الدويم (مدينة)"). Unit words and qualifiers are dropped; "مدينة"
 * is kept, since "مدينة الكويت" (Kuwait City) without it would be the country. Vowel marks are dropped
 * too ("طَرَابُلُس"): the rest of the gazetteer and the news are written without them.
 */
import { hasArabicLetter } from './arabic-fold';
import { withoutArabicMarks } from '../letters/normalize';
import { cleanName } from './clean-name';
import { CITY_CURATION } from './curation';

/** An administrative word before the name (curation/cities.json, unitWords). */
const UNIT_PREFIX = new RegExp(`^(?:${CITY_CURATION.unitWords.words.join('|')})\\s+`);
/** A qualifier after the name: "الدويم (مدينة)", "أزول، مقاطعة بوينس آيرس" (Azul, Buenos Aires Province). */
const QUALIFIER = /\s*(?:\(.*\)|[،,].*)$/;
const EDGE_PUNCTUATION = /^[\s,،.;:]+|[\s,،.;:]+$/g;

export function geonamesArabicName(raw: string): string | null {
  const name = withoutArabicMarks(cleanName(raw)).replace(EDGE_PUNCTUATION, '').replace(QUALIFIER, '');
  if (!hasArabicLetter(name)) return null;
  const withoutUnit = name.replace(UNIT_PREFIX, '');
  return withoutUnit.length >= 2 ? withoutUnit : name;
}
