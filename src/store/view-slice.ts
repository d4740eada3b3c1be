/**
 * What the reader is looking at: the interface language, the place whose evidence is open, the
 * article open in the side panel with the sentence to show, and where the map looks.
 */
import type { Language } from '../../geo/contract';
import type { ListOrder } from '../model/list-order';
import { sameView, type MapView } from '../model/map-view';
import type { DalilSlice } from './store';

/** An article opened at one quoting sentence, named by its start offset in the article. */
export interface OpenArticle {
  articleId: string;
  quoteStart: number;
}

/** What the map shows: its view, and its bounds in degrees (west, south, east, north). */
export interface ShownView {
  view: MapView;
  bbox: readonly [number, number, number, number];
}

export interface ViewSlice {
  language: Language;
  selectedPlaceId: string | null;
  openArticle: OpenArticle | null;
  /** Where the map looks; null while it frames all the places (nobody moved it, no link said where). */
  mapView: MapView | null;
  /** What the map shows now, however it got there (a frame, a link, the reader); null before it is drawn. */
  shownView: ShownView | null;
  /** True when the page is embedded in another (`?embed=1`): map only, compact, no page chrome. */
  embedded: boolean;
  /** Whether the list of places and quotes is shown, and in which order. */
  listShown: boolean;
  listOrder: ListOrder;
  selectPlace: (placeId: string) => void;
  deselectPlace: () => void;
  /** The evidence of `placeId` was closed: deselects it, unless another place was selected meanwhile. */
  closePlace: (placeId: string) => void;
  openArticleAt: (articleId: string, quoteStart: number) => void;
  closeArticle: () => void;
  setLanguage: (language: Language) => void;
  /** The reader moved the map, or a link or the history says where to look (null: frame all places). */
  moveMap: (view: MapView | null) => void;
  /** The map came to rest showing `shown`. */
  mapShown: (shown: ShownView) => void;
  showList: () => void;
  hideList: () => void;
  orderListBy: (order: ListOrder) => void;
}

export function createViewSlice(language: Language, embedded = false): DalilSlice<ViewSlice> {
  return (set, get) => ({
    language,
    selectedPlaceId: null,
    openArticle: null,
    mapView: null,
    shownView: null,
    embedded,
    listShown: false,
    listOrder: 'kind',
    selectPlace: (placeId) => {
      const known = get().dataset?.places.features.some((f) => f.properties.id === placeId);
      if (known) set({ selectedPlaceId: placeId });
    },
    deselectPlace: () => set({ selectedPlaceId: null }),
    closePlace: (placeId) => {
      if (get().selectedPlaceId === placeId) set({ selectedPlaceId: null });
    },
    openArticleAt: (articleId, quoteStart) => {
      const article = get().dataset?.articles.find((a) => a.id === articleId);
      if (article && quoteStart >= 0 && quoteStart < article.length)
        set({ openArticle: { articleId, quoteStart } });
    },
    closeArticle: () => set({ openArticle: null }),
    setLanguage: (next) => set({ language: next }),
    showList: () => set({ listShown: true }),
    hideList: () => set({ listShown: false }),
    orderListBy: (order) => set({ listOrder: order }),
    moveMap: (view) => {
      if (!sameView(view, get().mapView)) set({ mapView: view });
    },
    mapShown: (shown) => {
      const before = get().shownView;
      if (!before || !sameView(before.view, shown.view) || before.bbox.join() !== shown.bbox.join())
        set({ shownView: shown });
    },
  });
}
