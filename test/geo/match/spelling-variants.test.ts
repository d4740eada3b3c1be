import { describe, expect, it } from 'vitest';
import type { GazetteerEntry } from '../../../geo/gazetteer/entry';
import { spellingsOf, spellingVariants } from '../../../geo/match/spelling-variants';
import { geoparse } from '../../../geo/geoparse';
import { defaultGazetteer } from '../../../geo/match/default-gazetteer';

const entry = (id: string, iso2: string | null, ar: string, aliases: string[] = []): GazetteerEntry => ({
  id,
  kind: 'settlement',
  iso2,
  name: { ar, en: id },
  aliases: { ar: aliases, en: [] },
  lngLat: [0, 0],
  source: 'test',
});

describe('the spellings of a foreign name', () => {
  it('writes a compound foreign name apart and joined: "جورجتاون", "جورج تاون"', () => {
    expect(spellingsOf('جورجتاون')).toContain('جورج تاون');
    expect(spellingsOf('جورج تاون')).toContain('جورجتاون');
    expect(spellingsOf('ستالينغراد')).toEqual(expect.arrayContaining(['ستالين غراد', 'ستالين جراد']));
    // Too short a stem before the ending stays whole: "فيل" alone is no compound.
    expect(spellingsOf('تيفيل')).not.toContain('تي فيل');
  });

  it('lets namesakes share a compound written the other way, and finds it so in an article', () => {
    const variants = spellingVariants(
      [entry('georgetown-gy', 'GY', 'جورج تاون'), entry('georgetown-us', 'US', 'جورجتاون')],
      new Map(),
    );
    expect(variants.get('georgetown-gy')).toContain('جورجتاون');
    expect(variants.get('georgetown-us')).toContain('جورج تاون');
    const found = geoparse('وصلت القوات إلى جورج تاون عاصمة غيانا', 'a1', defaultGazetteer());
    expect(found.features.map((f) => f.properties.id)).toEqual(['georgetown', 'guyana']);
  });

  it('swaps the letters of a foreign g everywhere in the name', () => {
    expect(spellingsOf('هونغ كونغ')).toContain('هونج كونج');
    expect(spellingsOf('إنجلترا')).toContain('انغلترا');
  });

  it('leaves out one long vowel inside a word, also in the swapped spellings', () => {
    expect(spellingsOf('شانغهاي')).toEqual(expect.arrayContaining(['شنغهاي', 'شانجهاي', 'شنجهاي']));
  });

  it('writes the s of a foreign name as z and back: "أغاديس", "أغاديز"', () => {
    expect(spellingsOf('أغاديس')).toContain('اغاديز');
    expect(spellingsOf('أغاديز')).toContain('اغاديس');
  });

  it("never leaves out a word's first or last letter, nor the article's alef", () => {
    expect(spellingsOf('الاسكا')).not.toContain('السكا');
    // Only its s may be written z ("اوزلو"): no letter of it is left out.
    expect(spellingsOf('اوسلو').filter((s) => s.length < 'اوسلو'.length)).toEqual([]);
    expect(spellingsOf('أفريقيا')).not.toContain('افريقي');
  });
});

describe('the spelling variants of a gazetteer', () => {
  const nisbas = new Map([['صيني', 'CN']]);

  it('gives none to the places of Arabic-speaking countries', () => {
    expect(spellingVariants([entry('gaza', 'PS', 'غزة')], nisbas).has('gaza')).toBe(false);
  });

  it("never gives a place another place's name, an adjective of nationality or a short word", () => {
    const variants = spellingVariants(
      [
        entry('a', 'CN', 'غوانزو'),
        entry('b', 'CN', 'جوانزو'),
        entry('c', 'CN', 'صيناي'),
        entry('d', 'CN', 'غاز'),
      ],
      nisbas,
    );
    expect(variants.get('a') ?? []).not.toContain('جوانزو');
    expect(variants.get('b') ?? []).not.toContain('غوانزو');
    expect(variants.get('c') ?? []).not.toContain('صيني');
    expect(variants.has('d')).toBe(false);
  });
});

describe('matching other spellings', () => {
  const gazetteer = defaultGazetteer();
  const ids = (text: string) => geoparse(text, 'a1', gazetteer).features.map((f) => f.properties.id);

  it('finds Hong Kong written the Egyptian way and Shanghai without its long vowel', () => {
    expect(ids('سافر إلى هونج كونج ثم إلى شنغهاي')).toEqual(['hong-kong', 'shanghai']);
  });
});
