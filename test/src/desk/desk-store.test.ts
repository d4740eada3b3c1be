import { describe, expect, it } from 'vitest';
import { articleFromFields } from '../../../src/desk/project/article-input';
import { datasetOf } from '../../../src/desk/project/dataset';
import { StorageError, type DeskRecord, type ProjectStorage } from '../../../src/desk/platform/storage';
import { createReader } from '../../../src/desk/reading/reader';
import type { ReadingClient } from '../../../src/desk/reading/reading-client';
import { createDeskStore } from '../../../src/desk/store/desk-store';
import { smallGazetteer } from '../../geo/small-gazetteer';

const TEXT = 'وصلت سفن روسية إلى اللاذقية. وقال الأسد إن القوات انتشرت في قرية عين البيضا.';
const made = articleFromFields({
  text: TEXT,
  title: '',
  published: '2015-09-20',
  language: 'ar',
  outlet: '',
  url: '',
});
if (!made.ok) throw new Error('the fixture article is invalid');
const ARTICLE = made.article;
const AT = TEXT.indexOf('اللاذقية');
const LATAKIA = { articleId: ARTICLE.id, start: AT, end: AT + 8, text: 'اللاذقية', note: null };

/** The worker's reader, called in-process. */
function inProcessClient(): ReadingClient {
  const reader = createReader(smallGazetteer());
  return {
    read: async (articles, corrections, progress) =>
      reader.read(articles, corrections, progress ?? (() => {})),
    candidates: async (words) => reader.candidates(words),
    search: async (query) => reader.search(query),
  };
}

function memoryStorage(saved: DeskRecord | null = null) {
  const writes: DeskRecord[] = [];
  const storage: ProjectStorage = {
    load: async () => saved,
    save: async (record) => {
      writes.push(record);
    },
  };
  return { storage, writes };
}

async function settled(store: ReturnType<typeof createDeskStore>) {
  // Saving and reading run on promises: let them finish.
  for (let i = 0; i < 20 && (store.getState().reading || store.getState().save === 'saving'); i++)
    await new Promise((resolve) => setTimeout(resolve, 0));
}

/** A started store, in memory, the fixture article added (its reading may still be on its way). */
async function storeWithArticle() {
  const store = createDeskStore({
    storage: memoryStorage().storage,
    reader: inProcessClient(),
    language: 'en',
  });
  await store.getState().start();
  store.getState().addArticles([ARTICLE]);
  return store;
}

const clock = () => new Date('2026-12-02T10:00:00.123Z');

