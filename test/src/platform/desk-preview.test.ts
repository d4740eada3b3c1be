import { describe, expect, it } from 'vitest';
import { fetchFromDesk, PREVIEW_DATA, PREVIEW_READY } from '../../../src/platform/desk-preview';
import type { FetchJson } from '../../../src/platform/fetch-json';

const ORIGIN = 'https://maps.example';
const fromSite: FetchJson = async (path) => ({ ok: true, json: { from: 'site', path } });

/** A page framed by `parent`, as far as fetchFromDesk looks at it. */
function framedPage(parentOrigin: string | null) {
  const listeners = new Set<(event: MessageEvent) => void>();
  const posted: { message: unknown; target: string }[] = [];
  const parent = {
    get location() {
      if (parentOrigin !== ORIGIN) throw new DOMException('Blocked a frame', 'SecurityError');
      return { origin: parentOrigin };
    },
    postMessage: (message: unknown, target: string) => posted.push({ message, target }),
  };
  const win = {
    location: { origin: ORIGIN },
    addEventListener: (_: string, listener: (event: MessageEvent) => void) => listeners.add(listener),
    removeEventListener: (_: string, listener: (event: MessageEvent) => void) => listeners.delete(listener),
  } as unknown as Window & { parent: unknown };
  (win as { parent: unknown }).parent = parentOrigin === null ? win : parent;
  const send = (data: unknown, origin: string, source: unknown = parent) => {
    for (const listener of [...listeners]) listener({ data, origin, source } as MessageEvent);
  };
  return { win, posted, send, listeners };
}

describe("the desk's preview", () => {
  it('asks the desk that frames it for the dataset, and takes it only from that desk', async () => {
    const { win, posted, send, listeners } = framedPage(ORIGIN);
    const fetch = fetchFromDesk(fromSite, 'data/dalil.json', win);
    const result = fetch('data/dalil.json');
    expect(posted).toEqual([{ message: { type: PREVIEW_READY }, target: ORIGIN }]);
    send({ type: PREVIEW_DATA, dataset: { from: 'elsewhere' } }, 'https://evil.example');
    send({ type: PREVIEW_DATA, dataset: { from: 'a sibling' } }, ORIGIN, {});
    send({ type: 'something else' }, ORIGIN);
    send({ type: PREVIEW_DATA, dataset: { from: 'desk' } }, ORIGIN);
    expect(await result).toEqual({ ok: true, json: { from: 'desk' } });
    expect(listeners.size).toBe(0);
    // The base map and the labels still come from the site.
    expect(await fetch('data/basemap.json')).toEqual({
      ok: true,
      json: { from: 'site', path: 'data/basemap.json' },
    });
  });

  it('reads the site’s own data when no page of its origin frames it', async () => {
    for (const parent of [null, 'https://news.example']) {
      const { win, posted } = framedPage(parent);
      const fetch = fetchFromDesk(fromSite, 'data/dalil.json', win);
      expect(await fetch('data/dalil.json')).toEqual({
        ok: true,
        json: { from: 'site', path: 'data/dalil.json' },
      });
      expect(posted).toEqual([]);
    }
  });
});
