/** Undo and redo over whole projects: each change keeps the project before it, shared, not copied. */
import type { Project } from './project';

export interface History {
  present: Project;
  past: Project[];
  future: Project[];
}

/** How many steps back an editor can go. */
export const HISTORY_DEPTH = 200;
/** How many of them are kept through a reload. */
export const SAVED_DEPTH = 50;

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

/** The steps kept through a reload: the nearest SAVED_DEPTH each way. */
export function savedSteps(history: History): { past: Project[]; future: Project[] } {
  return { past: history.past.slice(-SAVED_DEPTH), future: history.future.slice(0, SAVED_DEPTH) };
}

/** The history saved with `present`, its steps taken only when they are lists (an older desk saved none). */
export function restoreHistory(present: Project, past: unknown, future: unknown): History {
  const steps = (value: unknown) => (Array.isArray(value) ? (value as Project[]) : []);
  return { present, past: steps(past).slice(-SAVED_DEPTH), future: steps(future).slice(0, SAVED_DEPTH) };
}
