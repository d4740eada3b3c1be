import { describe, expect, it } from 'vitest';
import { declutter, spotsBeside, type Candidate } from '../../../src/model/labels-declutter';

const label = (id: string, x: number, y: number, width = 60, height = 16): Candidate => ({
  id,
  x,
  y,
  width,
  height,
});

describe('declutter', () => {
  it('places labels that do not touch, on their points', () => {
    const placed = declutter([label('a', 0, 0), label('b', 200, 0)], []);
    expect([...placed.keys()]).toEqual(['a', 'b']);
    expect(placed.get('b')).toEqual({ dx: 0, dy: 0 });
  });

  it('leaves out a label that would overlap one ranked before it', () => {
    const placed = declutter([label('russia', 0, 0), label('belarus', 30, 5)], []);
    expect([...placed.keys()]).toEqual(['russia']);
  });

  it('keeps a gap between neighbours', () => {
    expect(declutter([label('a', 0, 0), label('b', 61, 0)], []).has('b')).toBe(false);
    expect(declutter([label('a', 0, 0), label('b', 70, 0)], []).has('b')).toBe(true);
  });

  it('moves a label below a marker that sits on its point', () => {
    const placed = declutter([label('syria', 100, 100)], [{ x: 100, y: 100, width: 20, height: 20 }]);
    // Below the marker's bottom edge (110), with 2 px between: the label's centre at 110 + 2 + 8.
    expect(placed.get('syria')).toEqual({ dx: 0, dy: 20 });
  });

  it('leaves a label out when every spot around it is taken by markers', () => {
    const markers = [-20, 0, 20].map((dy) => ({ x: 100, y: 100 + dy, width: 40, height: 20 }));
    expect(declutter([label('x', 100, 100)], markers).size).toBe(0);
  });

  it('does not crash on no labels', () => {
    expect(declutter([], [{ x: 0, y: 0, width: 10, height: 10 }]).size).toBe(0);
  });
});

describe('place names beside markers', () => {
  it('go at the inline end of the marker: right in English, left in Arabic', () => {
    const name = { ...label('latakia', 100, 100, 50, 16) };
    const en = declutter(
      [{ ...name, spots: spotsBeside(24, 50, 16, false) }],
      [{ x: 100, y: 100, width: 24, height: 24 }],
    );
    const ar = declutter(
      [{ ...name, spots: spotsBeside(24, 50, 16, true) }],
      [{ x: 100, y: 100, width: 24, height: 24 }],
    );
    expect(en.get('latakia')!.dx).toBeGreaterThan(0);
    expect(ar.get('latakia')!.dx).toBeLessThan(0);
  });

  it('move to the other side when a neighbour marker takes the first, and are left out when boxed in', () => {
    const marker = { x: 100, y: 100, width: 24, height: 24 };
    const right = { x: 150, y: 100, width: 24, height: 24 };
    const candidate = { ...label('a', 100, 100, 50, 16), spots: spotsBeside(24, 50, 16, false) };
    expect(declutter([candidate], [marker, right]).get('a')!.dx).toBeLessThan(0);
    const around = [
      marker,
      right,
      { ...right, x: 50 },
      { ...right, x: 100, y: 130 },
      { ...right, x: 100, y: 70 },
    ];
    expect(declutter([candidate], around).has('a')).toBe(false);
  });

  it('never overlap each other', () => {
    const spots = spotsBeside(24, 60, 16, false);
    const placed = declutter(
      [
        { ...label('a', 100, 100), spots },
        { ...label('b', 100, 105), spots },
      ],
      [],
    );
    const boxes = [...placed].map(([id, p]) => ({ id, x: 100 + p.dx, y: (id === 'a' ? 100 : 105) + p.dy }));
    if (boxes.length === 2) {
      const [a, b] = boxes as [(typeof boxes)[0], (typeof boxes)[0]];
      expect(Math.abs(a.x - b.x) >= 60 || Math.abs(a.y - b.y) >= 16).toBe(true);
    }
  });
});
