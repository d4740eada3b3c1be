/**
 * What a clause speaks of: the activity kinds its words name (lexicon/claims/activities.json), the
 * equipment it names (lexicon/claims/equipment.json) with the kinds each implies, a weapons delivery when something is sent
 * with equipment (and no weapons in a strike where nothing is sent), and naval activity when exercises
 * are held at sea. Words that name the source
 * ("المصدر المقرب من سلاح البحرية") are not the claim's.
 */
import type { ActivityKind, Equipment } from '../contract';
import { tokenSpan, type Reading } from '../text/reading';
import { ACTIVITY_WORDS } from '../lexicon/lexicon';
import { lexicon } from './lexicon-index';
import type { ArticleMention } from './mentions';
import { coordinatedPhrases, findPhrases, readings, type PhraseIndex } from './phrases';

export interface ClauseActivities {
  kinds: Set<ActivityKind>;
  equipment: Equipment[];
  /** Token of the first word that names an activity or equipment: the clause's main event. */
  main: number | null;
  /** Token indices of diplomatic event words, for venues. */
  events: number[];
}

/** How far after a generic word ("طائرات") a model of its family replaces it ("من نوع أنطونوف -124"). */
const MODEL_REACH = 5;
/** How many words after a verb of delivery its goods may begin ("sent an additional 20 tonnes of food"). */
const GOODS_REACH = 2;

/** Equipment that is sent with its crews: sent alone, it is deployed, not arms supplied. */
const CREWED: ReadonlySet<string> = new Set(['ship', 'aircraft', 'helicopter']);
/** Aircraft flown from afar, sent as arms ("أرسلت طائرات مسيرة إلى روسيا"). */
const UNCREWED: ReadonlySet<string> = new Set(['drone']);
/** Families of crewed aircraft: a word of troops right after one ("F-35 fighters") names the aircraft. */
const AIRBORNE: ReadonlySet<string> = new Set(['aircraft', 'helicopter']);

export function findActivities(
  at: Reading,
  from: number,
  to: number,
  excluded: readonly [number, number][],
  mentions: readonly ArticleMention[],
): ClauseActivities {
  const outside = (m: { firstToken: number }) =>
    !excluded.some(([a, b]) => m.firstToken >= a && m.firstToken < b);
  const lex = lexicon();
  const direct = findPhrases(at.tokens, lex.activities, from, to);
  const terms = [...direct, ...coordinatedPhrases(at.tokens, lex.activities, direct, to)].filter(outside);
  // Phrases that name no activity ("think tank", "مؤتمر صحفي") hide the words inside them.
  const masks = terms.filter((t) => t.value.length === 0);
  const unmasked = (m: { firstToken: number }) =>
    !masks.some((t) => m.firstToken >= t.firstToken && m.firstToken < t.endToken);
  const found = findPhrases(at.tokens, lex.equipment, from, to).filter((m) => outside(m) && unmasked(m));
  // "F-35 fighters", "Su-35 fighters": the word right after an aircraft's model is its kind, no ground fighters.
  const aircraftNouns = terms.filter(
    (t) =>
      t.value.includes('ground') &&
      found.some(
        (e) => AIRBORNE.has(e.value.family) && !UNCREWED.has(e.value.id) && e.endToken === t.firstToken,
      ),
  );
  // "طائرتي شحن … من نوع أنطونوف -124", "An-124 cargo planes": a model named beside its kind replaces it;
  // a generic name right before another of its family is that one's modifier ("F-15 jets" are jets).
  type Found = (typeof found)[number];
  const sameFamily = (a: Found, b: Found) => a.value.family === b.value.family;
  const gap = (a: Found, b: Found) =>
    a.firstToken > b.firstToken ? a.firstToken - b.endToken : b.firstToken - a.endToken;
  const modifiesNext = (g: Found) =>
    found.some((s) => s.value.generic && sameFamily(s, g) && s.firstToken === g.endToken);
  const modelBeside = (g: Found) =>
    found.some((s) => !s.value.generic && sameFamily(s, g) && gap(s, g) <= MODEL_REACH);
  const kept = found.filter((g) => !g.value.generic || !(modifiesNext(g) || modelBeside(g)));
  // Combat two words name together: a launch and its projectile, a threat and its retaliation.
  const pairedCombat = [
    ...pairs(at, lex.launchVerbs, lex.projectiles, from, to, LAUNCH_REACH, true),
    ...pairs(at, lex.threats, lex.responses, from, to, RETALIATION_REACH, false),
  ].filter((m) => outside(m) && unmasked(m));
  const kinds = new Set<ActivityKind>(pairedCombat.length > 0 ? ['combat'] : []);
  for (const t of terms) if (!aircraftNouns.includes(t)) for (const k of t.value) kinds.add(k);
  for (const e of kept) for (const k of e.value.kinds) kinds.add(k);
  const army = movingArmy(at, from, to, outside, [...terms, ...found]);
  if (army) kinds.add('ground');
  // "طائرتي شحن" (cargo planes) names equipment; its "شحن" is no shipment.
  const inEquipment = (m: { firstToken: number }) =>
    found.some((e) => m.firstToken >= e.firstToken && m.firstToken < e.endToken);
  // "delivered food and fuel to the marines": goods that are no arms, right after the verb, are what it carries.
  const civilian = findPhrases(at.tokens, lex.civilianGoods, from, to).map((m) => m.firstToken);
  const carriesArms = (m: { endToken: number }) =>
    !civilian.some((c) => c >= m.endToken && c <= m.endToken + GOODS_REACH);
  const delivery = findPhrases(at.tokens, lex.delivery, from, to).filter(
    (m) => outside(m) && !inEquipment(m) && carriesArms(m),
  );
  // "سترسل سفينة حربية", "أرسلت طائرات": ships and aircraft sent go with their crews; only a handover
  // makes them arms supplied.
  const handedOver = findPhrases(at.tokens, lex.handovers, from, to).some(
    (m) => outside(m) && !inEquipment(m) && carriesArms(m),
  );
  const supplied = kept.some((e) => !CREWED.has(e.value.family) || UNCREWED.has(e.value.id)) || handedOver;
  if (kept.length > 0 && delivery.length > 0 && supplied) kinds.add('weapons');
  // "قصف ثكنة بالصواريخ", "struck a tank with an anti-tank missile": arms that strike are no arms
  // supplied; with nothing sent, a strike's weapons are its combat.
  else if (kinds.has('combat') && delivery.length === 0) kinds.delete('weapons');
  const atSea = mentions.some((m) => m.kind === 'water' && m.firstToken >= from && m.firstToken < to);
  if (atSea && findPhrases(at.tokens, lex.exercises, from, to).length > 0) kinds.add('naval');
  const starts = [
    ...terms.filter((t) => t.value.length > 0),
    ...kept,
    ...pairedCombat,
    ...(army ? [army] : []),
  ].map((m) => m.firstToken);
  const equipment = dedupe(kept).map((m) => ({
    id: m.value.id,
    name: m.value.name,
    kinds: [...m.value.kinds],
    ...tokenSpan(at, m.firstToken, m.endToken),
  }));
  const events = terms.filter(
    (t) =>
      t.value.includes('diplomacy') &&
      readings(at.tokens[t.firstToken]!.text).some((r) => ACTIVITY_WORDS.events.has(r)),
  );
  return {
    kinds,
    equipment,
    main: starts.length > 0 ? Math.min(...starts) : null,
    events: events.map((t) => t.firstToken),
  };
}

