import { describe, expect, it } from 'vitest';
import { EXPORT_FORMATS, exportFile, localDay } from '../../../../src/model/export/export-file';
import { astralDataset } from '../../fixtures/astral-dataset';
import { exportScopeOf } from '../../fixtures/listed';

const dataset = astralDataset();
const scope = exportScopeOf(dataset);
const NOW = new Date(2026, 0, 5, 23, 30);

describe('export files', () => {
  it('name each file for the reader’s day, with its own extension and media type', () => {
    expect(EXPORT_FORMATS.map((format) => exportFile(format, scope, NOW).name)).toEqual([
      'dalil-2026-01-05.geojson',
      'dalil-2026-01-05.csv',
      'dalil-2026-01-05-annotations.jsonld',
    ]);
    expect(exportFile('geojson', scope, NOW).type).toBe('application/geo+json');
    expect(exportFile('csv', scope, NOW).type).toBe('text/csv;charset=utf-8');
    expect(exportFile('annotations', scope, NOW).type).toMatch(/^application\/ld\+json/);
  });

  it('write JSON that parses, and the collection named for the day', () => {
    expect(JSON.parse(exportFile('geojson', scope, NOW).content)).toMatchObject({
      type: 'FeatureCollection',
    });
    expect(JSON.parse(exportFile('annotations', scope, NOW).content)).toMatchObject({
      id: 'urn:dalil:annotations:2026-01-05',
    });
  });

  it('write a day as YYYY-MM-DD with leading zeros', () => {
    expect(localDay(new Date(2015, 8, 1))).toBe('2015-09-01');
  });

  it('hold only the claims shown when filtering', () => {
    const filtered = { ...scope, visibleClaimIds: new Set(['astral#3']) };
    const geojson = JSON.parse(exportFile('geojson', filtered, NOW).content) as {
      features: { properties: { claim_id: string } }[];
    };
    expect(geojson.features.map((f) => f.properties.claim_id)).toEqual(['astral#3']);
  });
});
