/**
 * Where the desk keeps the project between visits: IndexedDB (through idb-keyval), written after every
 * change. When the browser refuses (private mode, a sandboxed frame, storage full) the desk says so
 * plainly and offers the download instead; the work on screen is never dropped.
 */
import { createStore, get, set, type UseStore } from 'idb-keyval';
import type { Project } from '../project/project';

/**
 * What the desk keeps: the project, the name its editor signs with, and the steps undo and redo reach,
 * so they still work after a reload (the projects share their articles, and IndexedDB's structured clone
 * stores a shared object once).
 */
export interface DeskRecord {
  project: Project;
  editor: string;
  past?: Project[];
  future?: Project[];
}

const PROJECT_KEY = 'project';

export type StorageProblem = 'unavailable' | 'full';

export interface ProjectStorage {
  load(): Promise<DeskRecord | null>;
  save(record: DeskRecord): Promise<void>;
}

/** Why a storage operation failed, in the desk's terms. */
export function storageProblemOf(error: unknown): StorageProblem {
  const name = error instanceof DOMException || error instanceof Error ? error.name : '';
  return name === 'QuotaExceededError' ? 'full' : 'unavailable';
}

export class StorageError extends Error {
  constructor(
    readonly problem: StorageProblem,
    cause: unknown,
  ) {
    super(`the browser's storage is ${problem}`, { cause });
  }
}

export function indexedDbStorage(): ProjectStorage {
  let store: UseStore | null = null;
  const open = () => {
    if (typeof indexedDB === 'undefined') throw new StorageError('unavailable', null);
    return (store ??= createStore('dalil-desk', 'projects'));
  };
  return {
    async load() {
      try {
        return (await get<DeskRecord>(PROJECT_KEY, open())) ?? null;
      } catch (error) {
        throw new StorageError(storageProblemOf(error), error);
      }
    },
    async save(record) {
      try {
        await set(PROJECT_KEY, record, open());
      } catch (error) {
        throw new StorageError(storageProblemOf(error), error);
      }
    },
  };
}
