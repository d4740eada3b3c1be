/** An article of `text` with no metadata beyond its id, date and language: for tests of the reading. */
import type { Article, Language } from '../../geo/contract';

export const plainArticle = (id: string, text: string, language: Language = 'ar'): Article => ({
  id,
  title: null,
  published: '2015-09-20',
  language,
  outlet: null,
  url: null,
  note: null,
  text,
});
