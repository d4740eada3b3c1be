/**
 * Says who a source's name means, from its parts (subject.ts), most specific first: a person, a
 * spokesperson of an institution, an office (its holder when the article names them), an institution,
 * an unnamed source of some nationality, a surname met before, a state, a news agency.
 */
import type { Name } from '../contract';
import type { ClaimantContext, Resolved } from './claimant-context';
import type { Force, Nationality, SourceEntry } from '../lexicon/claims-schema';
import { CLAIMANTS } from '../lexicon/lexicon';
import type { ArticleMention } from './mentions';
import type { Part } from './subject';
import { CAPITAL_GOVERNMENTS, nationalityOfParty } from './source-words';

const SPOKESPERSON_SUFFIX = '-spokesperson';
const PEOPLE = CLAIMANTS.people.entries;
const INSTITUTIONS = CLAIMANTS.institutions.entries;

export function spokespersonOf(institution: SourceEntry): Resolved {
  return {
    id: institution.id + SPOKESPERSON_SUFFIX,
    name: { ar: `المتحدث باسم ${institution.name.ar}`, en: `${institution.name.en} spokesperson` },
    party: institution.party,
    kind: 'office',
    role: 'spokesperson',
  };
}

function fromEntry(e: SourceEntry): Resolved {
  return { id: e.id, name: e.name, party: e.party, kind: e.kind === 'agency' ? 'agency' : e.kind };
}

/** A person, or the office they speak for when they are a spokesperson ("بيسكوف" is the Kremlin's voice). */
function personOrVoice(person: SourceEntry): Resolved {
  const voice = person.offices?.find((o) => o.endsWith(SPOKESPERSON_SUFFIX));
  const institution = voice && INSTITUTIONS.find((i) => i.id + SPOKESPERSON_SUFFIX === voice);
  return institution ? spokespersonOf(institution) : fromEntry(person);
}

/** An office is its holder when the article names them: "الرئيس الروسي" in an article about Putin. */
function officeOrHolder(office: SourceEntry, ctx: ClaimantContext): Resolved {
  const holder = PEOPLE.find((p) => p.offices?.includes(office.id) && ctx.people.has(p.id));
  return holder ? personOrVoice(holder) : fromEntry(office);
}

/** The state a place stands for when it speaks: a country, or the country of a capital. */
export function governmentOf(m: ArticleMention, ctx: ClaimantContext): Resolved | null {
  const id = m.kind === 'country' ? m.placeId : CAPITAL_GOVERNMENTS[m.placeId];
  if (!id) return null;
  const name: Name | null = id === m.placeId ? m.name : ctx.placeName(id);
  return { id, name, party: m.iso2, kind: 'government' };
}

function generic(kind: string, nounName: Name, nat: Nationality | undefined, stateless = false): Resolved {
  return {
    id: nat ? `${nat.key}-${kind}` : kind,
    name: nat ? { ar: `${nounName.ar} ${nat.name.ar}`, en: `${nat.name.en} ${nounName.en}` } : nounName,
    // "مرصد سوداني لحقوق الإنسان": a rights group of a country speaks for no state.
    party: stateless ? null : (nat?.party ?? null),
    kind: 'generic',
    role: kind,
  };
}

/**
 * Who the parts name, or null. `institutionBefore` is an institution named earlier in the clause, for a
 * bare "المتحدث" ("وفي البيت الأبيض أثار المتحدث…").
 */
