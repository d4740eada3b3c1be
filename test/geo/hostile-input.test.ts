/**
 * Bad input the geoparser must survive with exact offsets: mixed scripts, a 10 MB article, one enormous
 * line, hostile Unicode. Sizes are kept so the suite stays quick; throughput is the benchmark's job.
 */
import { describe, expect, it } from 'vitest';
import type { PlaceFeature } from '../../geo/contract';
import { defaultGazetteer } from '../../geo/match/default-gazetteer';
import { geoparse } from '../../geo/geoparse';

const gazetteer = defaultGazetteer();

/** Checks every mention in a plain loop (hundreds of thousands of them), then asserts once. */
function expectExactOffsets(text: string, features: PlaceFeature[]) {
  const wrong: string[] = [];
  for (const f of features) {
    for (const m of f.properties.mentions) {
      const exact =
        text.slice(m.start, m.end) === m.text &&
        text.slice(m.quote.start, m.quote.end) === m.quote.text &&
        m.quote.start <= m.start &&
        m.end <= m.quote.end;
      if (!exact) wrong.push(`${f.properties.id} at ${m.start}`);
    }
  }
  expect(wrong).toEqual([]);
}

describe('geoparse on hostile input', () => {
  it('keeps exact offsets through direction overrides, lone surrogates, NULs and emoji', () => {
    const text =
      '\u202eوصل\u202c الجنود \ud83d\ude80 إلى \u2067اللاذقية\u2069 \ud800 و\udfff دمشق\u0000 Moscow\u200d. ' +
      'ﷺ سوريا‎ Latakia\u0301';
    const { features } = geoparse(text, 'x', gazetteer);
    expectExactOffsets(text, features);
    expect(features.map((f) => f.properties.id)).toEqual(
      expect.arrayContaining(['latakia', 'damascus', 'moscow', 'syria']),
    );
  });

  it('reads mixed Arabic and English in one sentence', () => {
    const text = 'قال مسؤول إن Russian jets landed at Hmeimim قرب اللاذقية and flew to Aleppo.';
    const { features } = geoparse(text, 'x', gazetteer);
    expectExactOffsets(text, features);
    expect(features.map((f) => f.properties.id)).toEqual(['hmeimim-air-base', 'latakia', 'aleppo']);
  });

  it('parses a 10 MB article in one enormous line without punctuation', () => {
    const unit = 'القوات الروسية في اللاذقية وطرطوس و Damascus بلا نقطة ';
    const text = unit.repeat(Math.ceil((10 * 1024 * 1024) / 2 / unit.length));
    const { features } = geoparse(text, 'x', gazetteer);
    const latakia = features.find((f) => f.properties.id === 'latakia')!;
    expect(latakia.properties.mentions.length).toBe(Math.ceil((10 * 1024 * 1024) / 2 / unit.length));
    expectExactOffsets(text, features);
    expect(Math.max(...latakia.properties.mentions.map((m) => m.quote.text.length))).toBeLessThanOrEqual(600);
  }, 60_000);

  it('finds nothing, and does not fail, in text with no letters at all', () => {
    for (const text of ['', ' ', '\n\n\n', '1234 5678', '!!!؟؟؟...', '\ud800\udc00'.repeat(1000)]) {
      expect(geoparse(text, 'x', gazetteer)).toEqual({ features: [], unresolved: [] });
    }
  });
});
