import { MapLegend } from '../map/MapLegend';
import { viewLink } from '../../address/view-link';
import { useDalil } from '../hooks/use-dalil';
import { useEmbedStrings } from '../hooks/use-strings';

/**
 * Below the embedded map: the legend in one or two lines, and the way out to the full page at the same
 * view. Its markup matches the prerendered first view's (build/prerender), so nothing moves on the swap.
 */
export function EmbedFooter() {
  const t = useEmbedStrings();
  const href = useDalil((state) => viewLink(window.location.href, state, { embed: false }));
  return (
    <footer className="embed-footer">
      <MapLegend variant="inline" />
      <a className="embed-footer__link" href={href} target="_blank" rel="noopener">
        {t.openFullMap}
        <span aria-hidden="true"> ↗</span>
      </a>
    </footer>
  );
}
