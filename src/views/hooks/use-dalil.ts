/** Where React meets the store: the app provides one store, components read it through `useDalil`. */
import { createContext, useContext } from 'react';
import { useStore } from 'zustand';
import type { DalilState, DalilStore } from '../../store/store';

export const DalilStoreContext = createContext<DalilStore | null>(null);

/**
 * The store itself, for actions that read the whole state once when the reader asks (a link to copy)
 * instead of re-rendering on every change of it.
 */
export function useDalilStore(): DalilStore {
  const store = useContext(DalilStoreContext);
  if (!store) throw new Error('dalil components need a <DalilStoreContext> provider above them.');
  return store;
}

/** What `selector` derives from the state; the component re-renders when that changes. */
export function useDalil<T>(selector: (state: DalilState) => T): T {
  return useStore(useDalilStore(), selector);
}
