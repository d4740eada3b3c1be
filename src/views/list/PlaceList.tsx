import { useEffect, useMemo } from 'react';
import type { ListedPlaceFeature } from '../../../geo/split-dataset';
import { ShowMore, useShownPart } from '../common/ShowMore';
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
import { EvidenceStatus, useEvidenceReady } from '../evidence/EvidenceStatus';

export const PLACE_LIST_ID = 'place-list';

const NO_PLACES: readonly ListedPlaceFeature[] = [];

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
  // The places the filters leave, actors and context included: the list is their way back. Read only
  // while the list is drawn, so a hidden list costs neither the first load nor a filter change.
  const places = useDalil((state) => (open ? selectFilteredPlaces(state) : NO_PLACES));
  const evidenceReady = useEvidenceReady();
  const groups = useMemo(
    () => (open && evidenceReady ? orderPlaces(places, order, language) : []),
    [open, evidenceReady, places, order, language],
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
        {open && <EvidenceStatus />}
        {groups.map((group) =>
          group.kind === null ? (
            <PlaceItems key="all" places={group.places} headingLevel={3} />
          ) : (
            <section
              key={group.kind}
              className="place-list__group"
              aria-labelledby={`place-list-${group.kind}`}
            >
              <h3 id={`place-list-${group.kind}`} className="place-list__group-title">
                {t.kinds[group.kind]}
              </h3>
              <PlaceItems places={group.places} headingLevel={4} />
            </section>
          ),
        )}
      </section>
    </TextsWanted>
  );
}

/** A list of places, the first ones drawn and a button for more: thousands of places cost what is read. */
function PlaceItems({
  places,
  headingLevel,
}: {
  places: readonly ListedPlaceFeature[];
  headingLevel: 3 | 4;
}) {
  // The place selected on the map is drawn, so the list can bring it into view.
  const selected = useDalil((state) => state.selectedPlaceId);
  const at = useMemo(() => places.findIndex((p) => p.properties.id === selected), [places, selected]);
  const [part, list] = useShownPart(places.length, 'places', at + 1);
  return (
    <>
      <ol className="place-list__places" ref={list}>
        {places.slice(0, part.shown).map((place) => (
          <PlaceListItem key={place.properties.id} place={place} headingLevel={headingLevel} />
        ))}
      </ol>
      <ShowMore part={part} total={places.length} counted="places" />
    </>
  );
}
