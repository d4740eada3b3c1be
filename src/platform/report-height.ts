import { resizeMessage } from './resize-message';

/**
 * Tells the host page the height the embed needs, now and whenever it changes: the frame's own height
 * while the map fits in it, more when the legend wraps on a narrow frame and would squeeze the map. The
 * page body is measured, so the first view and the interactive map report alike.
 */
export function reportHeight(win: Window = window): void {
  if (win.parent === win) return;
  let sent = 0;
  const send = () => {
    const height = Math.ceil(win.document.body.getBoundingClientRect().height);
    if (height > 0 && height !== sent) {
      sent = height;
      // The height is no secret and the host's origin is unknown to a sandboxed frame: any origin may read it.
      win.parent.postMessage(resizeMessage(height), '*');
    }
  };
  new ResizeObserver(send).observe(win.document.body);
  send();
}

/** Sends the height again even if unchanged (the host asked: it may have missed the first message). */
export function resendHeight(win: Window = window): void {
  if (win.parent === win) return;
  win.parent.postMessage(resizeMessage(win.document.body.getBoundingClientRect().height), '*');
}
