import { takeEarlyFetch } from './early-fetch';

/** The outcome of fetching a JSON file: the parsed value, or why there is none, in words for the reader. */
export type FetchJsonResult =
  { ok: true; json: unknown } | { ok: false; reason: 'unreachable' | 'not-json'; detail: string };

export type FetchJson = (path: string) => Promise<FetchJsonResult>;

/**
 * Fetches a file of the app's own origin (paths are relative to the page) and parses it as JSON.
 * Never throws: a network failure, an HTTP error and a body that is not JSON each come back as a result.
 * A file the page's first script asked for already (early-fetch.ts) is not asked for again.
 */
export const fetchJson: FetchJson = async (path) => {
  let response: Response;
  try {
    response = await (takeEarlyFetch(path) ?? fetch(path, { credentials: 'same-origin' }));
  } catch (error) {
    return { ok: false, reason: 'unreachable', detail: `${path}: ${describe(error)}` };
  }
  if (!response.ok) {
    return {
      ok: false,
      reason: 'unreachable',
      detail: `${path}: HTTP ${response.status} ${response.statusText}`.trim(),
    };
  }
  try {
    return { ok: true, json: await response.json() };
  } catch (error) {
    return { ok: false, reason: 'not-json', detail: `${path}: ${describe(error)}` };
  }
};

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
