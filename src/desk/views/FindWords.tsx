import { useId, useState, type SyntheticEvent } from 'react';
import type { Article } from '../../../geo/contract';
import { useDeskStore, useDeskStrings } from './use-desk';

/** At most this many places in the text are offered for the same words. */
const MAX_OCCURRENCES = 20;
/** Characters of context shown on each side of an occurrence. */
const CONTEXT = 30;

/** Where `words` stand in `text`: the start offset of each occurrence, in order. */
export function occurrences(text: string, words: string): number[] {
  const at: number[] = [];
  if (!words) return at;
  for (let i = text.indexOf(words); i >= 0 && at.length < MAX_OCCURRENCES; i = text.indexOf(words, i + 1))
    at.push(i);
  return at;
}

/**
 * The keyboard's way to add a place the reading missed: type its words, exactly as the article writes
 * them; the desk finds them in the text and, where they stand more than once, offers each with its
 * context. Selecting the words with a mouse or a finger does the same (ArticleText).
 */
export function FindWords({ article }: { article: Article }) {
  const t = useDeskStrings();
  const store = useDeskStore();
  const id = useId();
  const [query, setQuery] = useState('');
  const [found, setFound] = useState<{ words: string; at: number[] } | null>(null);

  const pick = (words: string, start: number) => {
    store.getState().selectWords({ articleId: article.id, start, end: start + words.length, text: words });
    setFound(null);
  };

  const find = (event: SyntheticEvent) => {
    event.preventDefault();
    const words = query.trim();
    if (!words) return;
    const at = occurrences(article.text, words);
    if (at.length === 1) pick(words, at[0]!);
    else setFound({ words, at });
  };

  return (
    <form className="desk-find" onSubmit={find}>
      <label htmlFor={`${id}-words`}>{t.findWords}</label>
      <div className="desk-find__row">
        <input
          id={`${id}-words`}
          dir="auto"
          lang={article.language}
          value={query}
          maxLength={200}
          onChange={(e) => {
            setQuery(e.target.value);
            setFound(null);
          }}
        />
        <button type="submit" className="desk-button">
          {t.findInText}
        </button>
      </div>
      <div role="status">
        {found && found.at.length === 0 && <p className="desk-field__problem">{t.wordsNotInText}</p>}
        {found && found.at.length > 1 && <p>{t.wordsFoundTimes(found.at.length)}</p>}
      </div>
      {found && found.at.length > 1 && (
        <ul className="desk-find__list">
          {found.at.map((start) => (
            <li key={start}>
              <button
                type="button"
                className="desk-button desk-button--quiet"
                onClick={() => pick(found.words, start)}
              >
                <bdi lang={article.language}>
                  …{article.text.slice(Math.max(0, start - CONTEXT), start)}
                  <mark>{found.words}</mark>
                  {article.text.slice(start + found.words.length, start + found.words.length + CONTEXT)}…
                </bdi>
              </button>
            </li>
          ))}
        </ul>
      )}
    </form>
  );
}
