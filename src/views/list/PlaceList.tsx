import { useEffect, useMemo } from 'react';
import { TextsWanted } from '../hooks/use-article-text';
import { usePrinting } from '../hooks/use-printing';
import { useStrings } from '../hooks/use-strings';
import { selectFilteredPlaces } from '../../store/claim-selectors';
import { useDalil } from '../hooks/use-dalil';
import { ListOrderSwitch } from './ListOrderSwitch';
import { orderPlaces } from '../../model/list-order';
import { PlaceListItem } from './PlaceListItem';
import './list.css';
import { focusToggleOf } from '../common/PanelToggle';
import { closeOnEscape } from '../common/close-on-escape';

export const PLACE_LIST_ID = 'place-list';

/**
 * The list view: every place with its quotes, verbatim, for screen readers, keyboard readers, phones and
 * print. Its places are drawn while it is shown or the page is printed (see list.css: printing prints
 * the list), and it follows the map's selection; hidden, it holds its heading only. `covered`: an article lies over it, so it takes no focus.
 */
export function PlaceList({ covered = false }: { covered?: boolean }) {
  const t = useStrings();
  const shown = useDalil((state) => state.listShown);
  const order = useDalil((state) => state.listOrder);
  const language = useDalil((state) => state.language);
  // The places the filters leave, actors and context included: the list is their way back.
  const places = useDalil(selectFilteredPlaces);
  const hideList = useDalil((state) => state.hideList);
  // Escape closes the list and gives focus back to its toggle, as for the sheet and the article.
  const onKeyDown = closeOnEscape(() => {
    hideList();
    focusToggleOf(PLACE_LIST_ID);
  });
  // The list is drawn while it is shown or printed: hidden, thousands of places would cost every load
  // and every filter change for nothing.
  const printing = usePrinting();
  const open = shown || printing;
  const groups = useMemo(
    () => (open ? orderPlaces(places, order, language) : []),
    [open, places, order, language],
  );
  const loadTexts = useDalil((state) => state.loadTexts);
  useEffect(
    // Printing prints the list: its quotes ask for their texts then.
    function textsForPrint() {
      if (printing)
        void loadTexts(places.flatMap((place) => place.properties.mentions.map((m) => m.articleId)));
    },
    [printing, places, loadTexts],
  );

  return (
    <TextsWanted value={open}>
      <section
        id={PLACE_LIST_ID}
        className="place-list"
        aria-labelledby="place-list-title"
        hidden={!shown}
        inert={covered}
        onKeyDown={onKeyDown}
      >
        <header className="place-list__header">
          <h2 id="place-list-title" className="place-list__title">
            {t.listTitle}
          </h2>
          <ListOrderSwitch />
        </header>
        {groups.map((group) =>
          group.kind === null ? (
            <ol key="all" className="place-list__places">
              {group.places.map((place) => (
                <PlaceListItem key={place.properties.id} place={place} headingLevel={3} />
              ))}
            </ol>
          ) : (
            <section
              key={group.kind}
              className="place-list__group"
              aria-labelledby={`place-list-${group.kind}`}
            >
              <h3 id={`place-list-${group.kind}`} className="place-list__group-title">
                {t.kinds[group.kind]}
              </h3>
              <ol className="place-list__places">
                {group.places.map((place) => (
                  <PlaceListItem key={place.properties.id} place={place} headingLevel={4} />
                ))}
              </ol>
            </section>
          ),
        )}
      </section>
    </TextsWanted>
  );
}
