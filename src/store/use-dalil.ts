/** Where React meets the store: the app provides one store, components read it through `useDalil`. */
import { createContext, useContext } from 'react';
import { useStore } from 'zustand';
import type { DalilState, DalilStore } from './store';

export const DalilStoreContext = createContext<DalilStore | null>(null);

export function useDalil<T>(selector: (state: DalilState) => T): T {
  const store = useContext(DalilStoreContext);
  if (!store) throw new Error('useDalil needs a <DalilStoreContext> provider above it.');
  return useStore(store, selector);
}
