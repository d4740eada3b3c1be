import { describe, expect, it } from 'vitest';
import { movementsOf } from '../../../src/model/movements';
import { movementLabel } from '../../../src/views/movements/movement-label';
import { CLAIM_STRINGS } from '../../../src/i18n/claim-strings';
import { builtDataset } from '../fixtures/built-dataset';

describe('movements', () => {
  it('give each movement between the same two places its own lane', () => {
    const dataset = builtDataset();
    const movements = movementsOf(dataset.claims ?? [], dataset);
    const byCorridor = new Map<string, number[]>();
    for (const m of movements) {
      const key = [m.from.properties.id, m.to.properties.id].sort().join('|');
      byCorridor.set(key, [...(byCorridor.get(key) ?? []), m.lane]);
      expect(m.lanes).toBeGreaterThan(m.lane);
    }
    for (const lanes of byCorridor.values()) expect(lanes).toEqual(lanes.map((_, i) => i));
    expect([...byCorridor.values()].some((lanes) => lanes.length > 1)).toBe(true);
  });

  it('are said in words: route, activities, stance, who says so and when', () => {
    const dataset = builtDataset();
    const movement = movementsOf(dataset.claims ?? [], dataset).find(
      (m) => m.claim.claimant?.id === 'us-officials',
    )!;
    const label = movementLabel(movement, CLAIM_STRINGS.en, 'en');
    expect(label).toMatch(
      new RegExp(`^${movement.from.properties.name.en} → ${movement.to.properties.name.en}: `),
    );
    expect(label).toContain('US officials');
    expect(label).toContain('2015');
    expect(movementLabel(movement, CLAIM_STRINGS.ar, 'ar')).toContain(movement.to.properties.name.ar);
  });
});
