/**
 * What the reader is looking at: the interface language, the place whose evidence is open, the
 * article open in the side panel with the sentence to show, and where the map looks.
 */
import type { Language } from '../../geo/contract';
import type { MapView } from '../url/url-state';
import type { DalilSlice } from './store';

/** An article opened at one quoting sentence, named by its start offset in the article. */
export interface OpenArticle {
  articleId: string;
  quoteStart: number;
}

export interface ViewSlice {
  language: Language;
  selectedPlaceId: string | null;
  openArticle: OpenArticle | null;
  /** Where the map looks; null while it frames all the places (nobody moved it, no link said where). */
  mapView: MapView | null;
  /** True when the page is embedded in another (`?embed=1`): map only, compact, no page chrome. */
  embedded: boolean;
  selectPlace: (placeId: string) => void;
  deselectPlace: () => void;
  openArticleAt: (articleId: string, quoteStart: number) => void;
  closeArticle: () => void;
  setLanguage: (language: Language) => void;
  /** The reader moved the map, or a link or the history says where to look (null: frame all places). */
  moveMap: (view: MapView | null) => void;
}

export function createViewSlice(language: Language, embedded = false): DalilSlice<ViewSlice> {
  return (set, get) => ({
    language,
    selectedPlaceId: null,
    openArticle: null,
    mapView: null,
    embedded,
    selectPlace: (placeId) => {
      const known = get().dataset?.places.features.some((f) => f.properties.id === placeId);
      if (known) set({ selectedPlaceId: placeId });
    },
    deselectPlace: () => set({ selectedPlaceId: null }),
    openArticleAt: (articleId, quoteStart) => {
      const article = get().dataset?.articles.find((a) => a.id === articleId);
      if (article && quoteStart >= 0 && quoteStart < article.text.length)
        set({ openArticle: { articleId, quoteStart } });
    },
    closeArticle: () => set({ openArticle: null }),
    setLanguage: (next) => set({ language: next }),
    moveMap: (view) => {
      const current = get().mapView;
      const same =
        view === current ||
        (view && current && view.lat === current.lat && view.lng === current.lng && view.zoom === current.zoom);
      if (!same) set({ mapView: view });
    },
  });
}
