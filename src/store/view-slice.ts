/**
 * What the reader is looking at: the interface language, the place whose evidence is open, and the
 * article open in the side panel with the sentence to show.
 */
import type { Language } from '../../geo/contract';
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
  selectPlace: (placeId: string) => void;
  deselectPlace: () => void;
  openArticleAt: (articleId: string, quoteStart: number) => void;
  closeArticle: () => void;
  setLanguage: (language: Language) => void;
}

export function createViewSlice(language: Language): DalilSlice<ViewSlice> {
  return (set, get) => ({
    language,
    selectedPlaceId: null,
    openArticle: null,
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
  });
}
