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
      const word = normalizeName(name);
      if (word.includes(' ') || word.length < 3) continue;
      const base = word.replace(/^ال/, '');
      const stem = base.endsWith('يا') ? base.slice(0, -2) : /[اه]$/.test(base) ? base.slice(0, -1) : base;
      const nisba = stem + 'ي';
      for (const form of [nisba, nisba + 'ه', nisba + 'ون', nisba + 'ين']) {
        forms.set(form, country.iso2);
        forms.set('ال' + form, country.iso2);
      }
    }
  }
  return forms;
}
