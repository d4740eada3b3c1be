import { useContext } from 'react';
import type { DalilStore } from '../store/store';
import { DalilStoreContext } from '../store/use-dalil';

/**
 * The store itself, for actions that read the whole state once when the reader asks (a link to copy)
 * instead of re-rendering on every change of it.
 */
export function useDalilStore(): DalilStore {
  const store = useContext(DalilStoreContext);
  if (!store) throw new Error('useDalilStore needs a <DalilStoreContext> provider above it.');
  return store;
}
