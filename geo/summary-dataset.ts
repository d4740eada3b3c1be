/**
 * The summary first file (schema 8, CONTRACT.md "Summary first file"): what the first view draws and no
 * more, the places with their mentions counted by role, the arcs and how many articles and claims there
 * are; and the evidence file it names, which holds the rest of schema 7's compact first file (every
 * article, mention and claim), fetched on the first popup, filter, list, article or export. This module
 * writes both (the build), reads the summary as the app holds it before the evidence comes, checks that an
 * evidence file agrees with its summary, and puts the two together again as a compact first file.
 */
import * as v from 'valibot';
import {
  EvidenceFileSchema,
  issueMessages,
  PLACE_ROLES,
  SummaryFirstFileSchema,
  type CompactFirstFile,
  type EvidenceFile,
  type MovementClaim,
  type RoleCounts,
  type SummaryFirstFile,
} from './contract.ts';
import type { CompactFirst } from './compact-dataset.ts';
import type { ListedClaim, ListedDataset, ListedPlaceFeature } from './listed-dataset.ts';

/** The summary first file but the names of its evidence file and its chunks, which the writer gives. */
export type SummaryFirst = Omit<SummaryFirstFile, 'evidence' | 'textChunks'>;

/** A place's compact mentions counted by role, in the order of `PLACE_ROLES`. */
export function countRoles(mentions: readonly (readonly unknown[])[]): RoleCounts {
  const counts = [0, 0, 0, 0];
  for (const m of mentions) {
    const at = PLACE_ROLES.indexOf(m[5] as (typeof PLACE_ROLES)[number]);
    if (at >= 0) counts[at]! += 1;
  }
  return counts as RoleCounts;
}

/** True when a claim is drawn as an arc: it moves from one place to another. */
const isMovement = (c: { from: string | null; to: string | null }) =>
  c.from !== null && c.to !== null && c.from !== c.to;

/** The arcs of a compact first file, as the summary gives them: each with its article and sources by name. */
function movementsOf(compact: Omit<CompactFirstFile, 'textChunks'>): MovementClaim[] | null {
  const equipment = new Map(compact.equipment.map((e) => [e.id, e]));
  const out: MovementClaim[] = [];
  for (const c of compact.claims) {
    if (!isMovement(c)) continue;
    const article = compact.articles[c.article];
    const source = (index: number | null) => (index === null ? null : compact.sources[index]);
    const claimant = source(c.claimant);
    const via = source(c.via);
    const named = c.equipment.map((id) => equipment.get(id));
    if (!article || claimant === undefined || via === undefined || named.some((e) => e === undefined))
      return null;
    out.push({
      id: `${article.id}${c.suffix}`,
      articleId: article.id,
      published: article.published,
      quote: c.quote,
      clause: c.clause,
      activities: c.activities,
      stance: c.stance,
      claimant,
      via,
      equipment: named.map((e) => e!),
      eventDate: c.eventDate,
      places: c.places,
      from: c.from!,
      to: c.to!,
      respondsTo: c.respondsTo,
    });
  }
  return out;
}

/** Splits a compact first file (schema 7) into the summary first file and its evidence file. */
export function summarizeDataset(compact: CompactFirst): { first: SummaryFirst; evidence: EvidenceFile } {
  const movements = movementsOf(compact);
  if (!movements) throw new Error('a claim of the dataset names an article, source or equipment it lacks');
  return {
    first: {
      schemaVersion: 8,
      places: {
        type: 'FeatureCollection',
        features: compact.places.features.map(({ type, geometry, properties }) => ({
          type,
          geometry,
          properties: {
            id: properties.id,
            kind: properties.kind,
            iso2: properties.iso2,
            name: properties.name,
            roles: countRoles(properties.mentions),
          },
        })),
      },
      articles: compact.articles.length,
      claims: compact.claims.length,
      movements,
    },
    evidence: {
      articles: compact.articles,
      places: compact.places.features.map((f) => [
        f.properties.id,
        f.properties.source,
        f.properties.mentions,
      ]),
      sources: compact.sources,
      equipment: compact.equipment,
      claims: compact.claims,
    },
  };
}

/** True when untrusted data claims to be a summary first file (schema 8 naming its evidence file). */
export function isSummaryFirstFile(input: unknown): boolean {
  return (
    typeof input === 'object' &&
    input !== null &&
    (input as { schemaVersion?: unknown }).schemaVersion === 8 &&
    'evidence' in input
  );
}

