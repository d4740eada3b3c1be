import { useEffect, useState } from 'react';
import { CircleMarker, MapContainer, Tooltip, useMap, useMapEvents } from 'react-leaflet';
import { BASEMAP_PATH } from '../../../geo/contract';
import { basemapFromTopology, type Basemap } from '../../model/basemap-from-topology';
import { BasemapShapes } from '../../views/map/BasemapLayer';
import { TextAttribution } from '../../views/map/TextAttribution';
import { useDesk, useDeskStore, useDeskStrings } from './use-desk';

const STATE_COLOURS = { automatic: '#0b5cad', verified: '#1e6b3a', corrected: '#8a4b00' };

/** Clicks on the map give the point of a place set by hand. */
function PickPoint() {
  const store = useDeskStore();
  useMapEvents({ click: (event) => store.getState().pickPoint([event.latlng.lng, event.latlng.lat]) });
  return null;
}

/** Frames the article's places when the article changes. */
function FramePlaces({ points }: { points: [number, number][] }) {
  const map = useMap();
  const key = JSON.stringify(points);
  useEffect(() => {
    const latLngs = JSON.parse(key) as [number, number][];
    if (latLngs.length === 0) return;
    map.fitBounds(
      latLngs.map(([lng, lat]) => [lat, lng]),
      { padding: [24, 24], maxZoom: 7 },
    );
  }, [map, key]);
  return null;
}

/** The selected article's places on the desk's own copy of the base map; the chosen mention's place ringed. */
export function DeskMap() {
  const t = useDeskStrings();
  const store = useDeskStore();
  const [basemap, setBasemap] = useState<Basemap | null>(null);
  const articleId = useDesk((state) => state.selectedArticle);
  const reading = useDesk((state) => (articleId ? state.readings[articleId] : undefined));
  const words = useDesk((state) => state.selectedWords);
  const language = useDesk((state) => state.language);
  const hand = useDesk((state) => state.handPoint);
  const picked =
    hand.lat.trim() !== '' &&
    hand.lng.trim() !== '' &&
    Number.isFinite(Number(hand.lat)) &&
    Number.isFinite(Number(hand.lng))
      ? ([Number(hand.lng), Number(hand.lat)] as const)
      : null;

  useEffect(() => {
    let live = true;
    fetch(`../${BASEMAP_PATH}`)
      .then((response) => (response.ok ? response.json() : null))
      .then(async (json: unknown) => {
        const basemap = await basemapFromTopology(json);
        if (live) setBasemap(basemap);
      })
      .catch(() => undefined);
    return () => {
      live = false;
    };
  }, []);

  const features = reading?.features ?? [];
  return (
    <div className="desk-map" role="region" aria-label={t.map}>
      <MapContainer center={[30, 35]} zoom={3} worldCopyJump={false} attributionControl={false}>
        <TextAttribution />
        {basemap && <BasemapShapes basemap={basemap} />}
        <PickPoint />
        <FramePlaces points={features.map((f) => f.geometry.coordinates)} />
        {features.map((f) => {
          const [lng, lat] = f.geometry.coordinates;
          const first = f.properties.mentions[0]!;
          const chosen = f.properties.mentions.some((m) => m.start === words?.start && m.end === words.end);
          return (
            <CircleMarker
              key={f.properties.id}
              center={[lat, lng]}
              radius={chosen ? 10 : 7}
              pathOptions={{
                color: chosen ? '#1d2428' : '#ffffff',
                weight: chosen ? 3 : 1.5,
                fillColor: STATE_COLOURS[first.review?.state ?? 'automatic'],
                fillOpacity: 0.9,
              }}
              eventHandlers={{
                click: () =>
                  store.getState().selectWords({
                    articleId: first.articleId,
                    start: first.start,
                    end: first.end,
                    text: first.text,
                  }),
              }}
            >
              <Tooltip>{f.properties.name[language]}</Tooltip>
            </CircleMarker>
          );
        })}
        {picked && (
          <CircleMarker
            center={[picked[1], picked[0]]}
            radius={6}
            pathOptions={{ color: '#b3261e', fillColor: '#b3261e', fillOpacity: 1 }}
          />
        )}
      </MapContainer>
    </div>
  );
}
