import { useStrings } from '../hooks/use-strings';
import { useDalil } from '../hooks/use-dalil';

/** Switches between Arabic and English; the button names the other language in that language. */
export function LanguageToggle() {
  const t = useStrings();
  const language = useDalil((state) => state.language);
  const setLanguage = useDalil((state) => state.setLanguage);
  const other = language === 'ar' ? 'en' : 'ar';
  return (
    <button
      type="button"
      className="header-button language-toggle"
      lang={other}
      aria-label={t.switchLanguage}
      onClick={() => setLanguage(other)}
    >
      {t.otherLanguageName}
    </button>
  );
}
