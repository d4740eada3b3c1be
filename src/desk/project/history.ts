/** Undo and redo over whole projects: each change keeps the project before it, shared, not copied. */
import type { Project } from './project';

export interface History {
  present: Project;
  past: Project[];
  future: Project[];
}

/** How many steps back an editor can go. */
export const HISTORY_DEPTH = 200;

export const startHistory = (present: Project): History => ({ present, past: [], future: [] });

export function record(history: History, next: Project): History {
  if (next === history.present) return history;
  return { present: next, past: [...history.past, history.present].slice(-HISTORY_DEPTH), future: [] };
}

export function undo(history: History): History {
  const previous = history.past.at(-1);
  if (!previous) return history;
  return { present: previous, past: history.past.slice(0, -1), future: [history.present, ...history.future] };
}

export function redo(history: History): History {
  const [next, ...rest] = history.future;
  if (!next) return history;
  return { present: next, past: [...history.past, history.present], future: rest };
}
