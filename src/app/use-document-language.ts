import { useEffect } from 'react';
import { directionOf, searchWithLanguage, unmarkedLanguage } from '../i18n/language';
import { useStrings } from '../i18n/use-strings';
import { useDalil } from '../store/use-dalil';

/**
 * Keeps the page in step with the interface language: `<html lang dir>` so the whole layout mirrors, the
 * title, and `?lang=` in the address so a reload or a shared link opens in the same language.
 */
export function useDocumentLanguage() {
  const language = useDalil((state) => state.language);
  const t = useStrings();
  useEffect(
    function applyLanguageToDocument() {
      const root = document.documentElement;
      root.lang = language;
      root.dir = directionOf(language);
      document.title = t.appTitle.replace(' · ', ' — ');
      const search = searchWithLanguage(
        window.location.search,
        language,
        unmarkedLanguage(navigator.languages),
      );
      if (search !== window.location.search) {
        window.history.replaceState(
          window.history.state,
          '',
          `${window.location.pathname}${search}${window.location.hash}`,
        );
      }
    },
    [language, t],
  );
}