describe('the desk store', () => {
  it('reads an added article, saves it, and signs each decision with the editor and the time', async () => {
    const { storage, writes } = memoryStorage();
    const store = createDeskStore({ storage, reader: inProcessClient(), language: 'en', now: clock });
    await store.getState().start();
    store.getState().setEditor('Rana');
    store.getState().addArticles([ARTICLE]);
    await settled(store);
    const reading = store.getState().readings[ARTICLE.id]!;
    expect(reading.features.map((f) => f.properties.id)).toContain('latakia');

    store.getState().decide({ ...LATAKIA, action: 'reject', why: 'ship' });
    await settled(store);
    expect(store.getState().history.present.corrections).toEqual([
      { ...LATAKIA, action: 'reject', why: 'ship', by: 'Rana', at: '2026-12-02T10:00:00Z' },
    ]);
    const after = store.getState().readings[ARTICLE.id]!;
    expect(after.features.map((f) => f.properties.id)).not.toContain('latakia');
    expect(writes.at(-1)?.project).toBe(store.getState().history.present);
    expect(writes.at(-1)?.editor).toBe('Rana');
    expect(store.getState().save).toBe('saved');
  });

  it('undoes a decision and reads the article again as it was', async () => {
    const store = await storeWithArticle();
    store.getState().decide({ ...LATAKIA, action: 'resolve', placeId: 'hmeimim-air-base' });
    await settled(store);
    const ids = () => store.getState().readings[ARTICLE.id]!.features.map((f) => f.properties.id);
    expect(ids()).toContain('hmeimim-air-base');
    store.getState().undo();
    await settled(store);
    expect(ids()).toContain('latakia');
    expect(ids()).not.toContain('hmeimim-air-base');
    store.getState().redo();
    await settled(store);
    expect(ids()).toContain('hmeimim-air-base');
  });

  it('shows a decision on a claim at once, before the worker has read the project again', async () => {
    const store = await storeWithArticle();
    await settled(store);
    const claim = store.getState().readings[ARTICLE.id]!.claims[0]!;
    expect(claim.activities).not.toContain('ground');
    const { start, end, text } = claim.clause;
    store.getState().decide({
      articleId: ARTICLE.id,
      start,
      end,
      text,
      note: null,
      action: 'claim-edit',
      changes: { activities: ['ground'] },
    });
    const shown = () => store.getState().readings[ARTICLE.id]!.claims[0]!;
    expect(store.getState().reading).not.toBeNull();
    expect(shown().activities).toEqual(['ground']);
    expect(shown().review?.state).toBe('corrected');
    await settled(store);
    expect(store.getState().reading).toBeNull();
    expect(shown().activities).toEqual(['ground']);
  });

  it('keeps undo and redo through a reload', async () => {
    const { storage, writes } = memoryStorage();
    const first = createDeskStore({ storage, reader: inProcessClient(), language: 'en', now: clock });
    await first.getState().start();
    first.getState().addArticles([ARTICLE]);
    first.getState().decide({ ...LATAKIA, action: 'reject', why: 'ship' });
    first.getState().decide({ ...LATAKIA, action: 'resolve', placeId: 'hmeimim-air-base' });
    first.getState().undo();
    await settled(first);

    const reloaded = createDeskStore({
      storage: memoryStorage(writes.at(-1)).storage,
      reader: inProcessClient(),
      language: 'en',
    });
    await reloaded.getState().start();
    const actions = () => reloaded.getState().history.present.corrections.map((c) => c.action);
    expect(actions()).toEqual(['reject']);
    reloaded.getState().redo();
    expect(actions()).toEqual(['reject', 'resolve']);
    reloaded.getState().undo();
    reloaded.getState().undo();
    expect(actions()).toEqual([]);
    expect(reloaded.getState().history.present.articles).toEqual([ARTICLE]);
  });

  it('opens a project saved by a desk that kept no steps', async () => {
    const saved = { project: { articles: [ARTICLE], corrections: [] }, editor: 'Omar' };
    const store = createDeskStore({
      storage: memoryStorage(saved).storage,
      reader: inProcessClient(),
      language: 'en',
    });
    await store.getState().start();
    expect(store.getState().history.past).toEqual([]);
    expect(store.getState().history.future).toEqual([]);
  });

  it('opens the saved project on start, and makes data the contract accepts from it', async () => {
    const saved = { project: { articles: [ARTICLE], corrections: [] }, editor: 'Omar' };
    const store = createDeskStore({
      storage: memoryStorage(saved).storage,
      reader: inProcessClient(),
      language: 'ar',
    });
    await store.getState().start();
    expect(store.getState().editor).toBe('Omar');
    expect(store.getState().selectedArticle).toBe(ARTICLE.id);
    const data = datasetOf(store.getState().history.present.articles, store.getState().readings);
    expect(data.ok).toBe(true);
  });

  it('says plainly when the browser will not store the work, and keeps it on screen', async () => {
    const refusing: ProjectStorage = {
      load: async () => {
        throw new StorageError('unavailable', new Error('private mode'));
      },
      save: async () => {
        throw new StorageError('full', new Error('QuotaExceededError'));
      },
    };
    const store = createDeskStore({ storage: refusing, reader: inProcessClient(), language: 'en' });
    await store.getState().start();
    expect(store.getState().save).toBe('unavailable');
    store.getState().addArticles([ARTICLE]);
    await settled(store);
    expect(store.getState().save).toBe('full');
    expect(store.getState().history.present.articles).toEqual([ARTICLE]);
  });
});
