/**
 * Scores extracted claims against hand-annotated gold (test/geo/claims/gold/README.md has the format):
 * gold and extracted claims are paired when the extracted clause holds the gold anchor, then activity
 * kinds, claimant, stance, equipment, dates, from/to and place roles are counted as true positives,
 * false positives and false negatives. Pure, so the eval command and the tests share it.
 */
import type { ActivityKind, Claim, PlaceRole, Stance } from '../contract';

export interface GoldClaim {
  anchor: string;
  activities: ActivityKind[];
  equipment?: string[];
  /** `party`: ISO code of the state the claimant speaks for, null for none (scored when given). */
  claimant: { id?: string; text: string; party?: string | null } | null;
  stance: Stance;
  eventDate?: string | null;
  from?: string | string[] | null;
  to?: string | string[] | null;
  /**
   * Where the event happens, besides `from` and `to`: the places (any of a list), or null for none.
   * Scored only when given.
   */
  site?: string | string[] | null;
  places?: Record<string, PlaceRole>;
}

export interface GoldFile {
  article: string;
  claims: GoldClaim[];
}

export interface Counts {
  tp: number;
  fp: number;
  fn: number;
}

export const METRICS = [
  'claims',
  'activity',
  'claimant',
  'stance',
  'equipment',
  'date',
  'movement',
  'role',
] as const;
export type Metric = (typeof METRICS)[number];

/** What is read as one value per claim, scored as the share of matched claims where it is right. */
export const ONE_VALUE = ['claimant', 'party', 'stance', 'from', 'to', 'site'] as const;
export type OneValue = (typeof ONE_VALUE)[number];
/** `right` of `of` matched claims where gold or extraction gives a value. */
export interface Tally {
  right: number;
  of: number;
}

export interface ClaimScore {
  counts: Record<Metric, Counts>;
  accuracy: Record<OneValue, Tally>;
  /** Every gold denial or "no comment", with the stance extracted for it (null when no claim matched). */
  denials: { anchor: string; gold: Stance; found: Stance | null }[];
  /** Extracted denials the gold does not have. */
  falseDenials: string[];
  /** One line per disagreement, for reading the errors. */
  errors: string[];
}

const zero = (): Counts => ({ tp: 0, fp: 0, fn: 0 });
const ROLE_STRENGTH: readonly PlaceRole[] = ['site', 'venue', 'actor', 'context'];

export function f1(c: Counts): { p: number; r: number; f1: number } {
  const p = c.tp / Math.max(1, c.tp + c.fp);
  const r = c.tp / Math.max(1, c.tp + c.fn);
  return { p, r, f1: p + r === 0 ? 0 : (2 * p * r) / (p + r) };
}

export function addCounts(into: Record<Metric, Counts>, from: Record<Metric, Counts>) {
  for (const m of METRICS) for (const k of ['tp', 'fp', 'fn'] as const) into[m][k] += from[m][k];
}

export function emptyCounts(): Record<Metric, Counts> {
  return Object.fromEntries(METRICS.map((m) => [m, zero()])) as Record<Metric, Counts>;
}

export function emptyTallies(): Record<OneValue, Tally> {
  return Object.fromEntries(ONE_VALUE.map((m) => [m, { right: 0, of: 0 }])) as Record<OneValue, Tally>;
}

export function addTallies(into: Record<OneValue, Tally>, from: Record<OneValue, Tally>) {
  for (const m of ONE_VALUE) {
    into[m].right += from[m].right;
    into[m].of += from[m].of;
  }
}