/** How many words may part a launch verb from its projectile ("أطلقت صاروخين باليستيين"). */
const LAUNCH_REACH = 3;
/** How many words may part a threat from the retaliation it threatens ("وهددت بيونغ يانغ عبر وكالة … بالرد"). */
const RETALIATION_REACH = 8;

/**
 * Combat named by two words together: a verb of launching or landing within LAUNCH_REACH words of a
 * projectile, either side ("أطلقت صاروخين", "الصاروخين سقطا", "fired two rockets"); a threat followed by
 * a word of retaliating ("توعدت بالرد", "vowed to retaliate"). Each as the span from the first to the last.
 */
function pairs(
  at: Reading,
  heads: PhraseIndex<true>,
  partners: PhraseIndex<true>,
  from: number,
  to: number,
  reach: number,
  eitherSide: boolean,
): { firstToken: number; endToken: number }[] {
  const found = findPhrases(at.tokens, partners, from, to);
  return findPhrases(at.tokens, heads, from, to).flatMap((head) => {
    const near = found.find((p) => {
      const gap = p.firstToken - head.firstToken;
      return gap !== 0 && Math.abs(gap) <= reach && (eitherSide || gap > 0);
    });
    return near
      ? [
          {
            firstToken: Math.min(head.firstToken, near.firstToken),
            endToken: Math.max(head.endToken, near.endToken),
          },
        ]
      : [];
  });
}

/** One entry per piece of equipment: the first time the clause names it. */
function dedupe<T extends { value: { id: string } }>(matches: readonly T[]): T[] {
  const seen = new Set<string>();
  return matches.filter((m) => !seen.has(m.value.id) && seen.add(m.value.id));
}

/** How many words may stand between an army and the word that moves it ("الجيش التشادي سينتشر"). */
const ARMY_REACH = 2;
/** How many words after the word of moving may name what the army moves instead ("نشر طائرات"). */
const MOVED_REACH = 3;

/**
 * "الجيش التشادي سينتشر في القواعد", "انسحب الجيش", "the army withdrew": an army that a word of moving
 * moves, outside the source's words, and moving no unit or equipment of its own named after the verb.
 */
function movingArmy(
  at: Reading,
  from: number,
  to: number,
  outside: (m: { firstToken: number }) => boolean,
  named: readonly { firstToken: number }[],
): { firstToken: number } | null {
  const lex = lexicon();
  const armies = findPhrases(at.tokens, lex.movingArmies, from, to).filter(outside);
  if (armies.length === 0) return null;
  const moves = findPhrases(at.tokens, lex.motion, from, to).filter(
    (m) => !named.some((n) => n.firstToken >= m.endToken && n.firstToken < m.endToken + MOVED_REACH),
  );
  return (
    armies.find((a) =>
      moves.some(
        (m) =>
          (m.firstToken >= a.endToken && m.firstToken - a.endToken <= ARMY_REACH) ||
          (a.firstToken >= m.endToken && a.firstToken - m.endToken <= 1),
      ),
    ) ?? null
  );
}
