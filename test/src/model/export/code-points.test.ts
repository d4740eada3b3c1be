import { describe, expect, it } from 'vitest';
import {
  codePointOffsets,
  codePointsAfter,
  codePointsBefore,
} from '../../../../src/model/export/code-points';

const TEXT = 'ab😀c𝔸d😀😀e لا';

describe('code points', () => {
  it('count an emoji as one code point where UTF-16 counts two units', () => {
    const at = codePointOffsets('a😀b');
    expect([at(0), at(1), at(3), at(4)]).toEqual([0, 1, 2, 3]);
  });

  it('agree with the string iterator at every offset between characters', () => {
    const at = codePointOffsets(TEXT);
    let offset = 0;
    for (const [index, char] of Array.from(TEXT).entries()) {
      expect(at(offset)).toBe(index);
      offset += char.length;
    }
    expect(at(TEXT.length)).toBe(Array.from(TEXT).length);
  });

  it('leave a text without astral characters as it is', () => {
    const arabic = 'وصلت طائرات روسية إلى اللاذقية';
    const at = codePointOffsets(arabic);
    expect(at(arabic.length)).toBe(arabic.length);
    expect(at(7)).toBe(7);
  });

  it('count a lone surrogate as one code point, as the string iterator does', () => {
    const broken = 'a\uD83Db😀';
    expect(codePointOffsets(broken)(broken.length)).toBe(Array.from(broken).length);
  });

  it('take context before and after without splitting an emoji', () => {
    const end = TEXT.indexOf('e');
    expect(codePointsBefore(TEXT, end, 3)).toBe('d😀😀');
    expect(codePointsBefore(TEXT, end, 2)).toBe('😀😀');
    expect(codePointsAfter(TEXT, 2, 2)).toBe('😀c');
    expect(codePointsAfter(TEXT, 0, 100)).toBe(TEXT);
    expect(codePointsBefore(TEXT, 2, 10)).toBe('ab');
  });
});
