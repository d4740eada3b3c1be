import { startTransition, useEffect, useRef, useState, type RefObject } from 'react';
import { formatCount } from '../../i18n/locale';
import { usePrinting } from '../hooks/use-printing';
import { useDalil } from '../hooks/use-dalil';
import { useStrings } from '../hooks/use-strings';

/** How many items of a long list are drawn at first, and how many more each press of "show more" adds. */
export const SHOWN_AT_ONCE = { articles: 20, places: 50 } as const;
type Counted = keyof typeof SHOWN_AT_ONCE;

export interface ShownPart {
  /** How many of the list's items to draw: the first ones. */
  shown: number;
  /** Draws `step` more and moves focus to the first of them, the first child of `list` not drawn before. */
  more: () => void;
}

/**
 * A long list drawn in parts: a place with thousands of articles, or a list of thousands of places, costs
 * what the reader reads, not what the data holds. The first part is drawn, and a button under the list
 * draws the next; printing draws it whole. With the part, the ref of the list element (its children the
 * items), where focus goes to the first item a press drew.
 * The part a reader drew stays drawn while the list changes under it (a filter, another order).
 */
export function useShownPart(
  total: number,
  counted: Counted,
  /** How many must be drawn at least: up to the item the reader selected elsewhere (on the map). */
  atLeast = 0,
): [ShownPart, RefObject<HTMLOListElement | null>] {
  const step = SHOWN_AT_ONCE[counted];
  const list = useRef<HTMLOListElement>(null);
  const printing = usePrinting();
  const [shown, setShown] = useState<number>(step);
  const focusFrom = useRef<number | null>(null);
  useEffect(
    // The first item a press drew takes focus, so the reader goes on reading where the list went on.
    function focusFirstNew() {
      const at = focusFrom.current;
      const item = at === null ? undefined : list.current?.children[at];
      if (!(item instanceof HTMLElement)) return;
      focusFrom.current = null;
      item.tabIndex = -1;
      item.focus({ preventScroll: true });
    },
    [shown],
  );
  const drawn = printing ? total : Math.min(Math.max(shown, atLeast), total);
  const more = () => {
    focusFrom.current = drawn;
    // Drawn as a transition, once the press is over: the button it removes at the end of the list must be
    // in the page while the press goes through it (a map's popup takes a press on what is no longer in
    // the page for a press on the map, and closes).
    startTransition(() => setShown(drawn + step));
  };
  return [{ shown: drawn, more }, list];
}

/** The button under a list drawn in parts, saying how much of it is shown; nothing when all of it is. */
export function ShowMore({ part, total, counted }: { part: ShownPart; total: number; counted: Counted }) {
  const t = useStrings();
  const language = useDalil((state) => state.language);
  if (part.shown >= total) return null;
  const label = counted === 'articles' ? t.moreArticles : t.morePlaces;
  return (
    <button type="button" className="pill-button show-more" onClick={part.more}>
      {label(formatCount(part.shown, language), formatCount(total, language))}
    </button>
  );
}
