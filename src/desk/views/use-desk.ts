/** Where the desk's React components meet its store. */
import { createContext, useContext } from 'react';
import { useStore } from 'zustand';
import { DESK_STRINGS, type DeskStrings } from '../../i18n/desk-strings';
import type { ReadingClient } from '../reading/reading-client';
import type { DeskState, DeskStore } from '../store/desk-store';

export const DeskContext = createContext<{ store: DeskStore; reader: ReadingClient } | null>(null);

function useDeskContext() {
  const context = useContext(DeskContext);
  if (!context) throw new Error('desk components need a <DeskContext> provider above them.');
  return context;
}

export const useDeskStore = (): DeskStore => useDeskContext().store;
export const useReader = (): ReadingClient => useDeskContext().reader;

export function useDesk<T>(selector: (state: DeskState) => T): T {
  return useStore(useDeskStore(), selector);
}

export function useDeskStrings(): DeskStrings {
  return DESK_STRINGS[useDesk((state) => state.language)];
}
