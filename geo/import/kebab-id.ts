/**
 * Turns an English place name into a gazetteer id: lower-case ASCII words joined by hyphens.
 *
 * GeoNames' English names keep transliteration marks ("Dar‘ā", "Ḩamāh", "Şūr"), so accents are stripped
 * and the ayn/hamza marks (‘ ’ ʿ ʾ) are dropped rather than turned into word breaks: "Dar‘ā" → "dara".
 * The plain ASCII apostrophe stays a break, as in English it mostly joins words: "Côte d'Ivoire" →
 * "cote-d-ivoire".
 */
const TRANSLIT_MARKS = /[‘’ʿʾʻ`´]/g;

export function kebabId(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .replace(TRANSLIT_MARKS, '')
    .replace(/ß/g, 'ss')
    .replace(/[æÆ]/g, 'ae')
    .replace(/[øØ]/g, 'o')
    .replace(/[đĐ]/g, 'd')
    .replace(/[łŁ]/g, 'l')
    .replace(/[ıİ]/g, 'i')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}
