import { describe, expect, it } from 'vitest';
import { evidenceRows } from '../../../../src/model/export/evidence-rows';
import { toGeoJson } from '../../../../src/model/export/to-geojson';
import { builtDataset } from '../../fixtures/built-dataset';
import { codePointSlice } from '../../fixtures/export-files';
import { astralDataset } from '../../fixtures/astral-dataset';
import { exportScopeOf } from '../../fixtures/listed';

function geoJsonOf(dataset = builtDataset()) {
  const rows = evidenceRows(exportScopeOf(dataset));
  // Through text and back, as a GIS tool reads the file.
  return JSON.parse(JSON.stringify(toGeoJson(rows))) as ReturnType<typeof toGeoJson>;
}

describe('GeoJSON export', () => {
  it('is a FeatureCollection of Point features with unique ids', () => {
    const collection = geoJsonOf();
    expect(collection.type).toBe('FeatureCollection');
    expect(collection.features.length).toBeGreaterThan(100);
    for (const f of collection.features) {
      expect(f.type).toBe('Feature');
      expect(f.geometry.type).toBe('Point');
    }
    expect(new Set(collection.features.map((f) => f.id)).size).toBe(collection.features.length);
  });

  it('orders coordinates longitude first, as RFC 7946 does', () => {
    const moscow = geoJsonOf().features.find((f) => f.properties.place_id === 'moscow')!;
    const [lng, lat] = moscow.geometry.coordinates;
    expect(lng).toBeCloseTo(37.6, 0);
    expect(lat).toBeCloseTo(55.75, 0);
  });

  it('gives each feature its place in both languages, its quote, article and claim', () => {
    const feature = geoJsonOf().features.find(
      (f) => f.properties.place_id === 'hmeimim-air-base' && f.properties.claim_id !== null,
    )!;
    expect(feature.properties).toMatchObject({
      place_name_en: 'Hmeimim Air Base',
      place_kind: 'facility',
      article_language: 'ar',
    });
    expect(feature.properties.place_name_ar).toMatch(/حميميم/);
    expect(feature.properties.claim_stance).not.toBeNull();
    expect(feature.properties.article_date).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });

  it('quotes every sentence verbatim, at its code-point offsets in the article', () => {
    for (const dataset of [builtDataset(), astralDataset()]) {
      const texts = new Map(dataset.articles.map((a) => [a.id, a.text]));
      for (const { properties: p } of geoJsonOf(dataset).features) {
        const text = texts.get(p.article_id)!;
        expect(codePointSlice(text, p.quote_start, p.quote_end)).toBe(p.quote);
        expect(codePointSlice(text, p.mention_start, p.mention_end)).toBe(p.mention);
      }
    }
  });
});
