/**
 * The spelling folds the matcher applies before comparing names (geo/letters/normalize.ts, the one folding
 * table), here for the import: to drop aliases the matcher would find anyway and to spot names that
 * collide once folded. Being the matcher's own fold, it never folds more than the matcher: an alias
 * dropped as redundant is one the matcher finds through the display name.
 */
import { normalize } from '../letters/normalize';

export function foldArabic(text: string): string {
  return normalize(text).text;
}

/** True when the text holds at least one Arabic letter (GeoNames' "Arabic" names are sometimes Latin). */
export function hasArabicLetter(text: string): boolean {
  return /[\u0621-\u064A]/.test(text);
}
