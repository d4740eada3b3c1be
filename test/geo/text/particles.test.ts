import { describe, expect, it } from 'vitest';
import { createParticleMap, readingsOf } from '../../../geo/text/particles';

const map = createParticleMap(['سوريا', 'العراق', 'اللاذقيه', 'بيروت', 'moscow']);
const read = (written: string) => readingsOf(written, map).map((s) => [s.text, s.particle]);

describe('particle map', () => {
  it('reads a word with one or two particles attached', () => {
    expect(read('وبسوريا')).toEqual([['سوريا', 'وب']]);
    expect(read('لسوريا')).toEqual([['سوريا', 'ل']]);
  });

  it('reads ل + ال written لل, with one ل of three for names that begin with ل', () => {
    expect(read('للعراق')).toEqual([['العراق', 'ل']]);
    expect(read('وللعراق')).toEqual([['العراق', 'ول']]);
    expect(read('للاذقيه')).toEqual([['اللاذقيه', 'ل']]);
  });

  it('reads the bare word first, so names that begin like a particle keep their letters', () => {
    expect(read('بيروت')).toEqual([['بيروت', '']]);
    expect(read('وبيروت')).toEqual([['بيروت', 'و']]);
  });

  it('reads a part of a longer word in place, as a run-together word is read', () => {
    const part = (written: string, from: number, to?: number) =>
      readingsOf(written, map, from, to).map((s) => [s.text, s.cut, s.particle]);
    expect(part('واشنطنسوريا', 6)).toEqual([['سوريا', 0, '']]);
    expect(part('لسورياكلمه', 0, 6)).toEqual([['سوريا', 1, 'ل']]);
    expect(part('كلمهللعراق', 4)).toEqual([['العراق', 1, 'ل']]);
    expect(part('واشنطنسوريا', 5)).toEqual([]);
  });

  it('gives no particles to Latin words and nothing to unknown words', () => {
    expect(read('moscow')).toEqual([['moscow', '']]);
    expect(read('wmoscow')).toEqual([]);
    expect(read('كلمة')).toEqual([]);
  });
});

describe('particle map size', () => {
  it('keeps each word once, however many particles it may take', () => {
    expect(map.size).toBe(5);
  });

  it('gives a particle only to words long enough to take one', () => {
    const short = createParticleMap(['تل'], 2, createParticleMap(['بو']));
    expect(readingsOf('وتل', short).map((s) => s.text)).toEqual(['تل']);
    expect(readingsOf('وبو', short)).toEqual([]);
  });
});
