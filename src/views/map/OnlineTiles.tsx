import { useMemo, useState } from 'react';
import { TileLayer } from 'react-leaflet';
import { metaOf, readTileConfig } from './tile-config';

/** Failed tiles, with none loaded, after which the tiles are given up for the built-in base map. */
const FAILURES_BEFORE_FALLBACK = 4;

/**
 * The online tiles, when configured (tile-config.ts), above the built-in base map. A tile that fails
 * leaves the base map showing through its square; when tiles fail and none has loaded (the server down,
 * blocked, or the reader offline), the layer is removed and the built-in map is the map.
 */
export function OnlineTiles() {
  const config = useMemo(() => readTileConfig(metaOf(document)), []);
  const [failed, setFailed] = useState(false);
  const eventHandlers = useMemo(() => {
    let loaded = 0;
    let errors = 0;
    return {
      tileload: () => {
        loaded++;
      },
      tileerror: () => {
        errors++;
        if (loaded === 0 && errors >= FAILURES_BEFORE_FALLBACK) setFailed(true);
      },
    };
  }, []);
  if (!config || failed) return null;
  return (
    <TileLayer
      url={config.url}
      // Shown as text by the attribution control (TextAttribution.tsx), whatever it holds.
      attribution={config.attribution}
      eventHandlers={eventHandlers}
      // The page sends no referrer, but tile servers (OpenStreetMap's among them) ask to know the site.
      referrerPolicy="strict-origin-when-cross-origin"
    />
  );
}
