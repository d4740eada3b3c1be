import { afterEach, describe, expect, it, vi } from 'vitest';
import { fetchEarly } from '../../../src/platform/early-fetch';
import { fetchJson } from '../../../src/platform/fetch-json';

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('fetchJson', () => {
  it('returns the parsed body of a successful response', async () => {
    vi.stubGlobal('fetch', async () => new Response('{"a":1}', { status: 200 }));
    expect(await fetchJson('data/x.json')).toEqual({ ok: true, json: { a: 1 } });
  });

  it('reports an HTTP error as unreachable, with the status', async () => {
    vi.stubGlobal('fetch', async () => new Response('gone', { status: 404, statusText: 'Not Found' }));
    expect(await fetchJson('data/x.json')).toEqual({
      ok: false,
      reason: 'unreachable',
      detail: 'data/x.json: HTTP 404 Not Found',
    });
  });

  it('reports a network failure as unreachable instead of throwing', async () => {
    vi.stubGlobal('fetch', async () => {
      throw new TypeError('Failed to fetch');
    });
    expect(await fetchJson('data/x.json')).toEqual({
      ok: false,
      reason: 'unreachable',
      detail: 'data/x.json: Failed to fetch',
    });
  });

  it('reports a body that is not JSON as not-json', async () => {
    vi.stubGlobal('fetch', async () => new Response('<html>', { status: 200 }));
    const result = await fetchJson('data/x.json');
    expect(!result.ok && result.reason).toBe('not-json');
  });

  it('takes a file the first script fetched early once, and fetches it again after', async () => {
    const asked: string[] = [];
    vi.stubGlobal('fetch', async (path: string) => {
      asked.push(path);
      return new Response(`{"n":${asked.length}}`, { status: 200 });
    });
    fetchEarly(['data/x.json']);
    fetchEarly(['data/x.json']);
    expect(asked).toEqual(['data/x.json']);
    expect(await fetchJson('data/x.json')).toEqual({ ok: true, json: { n: 1 } });
    expect(await fetchJson('data/x.json')).toEqual({ ok: true, json: { n: 2 } });
    expect(asked).toEqual(['data/x.json', 'data/x.json']);
  });

  it('reports an early fetch that failed as unreachable', async () => {
    vi.stubGlobal('fetch', async () => {
      throw new TypeError('Failed to fetch');
    });
    fetchEarly(['data/y.json']);
    expect(await fetchJson('data/y.json')).toEqual({
      ok: false,
      reason: 'unreachable',
      detail: 'data/y.json: Failed to fetch',
    });
  });
});
