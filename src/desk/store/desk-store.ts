/**
 * The desk's one store: the project with its history (undo, redo), the reading the worker made of it,
 * what the editor has selected, and whether the work is safe in the browser's storage. Every change of
 * the project is saved and read again; nothing waits on the page.
 */
import { createStore } from 'zustand/vanilla';
import type { Article, Language } from '../../../geo/contract';
import type { ArticleReading } from '../../../geo/corrections/read-article';
import { applyClaimCorrections } from '../../../geo/corrections/apply-claims';
import { isClaimCorrection, type Correction } from '../../../geo/corrections/schema';
import {
  record,
  redo,
  restoreHistory,
  savedSteps,
  startHistory,
  undo,
  type History,
} from '../project/history';
import {
  EMPTY_PROJECT,
  withArticles,
  withCorrection,
  withoutArticle,
  type Project,
} from '../project/project';
import { StorageError, type ProjectStorage, type StorageProblem } from '../platform/storage';
import type { ReadingClient } from '../reading/reading-client';

/** A decision as the editor makes it: the desk signs it with their name and the time. */
type Unsigned<C> = C extends unknown ? Omit<C, 'by' | 'at'> : never;
export type Decision = Unsigned<Correction>;

/** The words the editor is looking at: a mention, a candidate the geoparser left, or a selection. */
export interface SelectedWords {
  articleId: string;
  start: number;
  end: number;
  text: string;
}

export type SaveState = 'loading' | 'saved' | 'saving' | StorageProblem;

export interface DeskState {
  language: Language;
  editor: string;
  history: History;
  readings: Record<string, ArticleReading>;
  reading: { done: number; total: number } | null;
  readingError: string | null;
  selectedArticle: string | null;
  selectedWords: SelectedWords | null;
  save: SaveState;
  /** The point of a place set by hand, as typed or clicked on the map (strings, as the fields hold them). */
  handPoint: { lat: string; lng: string };
  /** Messages for the editor (a file refused, a project that could not be opened), newest last. */
  notices: string[];

  setLanguage(language: Language): void;
  setEditor(name: string): void;
  addArticles(articles: readonly Article[]): void;
  removeArticle(id: string): void;
  decide(decision: Decision): void;
  replaceProject(project: Project): void;
  undo(): void;
  redo(): void;
  selectArticle(id: string | null): void;
  selectWords(words: SelectedWords | null): void;
  pickPoint(point: [number, number]): void;
  typePoint(point: { lat: string; lng: string }): void;
  notify(message: string): void;
  dismissNotice(index: number): void;
  /** Loads the saved project, then reads it. */
  start(): Promise<void>;
}

export type DeskStore = ReturnType<typeof createDeskStore>;

export interface DeskStoreOptions {
  storage: ProjectStorage;
  reader: ReadingClient;
  language: Language;
  /** The time a decision is signed with; tests pass a fixed clock. */
  now?: () => Date;
}

export function createDeskStore({ storage, reader, language, now = () => new Date() }: DeskStoreOptions) {
  let readCount = 0;
  let saving: Promise<void> = Promise.resolve();
  return createStore<DeskState>()((set, get) => {
    /** Saves and reads the present project, after any change of it. */
    const afterChange = () => {
      const { history, editor } = get();
      set({ save: 'saving' });
      saving = saving
        .then(() => storage.save({ project: history.present, editor, ...savedSteps(history) }))
        .then(
          () => set({ save: 'saved' }),
          (error: unknown) => set({ save: error instanceof StorageError ? error.problem : 'unavailable' }),
        );
      void readProject();
    };
    const readProject = async () => {
      const id = ++readCount;
      const { articles, corrections } = get().history.present;
      set({ reading: { done: 0, total: articles.length }, readingError: null });
      try {
        const readings = await reader.read(articles, corrections, (done, total) => {
          if (id === readCount) set({ reading: { done, total } });
        });
        if (id === readCount) set({ readings, reading: null });
      } catch (error) {
        if (id === readCount)
          set({ reading: null, readingError: error instanceof Error ? error.message : String(error) });
      }
    };
    /**
     * A decision on a claim shows at once on the claims already read (a box ticked stays ticked), before
     * the worker's reading of the whole project, which then replaces them.
     */
    const showClaimDecision = (correction: Correction) => {
      const { readings, history } = get();
      const reading = readings[correction.articleId];
      const article = history.present.articles.find((a) => a.id === correction.articleId);
      if (!reading || !article || !isClaimCorrection(correction)) return;
      const shown = applyClaimCorrections(article, reading.claims, [correction], reading.features);
      if (shown.applied.length === 0) return;
      set({
        readings: {
          ...readings,
          [article.id]: { ...reading, claims: shown.claims, features: shown.features },
        },
      });
    };
    const change = (next: (project: Project) => Project) => {
      const history = record(get().history, next(get().history.present));
      if (history === get().history) return;
      set({ history });
      afterChange();
    };
    const step = (move: (history: History) => History) => {
      const history = move(get().history);
      if (history === get().history) return;
      const { selectedArticle } = get();
      const stillThere = history.present.articles.some((a) => a.id === selectedArticle);
      set({ history, ...(!stillThere && { selectedArticle: null, selectedWords: null }) });
      afterChange();
    };

    return {
      language,
      editor: '',
      history: startHistory(EMPTY_PROJECT),
      readings: {},
      reading: null,
      readingError: null,
      selectedArticle: null,
      selectedWords: null,
      save: 'loading',
      handPoint: { lat: '', lng: '' },
      notices: [],

      setLanguage: (next) => set({ language: next }),
      setEditor(name) {
        set({ editor: name });
        afterChange();
      },
      addArticles(articles) {
        if (articles.length === 0) return;
        change((project) => withArticles(project, articles));
        set({ selectedArticle: articles.at(-1)!.id, selectedWords: null });
      },
      removeArticle(id) {
        change((project) => withoutArticle(project, id));
        if (get().selectedArticle === id) set({ selectedArticle: null, selectedWords: null });
      },
      decide(decision) {
        const correction = {
          ...decision,
          by: get().editor.trim() || 'editor',
          at: now()
            .toISOString()
            .replace(/\.\d{3}Z$/, 'Z'),
        } as Correction;
        change((project) => withCorrection(project, correction));
        showClaimDecision(correction);
      },
      replaceProject(project) {
        change(() => project);
        set({ selectedArticle: project.articles[0]?.id ?? null, selectedWords: null });
      },
      undo: () => step(undo),
      redo: () => step(redo),
      selectArticle: (id) => set({ selectedArticle: id, selectedWords: null }),
      selectWords: (words) => set({ selectedWords: words, handPoint: { lat: '', lng: '' } }),
      pickPoint: ([lng, lat]) => set({ handPoint: { lat: lat.toFixed(4), lng: lng.toFixed(4) } }),
      typePoint: (point) => set({ handPoint: point }),
      notify: (message) => set({ notices: [...get().notices, message] }),
      dismissNotice: (index) => set({ notices: get().notices.filter((_, k) => k !== index) }),
      async start() {
        try {
          const saved = await storage.load();
          if (saved)
            set({
              history: restoreHistory(saved.project, saved.past, saved.future),
              editor: saved.editor,
              selectedArticle: saved.project.articles[0]?.id ?? null,
            });
          set({ save: 'saved' });
        } catch (error) {
          set({ save: error instanceof StorageError ? error.problem : 'unavailable' });
        }
        await readProject();
      },
    };
  });
}
