/**
 * The Arabic spelling folds the matcher applies before comparing names, mirrored here so the import can
 * drop aliases the matcher would find anyway and spot names that collide once folded.
 *
 * Folded: hamza forms of alef (أ إ آ ٱ → ا), hamza seats (ؤ → و, ئ → ي), ta marbuta to ha (ة → ه),
 * alef maqsura and Persian ya to ya (ى ی → ي), Persian kaf to kaf (ک → ك); harakat, shadda, sukun,
 * dagger alef and tatweel removed. This must never fold more than the matcher: an alias dropped here
 * as redundant has to be one the matcher finds through the display name.
 */
const ALEF_FORMS = /[أإآٱٲٳ]/g;
const HARAKAT_AND_TATWEEL = /[\u064B-\u065F\u0670\u0640]/g;

export function foldArabic(text: string): string {
  return text
    .replace(HARAKAT_AND_TATWEEL, '')
    .replace(ALEF_FORMS, 'ا')
    .replace(/ؤ/g, 'و')
    .replace(/[ئىی]/g, 'ي')
    .replace(/ة/g, 'ه')
    .replace(/ک/g, 'ك');
}

/** True when the text holds at least one Arabic letter (GeoNames' "Arabic" names are sometimes Latin). */
export function hasArabicLetter(text: string): boolean {
  return /[\u0621-\u064A]/.test(text);
}
