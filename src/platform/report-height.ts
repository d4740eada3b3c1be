import { resizeMessage } from './resize-message';

/** The most the embed ever asks its host for, in CSS pixels: past this, nobody scrolls past the story. */
export const MAX_REPORTED_HEIGHT = 2000;

/** The custom property the embed's layout reads as the height its host chose (first-view.css). */
const FRAME_HEIGHT = '--frame-height';

let lastSent = 0;

function bodyHeight(win: Window): number {
  return Math.min(MAX_REPORTED_HEIGHT, Math.ceil(win.document.body.getBoundingClientRect().height));
}

/**
 * Tells the host page the height the embed needs, now and whenever it changes, both ways: the height
 * the host chose for the frame while the map fits in it, more while the legend wraps on a narrow frame
 * and would squeeze the map, and back to the host's height when that passes. Panels (an article) open
 * over the map, never below it, so they ask for nothing.
 *
 * The layout's minimum height is the host's chosen height (`--frame-height`), not the frame's current
 * one: a frame the embed made taller would otherwise hold the page at that height for good. A change of
 * the frame's height that the embed did not ask for is the host's new choice.
 */
export function reportHeight(win: Window = window): void {
  if (win.parent === win) return;
  const root = win.document.documentElement;
  const chooseHostHeight = (height: number) => {
    if (height > 0) root.style.setProperty(FRAME_HEIGHT, `${height}px`);
  };
  chooseHostHeight(win.innerHeight);
  const send = () => {
    const height = bodyHeight(win);
    if (height > 0 && height !== lastSent) {
      lastSent = height;
      // The height is no secret and the host's origin is unknown to a sandboxed frame: any origin may read it.
      win.parent.postMessage(resizeMessage(height), '*');
    }
  };
  win.addEventListener('resize', () => {
    if (win.innerHeight !== lastSent) chooseHostHeight(win.innerHeight);
  });
  new ResizeObserver(send).observe(win.document.body);
  send();
}

/** Sends the height again even if unchanged (the host asked: it may have missed the first message). */
export function resendHeight(win: Window = window): void {
  if (win.parent === win) return;
  lastSent = bodyHeight(win);
  win.parent.postMessage(resizeMessage(lastSent), '*');
}
