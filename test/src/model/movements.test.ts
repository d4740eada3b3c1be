import { describe, expect, it } from 'vitest';
import { movementsOf } from '../../../src/model/movements';
import { movementLabel } from '../../../src/views/movements/movement-label';
import { CLAIM_STRINGS } from '../../../src/i18n/claim-strings';
import { builtListed } from '../fixtures/built-dataset';

describe('movements', () => {
  it('give each movement along the same corridor its own lane', () => {
    const dataset = builtListed();
    const movements = movementsOf(dataset.claims ?? [], dataset);
    const byCorridor = new Map<string, number[]>();
    for (const m of movements) {
      const key = [m.origin.properties.id, m.to.properties.id].sort().join('|');
      byCorridor.set(key, [...(byCorridor.get(key) ?? []), m.lane]);
      expect(m.lanes).toBeGreaterThan(m.lane);
    }
    for (const lanes of byCorridor.values()) expect(lanes).toEqual(lanes.map((_, i) => i));
    expect([...byCorridor.values()].some((lanes) => lanes.length > 1)).toBe(true);
  });

  it('are said in words: route, activities, stance, who says so and when', () => {
    const dataset = builtListed();
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

describe('where a movement sets out', () => {
  it("starts an arc from a country at its seat (Moscow for Russia), never at the country's middle", () => {
    const dataset = builtListed();
    const movements = movementsOf(dataset.claims ?? [], dataset);
    const fromRussia = movements.filter((m) => m.from.properties.id === 'russia');
    expect(fromRussia.length).toBeGreaterThan(0);
    for (const m of fromRussia) expect(m.origin.properties.id).toBe('moscow');
    for (const m of movements) expect(m.origin.properties.kind).not.toBe('country');
  });

  it('starts at the base or port the clause names in that country, before the seat', () => {
    const dataset = builtListed();
    const [claim] = (dataset.claims ?? []).filter((c) => c.from === 'russia' && c.to !== null);
    const kremlin = dataset.places.features.find((f) => f.properties.id === 'kremlin')!;
    const mention = kremlin.properties.mentions[0]!;
    const named = {
      ...claim!,
      places: [
        ...claim!.places,
        { placeId: 'kremlin', role: 'actor' as const, start: mention.start, end: mention.end },
      ],
    };
    const [movement] = movementsOf([named], dataset);
    expect(movement!.origin.properties.id).toBe('kremlin');
  });

  it('keeps a country as its own origin when the data holds no place of it to start from', () => {
    const dataset = builtListed();
    const claim = (dataset.claims ?? []).find((c) => c.from === 'russia' && c.to !== null)!;
    const withoutSeat = {
      ...dataset,
      places: {
        ...dataset.places,
        features: dataset.places.features.filter(
          (f) => f.properties.iso2 !== 'RU' || f.properties.kind === 'country',
        ),
      },
    };
    const [movement] = movementsOf([claim], withoutSeat);
    expect(movement!.origin.properties.id).toBe('russia');
  });
});
