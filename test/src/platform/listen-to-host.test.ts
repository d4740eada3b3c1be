import { describe, expect, it } from 'vitest';
import { listenToHost } from '../../../src/platform/listen-to-host';

/** A framed window: messages from `parent` reach the listener; timers run when `runTimers` says. */
function framedWindow() {
  const parent = { postMessage: () => undefined };
  const timers: (() => void)[] = [];
  let listener: ((event: { source: unknown; data: unknown }) => void) | null = null;
  const win = {
    parent,
    addEventListener: (_type: string, l: typeof listener) => (listener = l),
    setTimeout: (callback: () => void) => timers.push(callback),
  };
  return {
    win: win as unknown as Window,
    post: (data: unknown, source: unknown = parent) => listener?.({ source, data }),
    runTimers: () => timers.splice(0).forEach((run) => run()),
  };
}

describe('listenToHost', () => {
  it('acts once on a flood of messages, the last of each kind winning', () => {
    const { win, post, runTimers } = framedWindow();
    const selected: (string | null)[] = [];
    const languages: string[] = [];
    listenToHost({ select: (place) => selected.push(place), setLanguage: (l) => languages.push(l) }, win);
    for (let i = 0; i < 20_000; i++) post({ type: 'dalil:select', place: `place-${i % 7}` });
    post({ type: 'dalil:language', language: 'en' });
    post({ type: 'dalil:select', place: 'latakia' });
    expect(selected).toEqual([]);
    runTimers();
    expect(selected).toEqual(['latakia']);
    expect(languages).toEqual(['en']);
  });

  it('answers a valid message sent after a flood of other scripts’ messages', () => {
    const { win, post, runTimers } = framedWindow();
    const selected: (string | null)[] = [];
    listenToHost({ select: (place) => selected.push(place), setLanguage: () => undefined }, win);
    for (let i = 0; i < 20_000; i++) post({ event: 'analytics', payload: i });
    post({ type: 'dalil:select', place: 'tartus' });
    runTimers();
    expect(selected).toEqual(['tartus']);
  });

  it('ignores messages from anyone but the parent page', () => {
    const { win, post, runTimers } = framedWindow();
    const selected: (string | null)[] = [];
    listenToHost({ select: (place) => selected.push(place), setLanguage: () => undefined }, win);
    post({ type: 'dalil:select', place: 'tartus' }, {});
    runTimers();
    expect(selected).toEqual([]);
  });
});