export function scoreClaims(text: string, gold: GoldFile, predicted: readonly Claim[]): ClaimScore {
  const counts = emptyCounts();
  const accuracy = emptyTallies();
  const tally = (m: OneValue, right: boolean) => {
    accuracy[m].of++;
    if (right) accuracy[m].right++;
  };
  const errors: string[] = [];
  const denials: ClaimScore['denials'] = [];
  const used = new Set<Claim>();
  const pairs: [GoldClaim, Claim | null][] = gold.claims.map((g) => {
    const at = text.indexOf(g.anchor);
    if (at < 0 || text.indexOf(g.anchor, at + 1) >= 0)
      throw new Error(`${gold.article}: anchor not found once: ${g.anchor}`);
    const match = predicted.find((c) => !used.has(c) && c.clause.start <= at && at < c.clause.end) ?? null;
    if (match) used.add(match);
    return [g, match];
  });
  for (const c of predicted.filter((c) => !used.has(c))) {
    counts.claims.fp++;
    counts.activity.fp += c.activities.length;
    counts.equipment.fp += c.equipment.length;
    if (c.claimant) counts.claimant.fp++;
    counts.stance.fp++;
    errors.push(
      `extra claim (${c.stance}, ${c.activities.join('+') || 'no activity'}): ${c.clause.text.slice(0, 90)}`,
    );
  }
  for (const [g, c] of pairs) {
    const where = `"${g.anchor}"`;
    if (g.stance === 'denied' || g.stance === 'no-comment')
      denials.push({ anchor: g.anchor, gold: g.stance, found: c?.stance ?? null });
    if (!c) {
      counts.claims.fn++;
      counts.activity.fn += g.activities.length;
      counts.equipment.fn += g.equipment?.length ?? 0;
      if (g.claimant) counts.claimant.fn++;
      counts.stance.fn++;
      errors.push(`missed claim ${where}`);
      continue;
    }
    counts.claims.tp++;
    compareSets(counts.activity, g.activities, c.activities, `${where} activities`, errors);
    compareSets(
      counts.equipment,
      g.equipment ?? [],
      c.equipment.map((e) => e.id),
      `${where} equipment`,
      errors,
    );
    const claimantRight = compareClaimant(counts.claimant, text, g, c, where, errors);
    if (claimantRight !== null) tally('claimant', claimantRight);
    if (g.claimant && g.claimant.party !== undefined) {
      const party = c.claimant?.party ?? null;
      tally('party', party === g.claimant.party);
      if (party !== g.claimant.party)
        errors.push(`${where} party: gold ${g.claimant.party ?? 'none'}, found ${party ?? 'none'}`);
    }
    tally('stance', g.stance === c.stance);
    if (g.stance === c.stance) counts.stance.tp++;
    else {
      counts.stance.fp++;
      counts.stance.fn++;
      errors.push(`${where} stance: gold ${g.stance}, found ${c.stance}${c.cue ? ` ("${c.cue.text}")` : ''}`);
    }
    compareOne(counts.date, g.eventDate ?? null, c.eventDate, `${where} date`, errors);
    for (const [end, goldEnd, found] of [
      ['from', g.from ?? null, c.from],
      ['to', g.to ?? null, c.to],
    ] as const) {
      const right = compareOne(counts.movement, goldEnd, found, `${where} ${end}`, errors);
      if (right !== null) tally(end, right);
    }
    if (g.site !== undefined) tally('site', siteRight(g, c, `${where} site`, errors));
    for (const [placeId, role] of Object.entries(g.places ?? {})) {
      const found = strongestRole(c, placeId);
      if (found === null) continue;
      if (found === role) counts.role.tp++;
      else {
        counts.role.fp++;
        counts.role.fn++;
        errors.push(`${where} role of ${placeId}: gold ${role}, found ${found}`);
      }
    }
  }
  const falseDenials = predicted
    .filter((c) => c.stance === 'denied' && !pairs.some(([g, p]) => p === c && g.stance === 'denied'))
    .map((c) => c.clause.text);
  return { counts, accuracy, denials, falseDenials, errors };
}