/** A claim of the summary as the app holds it. */
function listedMovement(m: MovementClaim): ListedClaim {
  return {
    ...m,
    quote: { start: m.quote[0], end: m.quote[1] },
    clause: { start: m.clause[0], end: m.clause[1] },
    places: m.places.map(([placeId, role, start, end]) => ({ placeId, role, start, end })),
  };
}

/**
 * Reads an untrusted summary first file into the dataset the app holds until the evidence comes: every
 * place without its mentions but with their counts (`roles`), no article, and the arcs' claims only;
 * `pending` names the evidence file. An arc whose end is not one of the places refuses the file.
 */
export function readSummaryFirstFile(
  input: unknown,
): { ok: true; dataset: ListedDataset; summary: SummaryFirstFile } | { ok: false; problems: string[] } {
  const parsed = v.safeParse(SummaryFirstFileSchema, input);
  if (!parsed.success) return { ok: false, problems: issueMessages(parsed.issues) };
  const summary = parsed.output;
  const ids = new Set(summary.places.features.map((f) => f.properties.id));
  const problems = summary.movements.flatMap((m, k) =>
    [m.from, m.to]
      .filter((id) => !ids.has(id))
      .map((id) => `movements.${k}: place ${id} is not one of the ${ids.size} places`),
  );
  if (problems.length > 0) return { ok: false, problems: problems.slice(0, 20) };
  const features = summary.places.features.map(({ type, geometry, properties }): ListedPlaceFeature => ({
    type,
    geometry,
    properties: { ...properties, source: '', mentions: [] },
  }));
  return {
    ok: true,
    summary,
    dataset: {
      schemaVersion: 8,
      articles: [],
      places: { type: 'FeatureCollection', features },
      unresolved: [],
      claims: summary.movements.map(listedMovement),
      textChunks: summary.textChunks,
      pending: { evidence: summary.evidence, articles: summary.articles, claims: summary.claims, summary },
    },
  };
}

/**
 * An untrusted evidence file checked against its summary and put together with it as the compact first
 * file of schema 7 they were split from: the same places in the same order, each with as many mentions of
 * each role as the summary counts, as many articles and claims, and the same arcs. A fault refuses the
 * file, with the first twenty problems.
 */
export function joinEvidence(
  summary: SummaryFirstFile,
  input: unknown,
): { ok: true; compact: CompactFirstFile } | { ok: false; problems: string[] } {
  const parsed = v.safeParse(EvidenceFileSchema, input);
  if (!parsed.success) return { ok: false, problems: issueMessages(parsed.issues) };
  const evidence = parsed.output;
  const problems: string[] = [];
  const features = summary.places.features;
  if (evidence.places.length !== features.length)
    problems.push(`places: ${evidence.places.length} places, but the first file has ${features.length}`);
  const places = features.flatMap((feature, k) => {
    const entry = evidence.places[k];
    if (!entry) return [];
    const [id, source, mentions] = entry;
    const { roles, ...properties } = feature.properties;
    if (id !== properties.id)
      problems.push(`places.${k}: place ${id}, but the first file has ${properties.id}`);
    else if (countRoles(mentions).join() !== roles.join())
      problems.push(
        `places.${k}: place ${id} has ${countRoles(mentions).join('/')} mentions by role, but the first file counts ${roles.join('/')}`,
      );
    return [{ ...feature, properties: { ...properties, source, mentions } }];
  });
  if (evidence.articles.length !== summary.articles)
    problems.push(
      `articles: ${evidence.articles.length} articles, but the first file counts ${summary.articles}`,
    );
  if (evidence.claims.length !== summary.claims)
    problems.push(`claims: ${evidence.claims.length} claims, but the first file counts ${summary.claims}`);
  const compact: CompactFirstFile = {
    schemaVersion: 7,
    articles: evidence.articles,
    places: { type: 'FeatureCollection', features: places },
    sources: evidence.sources,
    equipment: evidence.equipment,
    claims: evidence.claims,
    textChunks: summary.textChunks,
  };
  if (problems.length === 0) {
    const movements = movementsOf(compact);
    if (movements && JSON.stringify(movements) !== JSON.stringify(summary.movements))
      problems.push(
        `claims: the ${movements.length} claims that move from one place to another are not the first file's ${summary.movements.length} movements`,
      );
  }
  if (problems.length > 0) return { ok: false, problems: problems.slice(0, 20) };
  return { ok: true, compact };
}
