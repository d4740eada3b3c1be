import { describe, expect, it } from 'vitest';
import { buildUsCounties, type CountyShape } from '../../../geo/import/build-us-counties';
import usCounties from '../../../geo/gazetteer/us-counties.json';
import divisions from '../../../geo/gazetteer/divisions.json';

const states: Record<string, { division: string; postal: string }> = {
  '05': { division: 'arkansas-state', postal: 'AR' },
  '22': { division: 'louisiana-state', postal: 'LA' },
  '51': { division: 'virginia-state', postal: 'VA' },
};
const county = (fips: string, name: string): CountyShape => ({ fips, name, lngLat: [-92.123456, 35.987654] });

describe('US counties', () => {
  it('names a county with its word, a parish in Louisiana, and ids it by its state', () => {
    const entries = buildUsCounties(
      [county('05143', 'Washington'), county('22057', 'Lafourche')],
      (fips) => states[fips],
      'Census {fips}',
    );
    expect(entries.map((e) => [e.id, e.name.en, e.name.ar, e.aliases.en, e.lngLat, e.source])).toEqual([
      [
        'washington-county-ar',
        'Washington County',
        'Washington County',
        [],
        [-92.1235, 35.9877],
        'Census 05143',
      ],
      [
        'lafourche-parish-la',
        'Lafourche Parish',
        'Lafourche Parish',
        [],
        [-92.1235, 35.9877],
        'Census 22057',
      ],
    ]);
  });

  it("leaves out Virginia's independent cities, Alaska, the District and the territories", () => {
    const entries = buildUsCounties(
      [
        county('51760', 'Richmond'),
        county('02020', 'Anchorage'),
        county('11001', 'District of Columbia'),
        county('72127', 'San Juan'),
        county('60010', 'Eastern'),
        county('51087', 'Henrico'),
      ],
      (fips) => states[fips],
      'Census {fips}',
    );
    expect(entries.map((e) => e.id)).toEqual(['henrico-county-va']);
  });

  it('refuses a county of a state it cannot name', () => {
    expect(() => buildUsCounties([county('06037', 'Los Angeles')], () => undefined, '')).toThrow(
      'county 06037 (Los Angeles): no state with FIPS code 06',
    );
  });

  it('places every county of the gazetteer inside the United States, each id once', () => {
    expect(usCounties.length).toBeGreaterThan(3000);
    expect(new Set(usCounties.map((e) => e.id)).size).toBe(usCounties.length);
    const stateIds = new Set(divisions.filter((d) => d.iso2 === 'US').map((d) => d.id));
    expect(stateIds.size).toBeGreaterThan(50);
    for (const { lngLat } of usCounties) {
      // The contiguous states and Hawaii: Alaska's boroughs are left out.
      expect(lngLat[0]).toBeGreaterThan(-161);
      expect(lngLat[0]).toBeLessThan(-66);
      expect(lngLat[1]).toBeGreaterThan(18);
      expect(lngLat[1]).toBeLessThan(50);
    }
  });
});
