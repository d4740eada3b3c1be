import { describe, expect, it } from 'vitest';
import { answersInArticle, countryOf } from '../../../src/model/answers';
import { builtListed } from '../fixtures/built-dataset';

const placeOf = (id: string) => builtListed().places.features.find((f) => f.properties.id === id)!;

describe('answers beside a place', () => {
  it('finds the country a place lies in, and none for a country', () => {
    expect(countryOf(placeOf('hmeimim-air-base'), builtListed())?.properties.id).toBe('syria');
    expect(countryOf(placeOf('syria'), builtListed())).toBeNull();
  });

  it('gives the air base, in each article that reports its buildup, the denials about Syria', () => {
    const dataset = builtListed();
    const airbase = placeOf('hmeimim-air-base');
    const articles = new Set(airbase.properties.mentions.map((m) => m.articleId));
    const answers = [...articles].flatMap((id) => answersInArticle(dataset, airbase, id, new Set()));
    expect(answers.length).toBeGreaterThan(0);
    for (const answer of answers) {
      expect(['denied', 'no-comment']).toContain(answer.stance);
      expect(answer.places.some((p) => p.placeId === 'syria' || p.placeId === 'hmeimim-air-base')).toBe(true);
    }
  });

  it('leaves out the answers already shown under the place’s own quotes', () => {
    const dataset = builtListed();
    const airbase = placeOf('hmeimim-air-base');
    const articleId = airbase.properties.mentions[0]!.articleId;
    const all = answersInArticle(dataset, airbase, articleId, new Set());
    const shown = new Set(all.map((c) => c.id));
    expect(answersInArticle(dataset, airbase, articleId, shown)).toEqual([]);
  });
});