function compareSets(
  counts: Counts,
  gold: readonly string[],
  found: readonly string[],
  what: string,
  errors: string[],
) {
  const missing = gold.filter((x) => !found.includes(x));
  const extra = found.filter((x) => !gold.includes(x));
  counts.tp += gold.length - missing.length;
  counts.fn += missing.length;
  counts.fp += extra.length;
  if (missing.length + extra.length > 0)
    errors.push(`${what}: missing [${missing.join(', ')}], extra [${extra.join(', ')}]`);
}

const listOf = (gold: string | readonly string[] | null): readonly string[] =>
  gold === null ? [] : typeof gold === 'string' ? [gold] : gold;

/**
 * A value or a list of acceptable values against one extracted value: whether it is right, or null when
 * both are null (nothing counted).
 */
function compareOne(
  counts: Counts,
  gold: string | readonly string[] | null,
  found: string | null,
  what: string,
  errors: string[],
): boolean | null {
  const accepted = listOf(gold);
  if (accepted.length === 0 && found === null) return null;
  if (found !== null && accepted.includes(found)) {
    counts.tp++;
    return true;
  }
  if (found !== null) counts.fp++;
  if (accepted.length > 0) counts.fn++;
  errors.push(`${what}: gold ${accepted.join('|') || 'none'}, found ${found ?? 'none'}`);
  return false;
}

/**
 * The extracted sites (places of role `site` but the movement's ends) all among the gold's, and at least
 * one when the gold names one for an event that is no movement; none when the gold says null.
 */
function siteRight(g: GoldClaim, c: Claim, what: string, errors: string[]): boolean {
  const accepted = listOf(g.site ?? null);
  const found = [
    ...new Set(
      c.places
        .filter((p) => p.role === 'site' && p.placeId !== c.from && p.placeId !== c.to)
        .map((p) => p.placeId),
    ),
  ];
  const movement = (g.from ?? g.to ?? null) !== null;
  const right =
    found.every((id) => accepted.includes(id)) && (movement || accepted.length === 0 || found.length > 0);
  if (!right)
    errors.push(`${what}: gold ${accepted.join('|') || 'none'}, found ${found.join('+') || 'none'}`);
  return right;
}

function compareClaimant(
  counts: Counts,
  text: string,
  g: GoldClaim,
  c: Claim,
  where: string,
  errors: string[],
): boolean | null {
  if (!g.claimant && !c.claimant) return null;
  if (!g.claimant || !c.claimant) {
    if (c.claimant) counts.fp++;
    else counts.fn++;
    errors.push(
      `${where} claimant: gold ${g.claimant?.id ?? g.claimant?.text ?? 'none'}, found ${c.claimant?.id ?? c.claimant?.text ?? 'none'}`,
    );
    return false;
  }
  const right = g.claimant.id ? c.claimant.id === g.claimant.id : overlapsGoldText(text, g, c);
  if (right) counts.tp++;
  else {
    counts.fp++;
    counts.fn++;
    errors.push(
      `${where} claimant: gold ${g.claimant.id ?? `"${g.claimant.text}"`}, found ${c.claimant.id ?? `"${c.claimant.text}"`}`,
    );
  }
  return right;
}

/** The gold claimant's words nearest before the anchor (or first after it) overlap the extracted span. */
function overlapsGoldText(text: string, g: GoldClaim, c: Claim): boolean {
  const anchorEnd = text.indexOf(g.anchor) + g.anchor.length;
  let at = -1;
  for (
    let i = text.indexOf(g.claimant!.text);
    i >= 0 && i < anchorEnd;
    i = text.indexOf(g.claimant!.text, i + 1)
  )
    at = i;
  if (at < 0) at = text.indexOf(g.claimant!.text);
  const end = at + g.claimant!.text.length;
  return c.claimant!.start < end && at < c.claimant!.end;
}

function strongestRole(c: Claim, placeId: string): PlaceRole | null {
  const roles = c.places.filter((p) => p.placeId === placeId).map((p) => p.role);
  return ROLE_STRENGTH.find((r) => roles.includes(r)) ?? null;
}
