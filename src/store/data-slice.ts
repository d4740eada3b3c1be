/**
 * The dataset: fetched once, validated against the contract (it arrives over the network, so it is
 * untrusted), then read-only. A failure keeps the reasons so the page can list them.
 */
import { DATASET_PATH, readDataset, type Dataset, type QuarantinedArticle } from '../../geo/contract';
import { filterDomainOf, knownFilters } from '../model/filters';
import type { FetchJson } from '../platform/fetch-json';
import type { DalilSlice } from './store';

export type DataStatus = 'idle' | 'loading' | 'ready' | 'failed';

/** Why there is no dataset: the file could not be read, or it was read and failed validation. */
export type DatasetError = { kind: 'unreachable'; detail: string } | { kind: 'invalid'; problems: string[] };

export interface DataSlice {
  status: DataStatus;
  dataset: Dataset | null;
  /** Articles set aside because their evidence does not match their text: the reader is told. */
  quarantined: readonly QuarantinedArticle[];
  error: DatasetError | null;
  loadDataset: () => Promise<void>;
}

export function createDataSlice(fetchJson: FetchJson): DalilSlice<DataSlice> {
  return (set, get) => ({
    status: 'idle',
    dataset: null,
    quarantined: [],
    error: null,
    loadDataset: async () => {
      set({ status: 'loading', error: null });
      const fetched = await fetchJson(DATASET_PATH);
      if (!fetched.ok) {
        const error: DatasetError =
          fetched.reason === 'not-json'
            ? { kind: 'invalid', problems: [fetched.detail] }
            : { kind: 'unreachable', detail: fetched.detail };
        set({ status: 'failed', dataset: null, error });
        return;
      }
      const parsed = readDataset(fetched.json);
      if (parsed.ok) {
        const { dataset, quarantined } = parsed;
        // Filters a link named before the data came are held to what the data has (model/filters.ts).
        set({
          status: 'ready',
          dataset,
          quarantined,
          error: null,
          filters: knownFilters(get().filters, filterDomainOf(dataset)),
        });
      } else set({ status: 'failed', dataset: null, error: { kind: 'invalid', problems: parsed.problems } });
    },
  });
}
