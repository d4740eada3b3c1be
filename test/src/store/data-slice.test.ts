import { describe, expect, it } from 'vitest';
import { DATASET_PATH, type TextChunk } from '../../../geo/contract';
import { splitFiles } from '../fixtures/split-files';
import { selectArticleCount } from '../../../src/store/selectors';
import { selectClaimTotal, selectPlaceRoles } from '../../../src/store/claim-selectors';
import { selectMapPlaceCount } from '../../../src/store/map-selectors';
import { builtDataset } from '../fixtures/built-dataset';
import type { FetchJson } from '../../../src/platform/fetch-json';
import { createDalilStore } from '../../../src/store/store';
import { seedDataset } from '../fixtures/seed-dataset';

/** A fetch that serves `json` for the dataset path and records what was asked. */
function serving(json: unknown, asked: string[] = []): FetchJson {
  return async (path) => {
    asked.push(path);
    return { ok: true, json };
  };
}

describe('data slice', () => {
  it('starts idle, with no dataset and no error', () => {
    const { status, dataset, error } = createDalilStore().getState();
    expect({ status, dataset, error }).toEqual({ status: 'idle', dataset: null, error: null });
  });

  it('fetches data/dalil.json and keeps the validated dataset', async () => {
    const asked: string[] = [];
    const store = createDalilStore({ fetchJson: serving(seedDataset(), asked) });
    await store.getState().loadDataset();
    expect(asked).toEqual([DATASET_PATH]);
    expect(store.getState().status).toBe('ready');
    expect(store.getState().dataset?.places.features).toHaveLength(3);
    expect(store.getState().error).toBeNull();
  });

  it('is loading while the file is on its way', async () => {
    let release!: () => void;
    const store = createDalilStore({
      fetchJson: () => new Promise((resolve) => (release = () => resolve({ ok: true, json: seedDataset() }))),
    });
    const loading = store.getState().loadDataset();
    expect(store.getState().status).toBe('loading');
    release();
    await loading;
    expect(store.getState().status).toBe('ready');
  });

  it('lists the contract problems when the data fails validation', async () => {
    const broken = {
      ...seedDataset(),
      schemaVersion: 99,
      places: { type: 'FeatureCollection', features: 'none' },
    };
    const store = createDalilStore({ fetchJson: serving(broken) });
    await store.getState().loadDataset();
    const { status, dataset, error } = store.getState();
    expect(status).toBe('failed');
    expect(dataset).toBeNull();
    expect(error?.kind).toBe('invalid');
    expect(error?.kind === 'invalid' && error.problems.some((p) => p.startsWith('schemaVersion'))).toBe(true);
  });

  it('never shows a quote that is not a verbatim slice: its article is set aside, the rest kept', async () => {
    const dataset = seedDataset();
    const mention = dataset.places.features[0]!.properties.mentions[0]!;
    mention.quote = { ...mention.quote, text: `${mention.quote.text.slice(0, -1)}!` };
    const store = createDalilStore({ fetchJson: serving(dataset) });
    await store.getState().loadDataset();
    const state = store.getState();
    expect(state.status).toBe('ready');
    expect(state.quarantined.map((q) => q.articleId)).toEqual([mention.articleId]);
    expect(state.quarantined[0]!.problems.join('\n')).toMatch(/quote is not a verbatim slice/);
    const shown = state.dataset!.places.features.flatMap((f) => f.properties.mentions);
    expect(shown.some((m) => m.articleId === mention.articleId)).toBe(false);
    expect(shown.length).toBeGreaterThan(0);
  });

  it('reports a file that is not JSON as invalid data, with the parser message', async () => {
    const store = createDalilStore({
      fetchJson: async (path) => ({ ok: false, reason: 'not-json', detail: `${path}: Unexpected token <` }),
    });
    await store.getState().loadDataset();
    expect(store.getState().error).toEqual({
      kind: 'invalid',
      problems: [`${DATASET_PATH}: Unexpected token <`],
    });
  });

  it('reports an unreachable file with the reason', async () => {
    const store = createDalilStore({
      fetchJson: async (path) => ({
        ok: false,
        reason: 'unreachable',
        detail: `${path}: HTTP 404 Not Found`,
      }),
    });
    await store.getState().loadDataset();
    expect(store.getState().status).toBe('failed');
    expect(store.getState().error).toEqual({
      kind: 'unreachable',
      detail: `${DATASET_PATH}: HTTP 404 Not Found`,
    });
  });

  describe('texts in chunk files', () => {
    /** The seeds split as the build writes them, served from a fake origin that records what was asked. */
    function splitServer(
      asked: string[],
      fail = () => false,
      spoil: (chunks: TextChunk[]) => void = () => {},
    ): FetchJson {
      const { first, chunks, files } = splitFiles(builtDataset(), undefined, (n) => `${n}-0123456789ab`);
      spoil(chunks);
      files.set(DATASET_PATH, first);
      return async (path) => {
        asked.push(path);
        if (fail()) return { ok: false, reason: 'unreachable', detail: `${path}: HTTP 503` };
        return files.has(path)
          ? { ok: true, json: JSON.parse(JSON.stringify(files.get(path))) as unknown }
          : { ok: false, reason: 'unreachable', detail: `${path}: HTTP 404` };
      };
    }

    it('fetches a chunk once, however many ask, and keeps its texts', async () => {
      const asked: string[] = [];
      const store = createDalilStore({ fetchJson: splitServer(asked) });
      await store.getState().loadDataset();
      expect(store.getState().texts.size).toBe(0);
      const [first, second] = builtDataset().articles;
      await Promise.all([
        store.getState().loadTexts([first!.id]),
        store.getState().loadTexts([first!.id, second!.id]),
      ]);
      expect(asked.filter((path) => path.startsWith('data/texts/'))).toHaveLength(1);
      expect(store.getState().texts.get(first!.id)).toBe(first!.text);
      expect(store.getState().texts.get(second!.id)).toBe(second!.text);
      await store.getState().loadTexts([first!.id]);
      // The first file, its evidence file (asked for with the first text), one chunk.
      expect(asked).toEqual([
        'data/dalil.json',
        'data/evidence/0123456789ab.json',
        'data/texts/0-0123456789ab.json',
      ]);
    });

    it('holds the summary until something shown needs the evidence, then the whole dataset, counts unchanged', async () => {
      const asked: string[] = [];
      const store = createDalilStore({ fetchJson: splitServer(asked) });
      await store.getState().loadDataset();
      const built = builtDataset();
      const before = store.getState();
      expect(before.dataset?.pending?.articles).toBe(built.articles.length);
      expect(before.evidence).toEqual({ status: 'pending' });
      expect(selectArticleCount(before)).toBe(built.articles.length);
      expect(selectClaimTotal(before)).toBe(built.claims!.length);
      const placesBefore = selectMapPlaceCount(before);
      const rolesBefore = [...selectPlaceRoles(before)].map(([id, roles]) => [id, [...roles].sort()]);
      expect(asked).toEqual(['data/dalil.json']);

      store.getState().selectPlace('hmeimim-air-base');
      expect(store.getState().evidence).toEqual({ status: 'loading' });
      await store.getState().loadEvidence();
      const after = store.getState();
      expect(after.evidence).toEqual({ status: 'ready' });
      expect(after.dataset?.pending).toBeUndefined();
      expect(after.dataset?.articles).toHaveLength(built.articles.length);
      expect(selectArticleCount(after)).toBe(built.articles.length);
      expect(selectClaimTotal(after)).toBe(built.claims!.length);
      expect(selectMapPlaceCount(after)).toBe(placesBefore);
      expect([...selectPlaceRoles(after)].map(([id, roles]) => [id, [...roles].sort()])).toEqual(rolesBefore);
      expect(asked).toEqual(['data/dalil.json', 'data/evidence/0123456789ab.json']);
    });

    it('keeps why the evidence could not be had, and tries again when asked again', async () => {
      let down = false;
      const store = createDalilStore({ fetchJson: splitServer([], () => down) });
      await store.getState().loadDataset();
      down = true;
      await store.getState().loadEvidence();
      expect(store.getState().evidence).toEqual({
        status: 'failed',
        problems: ['data/evidence/0123456789ab.json: HTTP 503'],
      });
      expect(store.getState().status).toBe('ready');
      down = false;
      await store.getState().loadEvidence();
      expect(store.getState().evidence).toEqual({ status: 'ready' });
    });

    it('refuses an evidence file that disagrees with its summary, naming the file and the place', async () => {
      const files = splitFiles(builtDataset(), undefined, (n) => `${n}-0123456789ab`);
      files.files.set(DATASET_PATH, files.first);
      files.evidence.places[0]![2] = files.evidence.places[0]![2].slice(0, 1);
      const store = createDalilStore({
        fetchJson: async (path) => ({
          ok: true,
          json: JSON.parse(JSON.stringify(files.files.get(path))) as unknown,
        }),
      });
      await store.getState().loadDataset();
      await store.getState().loadEvidence();
      const { evidence } = store.getState();
      expect(evidence.status === 'failed' && evidence.problems[0]).toMatch(
        /^data\/evidence\/0123456789ab\.json: places\.0: place [\w-]+ has [\d/]+ mentions by role, but the first file counts [\d/]+$/,
      );
    });

    it('keeps each article’s details with its text, and none before', async () => {
      const store = createDalilStore({ fetchJson: splitServer([]) });
      await store.getState().loadDataset();
      const { id } = builtDataset().articles[0]!;
      expect(store.getState().details.size).toBe(0);
      await store.getState().loadTexts([id]);
      const mentions = store
        .getState()
        .dataset!.places.features.flatMap((f) => f.properties.mentions.filter((m) => m.articleId === id));
      expect(store.getState().details.get(id)?.mentions).toHaveLength(mentions.length);
    });

    it('sets aside an article whose detail is not a verbatim slice of its text, with the reason', async () => {
      let spoilt = '';
      const store = createDalilStore({
        fetchJson: splitServer([], undefined, (chunks) => {
          const entry = chunks[0]!.texts.find((t) => (t.mentions?.length ?? 0) > 0)!;
          const mention = entry.mentions![0]!;
          mention.text = mention.text.endsWith('x')
            ? `${mention.text.slice(0, -1)}y`
            : `${mention.text.slice(0, -1)}x`;
          spoilt = entry.id;
        }),
      });
      await store.getState().loadDataset();
      await store.getState().loadTexts(builtDataset().articles.map((a) => a.id));
      expect(store.getState().texts.has(spoilt)).toBe(false);
      expect(store.getState().details.has(spoilt)).toBe(false);
      expect(store.getState().textProblems.get(spoilt)).toEqual([
        expect.stringMatching(/mention is not a verbatim slice/),
      ]);
      expect(store.getState().texts.size).toBe(builtDataset().articles.length - 1);
    });

    it('keeps why a chunk could not be had, and tries again when asked again', async () => {
      const asked: string[] = [];
      let down = false;
      const store = createDalilStore({ fetchJson: splitServer(asked, () => down) });
      await store.getState().loadDataset();
      await store.getState().loadEvidence();
      const { id, text } = builtDataset().articles[0]!;
      down = true;
      await store.getState().loadTexts([id]);
      expect(store.getState().texts.has(id)).toBe(false);
      expect(store.getState().textProblems.get(id)).toEqual([
        expect.stringMatching(/^data\/texts\/0-0123456789ab\.json: HTTP 503$/),
      ]);
      down = false;
      await store.getState().loadTexts([id]);
      expect(store.getState().texts.get(id)).toBe(text);
      expect(store.getState().textProblems.has(id)).toBe(false);
    });
  });
});
