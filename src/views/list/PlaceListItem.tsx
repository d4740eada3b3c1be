import { useEffect, useRef } from 'react';
import type { ListedPlaceFeature } from '../../../geo/split-dataset';
import { usePanelsCoverMap } from '../hooks/use-panels-cover-map';
import { ArticleMentionsList } from '../evidence/ArticleMentions';
import { evidenceTotals } from '../../model/evidence-totals';
import { evidenceCount } from '../../i18n/evidence-count';
import { useStrings } from '../hooks/use-strings';
import { selectMentionsByArticle } from '../../store/selectors';
import { useDalil } from '../hooks/use-dalil';

interface PlaceListItemProps {
  place: ListedPlaceFeature;
  /** The level of the place's name: 3 in the list by mentions, 4 under a kind's heading. */
  headingLevel: 3 | 4;
}

/** One place in the list: its names, kind and evidence count, a button to show it on the map, its quotes. */
export function PlaceListItem({ place, headingLevel }: PlaceListItemProps) {
  const t = useStrings();
  const { id, kind, name } = place.properties;
  const language = useDalil((state) => state.language);
  const selected = useDalil((state) => state.selectedPlaceId === id);
  const listShown = useDalil((state) => state.listShown);
  const evidence = useDalil(selectMentionsByArticle(id));
  const selectPlace = useDalil((state) => state.selectPlace);
  const hideList = useDalil((state) => state.hideList);
  const listCoversMap = usePanelsCoverMap();
  const itemRef = useRef<HTMLLIElement>(null);

  useEffect(
    // A place selected on the map is brought into view here; focus stays where the reader is. At once:
    // a smooth scroll is cut short when the map's popup takes focus at the same moment.
    function revealSelection() {
      if (selected && listShown) itemRef.current?.scrollIntoView({ block: 'nearest' });
    },
    [selected, listShown],
  );

  const showOnMap = () => {
    selectPlace(id);
    if (listCoversMap) hideList();
  };

  const Heading = `h${headingLevel}` as const;
  const other = language === 'ar' ? 'en' : 'ar';
  const { quotes, articles } = evidenceTotals(evidence);
  return (
    <li
      ref={itemRef}
      className={`place-list__place${selected ? ' is-selected' : ''}`}
      data-place-id={id}
      aria-current={selected ? 'true' : undefined}
    >
      <div className="place-list__head">
        <Heading className="place-list__name">
          <bdi>{name[language]}</bdi>
        </Heading>
        <button type="button" className="pill-button place-list__show" onClick={showOnMap}>
          {t.showOnMap}
          <span className="visually-hidden">
            {': '}
            {name[language]}
          </span>
        </button>
      </div>
      <p className="place-list__meta">
        <bdi lang={other}>{name[other]}</bdi>
        <span aria-hidden="true"> · </span>
        {t.kinds[kind]}
        <span aria-hidden="true"> · </span>
        {evidenceCount(quotes, articles, language)}
      </p>
      <ArticleMentionsList
        className="place-list__articles"
        evidence={evidence}
        headingLevel={headingLevel === 3 ? 4 : 5}
        placeId={id}
      />
    </li>
  );
}
