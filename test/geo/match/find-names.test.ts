import { describe, expect, it } from 'vitest';
import { findNames } from '../../../geo/match/find-names';
import { normalize, toOriginal } from '../../../geo/letters/normalize';
import { tokenize } from '../../../geo/text/tokens';
import { smallGazetteer } from '../small-gazetteer';

const gazetteer = smallGazetteer();

/** The original text of each match and the ids it may name. */
function names(text: string): [string, string[]][] {
  const norm = normalize(text);
  return findNames(norm.text, tokenize(norm.text), gazetteer.index).map((m) => {
    const [from, to] = toOriginal(norm, m.start, m.end, text);
    return [text.slice(from, to), m.records.map((r) => r.entry.id)];
  });
}

describe('findNames', () => {
  it('finds a name written with a different alef or ta marbuta', () => {
    expect(names('وصلت القوات الى اللاذقيه')).toEqual([['اللاذقيه', ['latakia']]]);
  });

  it('finds a name through the one folded key: hamza, ta marbuta, tatweel and vowel marks', () => {
    const spellings = ['إيران', 'ايران', 'اللَّاذِقِيَّة', 'اللاذقيـــة'];
    const found = names(`من ${spellings[0]} إلى ${spellings[1]} ثم ${spellings[2]} و${spellings[3]}`);
    expect(found.map(([text, ids]) => `${text}:${ids.join()}`)).toEqual(
      spellings.map((s, i) => `${s}:${i < 2 ? 'iran' : 'latakia'}`),
    );
  });

  it('strips attached particles and leaves them out of the mention', () => {
    expect(names('واللاذقية وباللاذقية لسوريا وبسورية')).toEqual([
      ['اللاذقية', ['latakia']],
      ['اللاذقية', ['latakia']],
      ['سوريا', ['syria']],
      ['سورية', ['syria']],
    ]);
  });

  it('reads ل + ال written as لل', () => {
    expect(names('زيارة للاذقية')).toEqual([['لاذقية', ['latakia']]]);
  });

  it('does not eat the first letters of names that begin like a particle', () => {
    expect(names('لبنان وبلبنان')).toEqual([
      ['لبنان', ['lebanon']],
      ['لبنان', ['lebanon']],
    ]);
  });

  it('prefers the longest name', () => {
    expect(names('الولايات المتحدة الأمريكية')).toEqual([['الولايات المتحدة الأمريكية', ['united-states']]]);
  });

  it('finds a multi-word name written without its space', () => {
    expect(names('وتعارض الولاياتالمتحدة بقوة')).toEqual([['الولاياتالمتحدة', ['united-states']]]);
  });

  it('splits two names run together', () => {
    expect(names('وتتهم واشنطنروسيا منذ')).toEqual([
      ['واشنطن', ['washington']],
      ['روسيا', ['russia']],
    ]);
  });

  it('splits a name run into the next word when that word starts with و', () => {
    expect(names('الوضع في سوريةوتدفق اللاجئين')).toEqual([['سورية', ['syria']]]);
  });

  it('does not split ordinary words that begin like a name', () => {
    expect(names('القوات الإيرانية والايرانيون والروسيات')).toEqual([]);
  });

  it('does not match a name across a sentence end', () => {
    expect(names('الولايات. المتحدة')).toEqual([]);
  });

  it('matches English names whatever their case', () => {
    expect(names('Russian jets flew from RUSSIA to latakia')).toEqual([
      ['RUSSIA', ['russia']],
      ['latakia', ['latakia']],
    ]);
  });
});

describe('findNames on scraped text', () => {
  it('finds a name with a preposition run into it', () => {
    expect(names('وصل الوفد فيموسكو أمس')).toEqual([['موسكو', ['moscow', 'mesquite']]]);
  });

  it('strips a particle from the short first word of a longer name', () => {
    expect(names('في القاعدة الجوية وبحر قزوين')).toEqual([['بحر قزوين', ['caspian-sea']]]);
  });
});
