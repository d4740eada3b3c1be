/**
 * The evidence on screen as GeoJSON (RFC 7946): a FeatureCollection with one Point feature per row of
 * evidence (a place mention, with its quote, article and claim), so that every quote is a record a GIS
 * tool can filter, count and join; a place quoted ten times is ten features at the same point.
 */
import type { LngLat } from '../../../geo/contract';
import { evidenceRecord, type EvidenceRecord } from './evidence-record';
import type { EvidenceRow } from './evidence-rows';

export interface EvidenceFeature {
  type: 'Feature';
  /** The place, the article and the mention's offsets (and the claim's id when it has one). */
  id: string;
  /** `[lng, lat]` in degrees (WGS 84), as RFC 7946 orders them. */
  geometry: { type: 'Point'; coordinates: LngLat };
  properties: EvidenceRecord;
}

export interface EvidenceCollection {
  type: 'FeatureCollection';
  features: EvidenceFeature[];
}

export function toGeoJson(rows: readonly EvidenceRow[]): EvidenceCollection {
  return {
    type: 'FeatureCollection',
    features: rows.map((row) => {
      const properties = evidenceRecord(row);
      const { place_id, article_id, mention_start, mention_end, claim_id } = properties;
      const id = `${place_id}@${article_id}:${mention_start}-${mention_end}`;
      return {
        type: 'Feature',
        id: claim_id === null ? id : `${id}/${claim_id}`,
        geometry: { type: 'Point', coordinates: lngLatOf(row) },
        properties,
      };
    }),
  };
}

/** The place's `[lng, lat]`, copied: the dataset's own arrays stay out of the file's objects. */
function lngLatOf(row: EvidenceRow): LngLat {
  const [lng, lat] = row.place.geometry.coordinates;
  return [lng, lat];
}
