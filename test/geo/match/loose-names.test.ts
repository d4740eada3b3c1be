import { describe, expect, it } from 'vitest';
import type { GazetteerEntry } from '../../../geo/gazetteer/entry';
import { createLooseIndex, isArticle, looseKey, looseWord } from '../../../geo/match/loose-names';
import { createNameIndex, gazetteerNames } from '../../../geo/match/name-index';
import { normalize, toOriginal } from '../../../geo/letters/normalize';
import { findNames } from '../../../geo/match/find-names';
import { tokenize } from '../../../geo/text/tokens';
import { geoparse } from '../../../geo/geoparse';
import { smallGazetteer } from '../small-gazetteer';

const entry = (id: string, iso2: string, en: string, aliases: string[] = []): GazetteerEntry => ({
  id,
  kind: 'settlement',
  iso2,
  name: { ar: id, en },
  aliases: { ar: [], en: aliases },
  lngLat: [0, 0],
  source: 'test',
});

/** The loose keys of a small index, for the entries of Arabic-speaking `codes`. */
function looseKeys(entries: GazetteerEntry[], codes = ['SY', 'IQ']): string[] {
  const index = createNameIndex(entries, gazetteerNames);
  return [...createLooseIndex(index.byKey, (e) => codes.includes(e.iso2 ?? '')).byKey.keys()];
}

describe('the loose key of a transliteration', () => {
  it('reads kh as h, q as k, ou as u and a doubled letter as one', () => {
    expect(looseWord('khmeimim')).toBe(looseWord('hmeimim'));
    expect(looseWord('raqqa')).toBe('raka');
    expect(looseWord('zour')).toBe(looseWord('zur'));
    expect(looseWord('lattakia')).toBe(looseWord('latakia'));
  });

  it('leaves out the article, al and el alone, its assimilated forms only before a hyphen', () => {
    expect(looseKey('al qaim')).toBe(looseKey('qaim'));
    expect(looseKey('deir ez zor')).toBe('deir zor');
    expect(isArticle('el', false)).toBe(true);
    expect(isArticle('ash', true)).toBe(true);
    expect(isArticle('as', false)).toBe(false); // "as Damascus said"
  });
});

describe('createLooseIndex', () => {
  it('indexes only the places of the countries it is given, and only keys of five letters or more', () => {
    const keys = looseKeys([
      entry('latakia', 'SY', 'Latakia'),
      entry('hama', 'SY', 'Hama'),
      entry('coventry', 'GB', 'Coventry'),
    ]);
    expect(keys).toEqual(['latakia']);
  });

  it('drops a key two places share, and one that is another place’s own name', () => {
    const keys = looseKeys([
      entry('khalis', 'IQ', 'Khalis'),
      entry('halis', 'SY', 'Halis'),
      entry('qusayr', 'SY', 'Qusayr'),
      entry('kusayr', 'IQ', 'Kusayr'),
    ]);
    expect(keys).toEqual([]);
  });
});

describe('findNames through the loose key', () => {
  const gazetteer = smallGazetteer();
  const names = (text: string) => {
    const norm = normalize(text);
    return findNames(norm.text, tokenize(norm.text), gazetteer.index).map((m) => {
      const [from, to] = toOriginal(norm, m.start, m.end, text);
      return [text.slice(from, to), m.records.map((r) => r.entry.id), m.way];
    });
  };

  it('finds a spelling the gazetteer lacks, article and all, after the exact names', () => {
    expect(names('Jets left Lattakia for Moscow.')).toEqual([
      ['Lattakia', ['latakia'], 'transliteration'],
      ['Moscow', ['moscow'], 'exact'],
    ]);
  });

  it('says so in the reason, and still asks a capitalised name for a capital', () => {
    const { features } = geoparse('Jets left Lattakia.', 'a1', gazetteer);
    const mention = features[0]!.properties.mentions[0]!;
    expect(mention.reason).toMatch(/another transliteration of the name/);
    expect(geoparse('jets left lattakia.', 'a1', gazetteer).features).toEqual([]);
  });
});
