import { describe, expect, it } from 'vitest';
import { parseDataFile } from '../../geo/data-file';
import { PeopleSchema } from '../../geo/lexicon/schema';

const people = (markers: unknown[]) => ({
  about: 'people',
  markers: { about: 'markers', words: markers },
  titles: { about: 'titles', words: ['الرئيس'] },
  givenNamesAlsoPlaces: { about: 'given names', words: [] },
  newsmakers: { about: 'newsmakers', words: [] },
});

describe('parseDataFile', () => {
  it('returns the content of a file that passes its schema, word lists read as normalised sets', () => {
    const parsed = parseDataFile('geo/lexicon/people.json', PeopleSchema, people(['السيّدة', 'Mr']));
    expect([...parsed.markers]).toEqual(['السيده', 'mr']);
  });

  it('stops on a broken file with a message naming the file and the entry', () => {
    expect(() => parseDataFile('geo/lexicon/people.json', PeopleSchema, people(['السيد', '']))).toThrow(
      /^geo\/lexicon\/people\.json: markers\.words\.1: /,
    );
    const missing: Record<string, unknown> = people([]);
    delete missing.titles;
    expect(() => parseDataFile('geo/lexicon/people.json', PeopleSchema, missing)).toThrow(/titles/);
  });
});
