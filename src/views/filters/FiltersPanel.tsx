import { useEffect, useRef } from 'react';
import { useClaimStrings } from '../hooks/use-strings';
import { useStrings } from '../hooks/use-strings';
import { MovementList } from '../movements/MovementList';
import { useDalil } from '../hooks/use-dalil';
import { Timeline } from '../timeline/Timeline';
import { ActivityFilter } from './ActivityFilter';
import { FilterCount } from './FilterCount';
import { FILTERS_PANEL_ID } from './FiltersToggle';
import { SourceFilters } from './SourceFilters';
import { StanceFilter } from './StanceFilter';
import { isFiltering } from '../../model/filters';
import './filters.css';
import { focusToggleOf } from '../common/PanelToggle';
import { CloseButton } from '../common/CloseButton';
import { closeOnEscape } from '../common/close-on-escape';
import { EvidenceStatus, useEvidenceReady } from '../evidence/EvidenceStatus';

/**
 * The filters over the map: the count of what is shown, the timeline, activity kinds, stances, who says
 * so and which article, all combined; the actors-and-context switch; a reset; the movements as a list.
 */
export function FiltersPanel() {
  const t = useClaimStrings();
  const ui = useStrings();
  const shown = useDalil((state) => state.filtersShown);
  const filtering = useDalil((state) => isFiltering(state.filters));
  const showActors = useDalil((state) => state.showActorsAndContext);
  const toggleActors = useDalil((state) => state.toggleActorsAndContext);
  const resetFilters = useDalil((state) => state.resetFilters);
  const hideFilters = useDalil((state) => state.hideFilters);
  const titleRef = useRef<HTMLHeadingElement>(null);
  const evidenceReady = useEvidenceReady();

  useEffect(
    // Focus moves into the panel as it opens, so Tab goes on to the filters and Escape closes it.
    function focusTitle() {
      if (shown) titleRef.current?.focus({ preventScroll: true });
    },
    [shown],
  );
  const close = () => {
    hideFilters();
    focusToggleOf(FILTERS_PANEL_ID);
  };
  return (
    <section
      id={FILTERS_PANEL_ID}
      className="filters-panel"
      aria-labelledby="filters-title"
      // Kept in the page while closed, so the toggle's aria-controls always names it.
      hidden={!shown}
      onKeyDown={closeOnEscape(close)}
    >
      <header className="filters-panel__header">
        <h2 id="filters-title" className="filters-panel__title" ref={titleRef} tabIndex={-1}>
          {t.filtersTitle}
        </h2>
        <CloseButton label={ui.closeEvidence} onClick={close} />
      </header>
      {evidenceReady ? (
        <>
          <FilterCount />
          <Timeline />
          <ActivityFilter />
          <StanceFilter />
          <SourceFilters />
        </>
      ) : (
        // A summary's claims (schema 8) are on their way: no menu or count shows until they are all here.
        <EvidenceStatus />
      )}
      <label className="filter-option filter-option--switch">
        <input type="checkbox" checked={showActors} onChange={toggleActors} />
        {t.showActorsAndContext}
      </label>
      <button type="button" className="filters-panel__reset" disabled={!filtering} onClick={resetFilters}>
        {t.reset}
      </button>
      {/* Drawn while the panel is open: hidden, its hundreds of movements would cost every load. */}
      {shown && <MovementList />}
    </section>
  );
}
