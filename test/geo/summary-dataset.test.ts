import { describe, expect, it } from 'vitest';
import { parseDataset } from '../../geo/contract';
import { joinTexts, readEvidence, readListedDataset, type ListedDataset } from '../../geo/split-dataset';
import { countRoles } from '../../geo/summary-dataset';
import { builtDataset } from '../src/fixtures/built-dataset';
import { splitFiles } from '../src/fixtures/split-files';

const copy = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;

function readSummary(first: unknown): ListedDataset {
  const read = readListedDataset(first);
  if (!read.ok) throw new Error(read.problems.join('; '));
  return read.dataset;
}

describe('the summary first file (schema 8)', () => {
  it('holds the places with their mentions counted by role, the arcs and the counts, and nothing else', () => {
    const dataset = builtDataset();
    const { first, evidence } = splitFiles(dataset);
    expect(Object.keys(first).sort()).toEqual(
      ['articles', 'claims', 'evidence', 'movements', 'places', 'schemaVersion', 'textChunks'].sort(),
    );
    expect(first.articles).toBe(dataset.articles.length);
    expect(first.claims).toBe(dataset.claims!.length);
    for (const [i, feature] of dataset.places.features.entries()) {
      const summary = first.places.features[i]!.properties;
      expect(Object.keys(summary).sort()).toEqual(['id', 'iso2', 'kind', 'name', 'roles']);
      const roles = ['site', 'venue', 'actor', 'context'].map(
        (role) => feature.properties.mentions.filter((m) => (m.role ?? 'site') === role).length,
      );
      expect(summary.roles).toEqual(roles);
      expect(countRoles(evidence.places[i]![2])).toEqual(roles);
    }
    const moving = dataset.claims!.filter((c) => c.from !== null && c.to !== null && c.from !== c.to);
    expect(first.movements.map((m) => m.id)).toEqual(moving.map((c) => c.id));
    expect(moving.length).toBeGreaterThan(0);
  });

  it('reads as a dataset waiting for its evidence, then whole once the evidence comes, as schema 7 read', () => {
    const { first, evidence, compact } = splitFiles(builtDataset());
    const pending = readSummary(copy(first));
    expect(pending.articles).toEqual([]);
    expect(pending.places.features.every((f) => f.properties.mentions.length === 0)).toBe(true);
    expect(pending.claims?.map((c) => c.id)).toEqual(first.movements.map((m) => m.id));
    expect(pending.pending).toMatchObject({ evidence: first.evidence, articles: first.articles });
    const whole = readEvidence(pending.pending!, copy(evidence));
    if (!whole.ok) throw new Error(whole.problems.join('; '));
    const seven = readListedDataset(copy(compact));
    if (!seven.ok) throw new Error(seven.problems.join('; '));
    expect(whole.dataset).toEqual({ ...seven.dataset, schemaVersion: 8 });
    expect(whole.quarantined).toEqual(seven.quarantined);
  });

  it('refuses a summary whose arc ends at a place it does not hold, saying where', () => {
    const { first } = splitFiles(builtDataset());
    const broken = copy(first);
    broken.movements[0]!.to = 'atlantis';
    expect(readListedDataset(broken)).toEqual({
      ok: false,
      problems: [`movements.0: place atlantis is not one of the ${first.places.features.length} places`],
    });
    expect(readListedDataset({ ...copy(first), places: 'none' })).toMatchObject({ ok: false });
  });

  it('refuses an evidence file of another shape, or that disagrees with its summary, saying what', () => {
    const { first, evidence } = splitFiles(builtDataset());
    const pending = readSummary(copy(first)).pending!;
    const problems = (spoil: (e: typeof evidence) => unknown) => {
      const read = readEvidence(pending, spoil(copy(evidence)));
      return read.ok ? [] : read.problems;
    };
    expect(problems(() => 'none')[0]).toMatch(/Object/);
    expect(problems((e) => ({ ...e, claims: undefined }))[0]).toMatch(/claims/);
    expect(
      problems((e) => {
        e.places[1]![0] = 'atlantis';
        return e;
      }),
    ).toEqual([
      `places.1: place atlantis, but the first file has ${first.places.features[1]!.properties.id}`,
    ]);
    expect(problems((e) => ({ ...e, articles: e.articles.slice(1) }))).toContain(
      `articles: ${first.articles - 1} articles, but the first file counts ${first.articles}`,
    );
    expect(problems((e) => ({ ...e, claims: e.claims.slice(0, -1) }))).toContain(
      `claims: ${first.claims - 1} claims, but the first file counts ${first.claims}`,
    );
    expect(
      problems((e) => {
        const moving = e.claims.find((c) => c.from !== null && c.to !== null && c.from !== c.to)!;
        moving.stance = moving.stance === 'denied' ? 'reported' : 'denied';
        return e;
      }),
    ).toEqual([
      `claims: the ${first.movements.length} claims that move from one place to another are not the first file's ${first.movements.length} movements`,
    ]);
  });

  it('joins with its evidence and chunks into the very dataset that was split; without its evidence it says which file', () => {
    const dataset = builtDataset();
    const { first, evidence, chunks } = splitFiles(dataset);
    const joined = parseDataset(copy(joinTexts(copy(first), copy(chunks), copy(evidence))));
    if (!joined.ok) throw new Error(joined.problems.join('; '));
    expect(joined.dataset).toEqual(dataset);
    expect(() => joinTexts(copy(first), copy(chunks))).toThrow(/^data\/evidence\/0123456789ab\.json: /);
  });
});
