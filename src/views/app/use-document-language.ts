import { useEffect } from 'react';
import { directionOf } from '../../i18n/language';
import { useStrings } from '../hooks/use-strings';
import { useDalil } from '../hooks/use-dalil';

/**
 * Keeps the page in step with the interface language: `<html lang dir>` so the whole layout mirrors, and
 * the title. (The address names the language too: the store's binding writes it, address/bind-store.ts.)
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
    },
    [language, t],
  );
}