export function resolveParts(
  parts: readonly Part[],
  ctx: ClaimantContext,
  institutionBefore: SourceEntry | null,
): Resolved | null {
  const entries = parts.flatMap((p) => (p.type === 'entry' ? [p.entry] : []));
  // "اتهامات أمريكية لموسكو": a nationality alone, first, is its state.
  const lead = parts[0];
  if (
    lead?.type === 'nationality' &&
    lead.nationality.government &&
    parts.every((p) => p === lead || p.type === 'mention')
  )
    return {
      id: lead.nationality.government,
      name: ctx.placeName(lead.nationality.government),
      party: lead.nationality.party,
      kind: 'government',
    };
  const person = entries.find((e) => e.kind === 'person');
  if (person) return personOrVoice(person);
  const institution = entries.find((e) => e.kind === 'institution');
  const force = parts.find((p) => p.type === 'force');
  const service = force?.type === 'force' ? forceOf(force.force, parts, ctx) : null;
  if (parts.some((p) => p.type === 'spokesperson')) {
    const of = institution ?? institutionBefore;
    if (of) return spokespersonOf(of);
    // "المتحدث باسم الجيش الإسرائيلي": the voice of a service.
    if (service) return voiceOf(service);
    // "a Ukrainian military spokeswoman", "a spokesman for the Rwanda Defence Force": no institution
    // named, but whose voice it is, by a nationality or a country named in it.
    const whose = parts.find((p) => p.type === 'nationality')?.nationality ?? countryOf(parts);
    return ctx.lastByRole.get('spokesperson') ?? unknown(whose?.party ?? null);
  }
  const office = entries.find((e) => e.kind === 'office');
  if (office) return officeOrHolder(office, ctx);
  if (institution) return fromEntry(institution);
  const noun = parts.find((p) => p.type === 'noun');
  // "a Russian military analyst": a kind of source that speaks for no state, whatever service it knows.
  if (service && !(noun?.type === 'noun' && noun.noun.stateless)) return service;
  const nationality = parts.find((p) => p.type === 'nationality')?.nationality;
  if (noun?.type === 'noun') {
    const place = parts.find((p) => p.type === 'mention');
    const nat = nationality ?? (place?.type === 'mention' ? nationalityOfPlace(place.mention) : undefined);
    if (nat) return generic(noun.noun.kind, noun.noun.name, nat, noun.noun.stateless);
    if (noun.definite && ctx.lastByRole.has(noun.noun.kind)) return ctx.lastByRole.get(noun.noun.kind)!;
    return generic(noun.noun.kind, noun.noun.name, undefined);
  }
  for (const p of parts) if (p.type === 'name' && ctx.surnames.has(p.word)) return ctx.surnames.get(p.word)!;
  const place = parts.find((p) => p.type === 'mention');
  // "the Russian embassy in Tripoli": the nationality says whose it is, the capital only where it sits.
  if (place?.type === 'mention' && !nationality?.government) {
    const government = governmentOf(place.mention, ctx);
    if (government) return government;
  }
  // "وكالة تاس الروسية": the nationality after an agency says whose agency it is.
  const agency = entries.find((e) => e.kind === 'agency');
  if (agency) return fromEntry(agency);
  // A nationality beside a title ("رئيس الادارة الرئاسية الروسية") says whose the person is, not who.
  if (nationality?.government && !parts.some((p) => p.type === 'title'))
    return {
      id: nationality.government,
      name: ctx.placeName(nationality.government),
      party: nationality.party,
      kind: 'government',
    };
  return unknown(nationality?.party ?? countryOf(parts)?.party ?? null);
}

/**
 * Who a service speaks as: a named command is itself ("القيادة المركزية" → `us-central-command`); a branch
 * is its state's, by the nationality or the country named with it ("البحرية الأمريكية" → `us-navy`,
 * "Russia's Aerospace Forces"), and of no known state without one.
 */
function forceOf(force: Force, parts: readonly Part[], ctx: ClaimantContext): Resolved {
  if (force.party !== null)
    return { id: force.key, name: force.name, party: force.party, kind: 'institution' };
  const nat =
    parts.find((p) => p.type === 'nationality')?.nationality ??
    // "Russia's navy", "Kyiv's navy": a country or its capital says whose service it is.
    countryOf(parts) ??
    // "يانغون - … المجلس العسكري الحاكم": a service named bare is the dateline country's; one with a
    // name of its own ("جيش أراكان", "the Arakan Army") is an armed group ("الجيش المالي" is no name).
    (ctx.datelineParty && !parts.some((p) => p.type === 'name' && !p.word.startsWith('ال'))
      ? nationalityOfParty(ctx.datelineParty)
      : undefined);
  if (!nat?.party) return { id: null, name: null, party: null, kind: 'institution' };
  const country = nat.government ? ctx.placeName(nat.government) : null;
  const name = {
    ar: `${force.name.ar} (${country?.ar ?? nat.name.ar})`,
    en: `${nat.name.en} ${force.name.en}`,
  };
  return { id: `${nat.key}-${force.key}`, name, party: nat.party, kind: 'institution' };
}

/** "المتحدث باسم الجيش الإسرائيلي": the voice of a service. */
function voiceOf(service: Resolved): Resolved {
  if (!service.id || !service.name) return { ...unknown(service.party), role: 'spokesperson' };
  const { ar, en } = service.name;
  const name = { ar: `المتحدث باسم ${ar}`, en: `${en} spokesperson` };
  return {
    id: service.id + SPOKESPERSON_SUFFIX,
    name,
    party: service.party,
    kind: 'office',
    role: 'spokesperson',
  };
}

function unknown(party: string | null): Resolved {
  return { id: null, name: null, party, kind: 'unknown' };
}

/** The nationality of the first place the parts name, when it is a country or a capital ("Russia's navy"). */
function countryOf(parts: readonly Part[]): Nationality | undefined {
  const place = parts.find((p) => p.type === 'mention');
  if (place?.type !== 'mention') return undefined;
  const { kind, placeId } = place.mention;
  return kind === 'country' || placeId in CAPITAL_GOVERNMENTS ? nationalityOfPlace(place.mention) : undefined;
}

/** "مصدر أمني في دمشق", "Kenya's military": a source of a country or placed in its town speaks for it. */
function nationalityOfPlace(m: ArticleMention): Nationality | undefined {
  return m.iso2 ? nationalityOfParty(m.iso2) : undefined;
}
