/**
 * Adjectives of nationality (nisbas) made from the countries' Arabic names, normalised, each with its
 * country: سوريا → سوري, سوريه, السوري, السوريه, سوريون, سوريين (SY); العراق → عراقي… (IQ).
 * A town whose name is one of them ("سوري", Surrey) needs a cue; each one in a text points to its
 * country. Built once with the gazetteer's other indexes (gazetteer.ts), read by the rules of resolve/.
 */
import type { GazetteerEntry } from '../gazetteer/entry';
import { normalizeName } from '../letters/normalize';

export function nisbasOf(entries: readonly GazetteerEntry[]): Map<string, string> {
  const forms = new Map<string, string>();
  for (const country of entries) {
    if (country.kind !== 'country' || !country.iso2) continue;
    for (const name of [country.name.ar, ...country.aliases.ar]) {
      const stem = nisbaStem(name);
      if (stem === null) continue;
      const nisba = stem + 'ي';
      for (const form of [nisba, nisba + 'ه', nisba + 'ون', nisba + 'ين']) {
        forms.set(form, country.iso2);
        forms.set('ال' + form, country.iso2);
      }
    }
  }
  return forms;
}

/**
 * The stem a one-word Arabic country name makes its nisba on, normalised ("إثيوبيا" → "اثيوب", "رواندا"
 * → "رواند", "بوروندي" → "بوروند", "الصومال" → "صومال"), or null for a name of several words. The article
 * goes, not a first alef that folds into one ("ألبانيا" → "البان").
 */
export function nisbaStem(name: string): string | null {
  const word = normalizeName(name.startsWith('ال') ? name.slice(2) : name);
  if (word.includes(' ') || word.length < 3) return null;
  return word.endsWith('يا') ? word.slice(0, -2) : /[اهي]$/.test(word) ? word.slice(0, -1) : word;
}
