import { describe, expect, it } from 'vitest';
import type { Article } from '../../../geo/contract';
import { readOne } from '../../../geo/cli/read-one';
import { createGazetteer } from '../../../geo/match/gazetteer';
import { SMALL_ENTRIES, smallGazetteer } from '../small-gazetteer';

const ARTICLE: Article = {
  id: 'ships-to-latakia',
  title: null,
  published: '2015-09-20',
  language: 'ar',
  outlet: null,
  url: null,
  note: null,
  text: 'وصلت سفن روسية إلى اللاذقية.',
};

describe('one article read for the build', () => {
  it('is checked against the contract as a dataset of its own', () => {
    const reading = readOne(ARTICLE, [], smallGazetteer());
    expect(reading.features.map((f) => f.properties.id)).toContain('latakia');
  });

  it('stops, naming the article and the problem, when its reading breaks the contract', () => {
    // A gazetteer entry the contract refuses: a country code in lower case.
    const broken = SMALL_ENTRIES.map((e) => (e.id === 'latakia' ? { ...e, iso2: 'sy' } : e));
    expect(() => readOne(ARTICLE, [], createGazetteer([broken]))).toThrow(
      new RegExp(`the reading of ${ARTICLE.id} breaks the contract:[\\s\\S]*iso2`),
    );
  });
});
