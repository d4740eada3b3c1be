/** Scores geoparser output against a hand-annotated list of the places an article names. */
import type { PlaceFeature } from '../contract';

export interface Score {
  truePositives: number;
  falsePositives: number;
  falseNegatives: number;
  /** Mentions whose quote is not a verbatim slice of the text or does not contain the mention. */
  quoteErrors: number;
}

/** Place-level counts: each distinct place id found or expected counts once per article. */
export function scorePlaces(
  text: string,
  features: readonly PlaceFeature[],
  expected: readonly string[],
): Score {
  const found = new Set(features.map((f) => f.properties.id));
  const gold = new Set(expected);
  let quoteErrors = 0;
  for (const f of features) {
    for (const m of f.properties.mentions) {
      const verbatim =
        text.slice(m.start, m.end) === m.text && text.slice(m.quote.start, m.quote.end) === m.quote.text;
      if (!verbatim || m.start < m.quote.start || m.end > m.quote.end) quoteErrors++;
    }
  }
  return {
    truePositives: [...found].filter((id) => gold.has(id)).length,
    falsePositives: [...found].filter((id) => !gold.has(id)).length,
    falseNegatives: [...gold].filter((id) => !found.has(id)).length,
    quoteErrors,
  };
}

export const emptyScore = (): Score => ({
  truePositives: 0,
  falsePositives: 0,
  falseNegatives: 0,
  quoteErrors: 0,
});

export function addScore(into: Score, score: Score) {
  for (const key of Object.keys(into) as (keyof Score)[]) into[key] += score[key];
}
