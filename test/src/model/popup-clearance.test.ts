import { describe, expect, it } from 'vitest';
import { clearingPan, overlapArea, type Box } from '../../../src/model/popup-clearance';

const ROOM = { edge: 10, gap: 8, rtl: false };
const box = (left: number, top: number, width: number, height: number): Box => ({
  left,
  top,
  right: left + width,
  bottom: top + height,
});
const moved = (b: Box, pan: { x: number; y: number }): Box => ({
  left: b.left - pan.x,
  top: b.top - pan.y,
  right: b.right - pan.x,
  bottom: b.bottom - pan.y,
});

// A wide map (1280 × 760) with its legend in the bottom left corner and the zoom buttons top left.
const WIDTH = 1280;
const HEIGHT = 760;
const LEGEND = box(10, 468, 473, 282);
const ZOOM = box(10, 10, 34, 64);

describe('popup clearance', () => {
  it('leaves a popup that is clear already where it is', () => {
    expect(clearingPan(box(500, 100, 380, 460), WIDTH, HEIGHT, [LEGEND, ZOOM], ROOM)).toEqual({ x: 0, y: 0 });
  });

  it('moves a popup beside the legend off it, the shorter way, with room to spare', () => {
    // Level with the legend, its left part over it: moving right by 473 + 8 - 320 = 161 px is shorter
    // than up.
    const popup = box(320, 250, 380, 480);
    const pan = clearingPan(popup, WIDTH, HEIGHT, [LEGEND, ZOOM], ROOM);
    expect(pan).toEqual({ x: -(LEGEND.right + 8 - popup.left), y: 0 });
    expect(overlapArea(moved(popup, pan), LEGEND)).toBe(0);
  });

  it('mirrors in right to left: a legend at the bottom right pushes the popup left', () => {
    const legend = box(WIDTH - 483, 468, 473, 282);
    const popup = box(660, 250, 380, 480);
    const pan = clearingPan(popup, WIDTH, HEIGHT, [legend], { ...ROOM, rtl: true });
    expect(pan.y).toBe(0);
    expect(moved(popup, pan).right).toBe(legend.left - 8);
  });

  it('moves a popup up off the legend when that is shorter', () => {
    const popup = box(100, 100, 380, 380);
    const pan = clearingPan(popup, WIDTH, HEIGHT, [LEGEND, ZOOM], ROOM);
    expect(pan).toEqual({ x: 0, y: popup.bottom - (LEGEND.top - 8) });
  });

  it('brings a popup cut by the top edge down, then clear of the zoom buttons beside it', () => {
    // On a phone (375 × 600) a popup 327 px wide cannot stand beside the 44 px zoom bar: it goes below it.
    const zoom = box(10, 10, 44, 88);
    const popup = box(30, -200, 327, 300);
    const pan = clearingPan(popup, 375, 600, [zoom], ROOM);
    const after = moved(popup, pan);
    expect(overlapArea(after, zoom)).toBe(0);
    expect(after.top).toBe(zoom.bottom + 8);
    expect(after.left).toBeGreaterThanOrEqual(10);
    expect(after.right).toBeLessThanOrEqual(375 - 10);
  });

  it('keeps the top of a popup taller than the map in view, and its start', () => {
    const popup = box(-50, 200, 380, 900);
    const after = moved(popup, clearingPan(popup, WIDTH, HEIGHT, [], ROOM));
    expect(after.top).toBe(10);
    expect(after.left).toBe(10);
    const rtl = box(1000, 200, 380, 900);
    expect(moved(rtl, clearingPan(rtl, WIDTH, HEIGHT, [], { ...ROOM, rtl: true })).right).toBe(WIDTH - 10);
  });

  it('ignores what lies outside the map, such as the legend under it on a phone', () => {
    const under = box(0, HEIGHT, WIDTH, 44);
    expect(clearingPan(box(500, HEIGHT - 400, 300, 380), WIDTH, HEIGHT, [under], ROOM)).toEqual({
      x: 0,
      y: 0,
    });
  });
});
