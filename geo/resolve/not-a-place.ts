/**
 * Names that are not places where they stand: part of a person's name, an adjective of nationality,
 * a modifier ("US troops"), a ship's name, a natural feature named after a town ("the Taman peninsula"). Each rule returns the reason an editor reads, or null.
 */
import { ENGLISH, GIVEN_NAMES, NON_PLACES, PEOPLE, PLACE_CUES } from '../lexicon/lexicon';
import type { NameMatch } from '../match/find-names';
import type { Token } from '../text/tokens';
import { originalOf, type Reading } from '../text/reading';
import { wordAfter, wordBefore } from './words-around';

const ARABIC_WORD = /^[\u0600-\u06ff]/;

/** A word as the article writes it, for reasons an editor reads. */
const said = (reading: Reading, token: Token) => originalOf(reading, token.start, token.end);
const LATIN_WORD = /^[a-z]/;
/** English nationality adjectives: Syrian, Russian, Lebanese, Turkish, Iraqi, Israeli. */
const DEMONYM_ENDING = /(?:ian|ean|an|ese|ish|i)$/;
/** The endings of english.json's nounEndings, at a word's end: "deployment", "presence", "backing". */
const NOUN_ENDING = new RegExp(`(?:${[...ENGLISH.nounEndings].join('|')})$`);
/** How far back a vessel word still names the ship: "سفينتا الإنزال "نيكوبول" و"ساراتوف"". */
const VESSEL_DISTANCE = 6;

/** Why a name is not a place here; `surname` when it was read after a person's given name or title. */
export interface NotAPlace {
  why: string;
  surname: boolean;
}

/** Why `match` is not a place here, or null when nothing says so. */
export function whyNotAPlace(
  match: NameMatch,
  reading: Reading,
  nisbas: ReadonlyMap<string, string>,
): NotAPlace | null {
  const organisation = organisationName(match, reading) ?? tailOfLongerName(match, reading);
  if (organisation) return { why: organisation, surname: false };
  const person = personName(match, reading, nisbas);
  if (person) return person;
  const why =
    adjective(match, reading) ??
    modifier(match, reading) ??
    shipName(match, reading) ??
    featureName(match, reading);
  return why ? { why, surname: false } : null;
}

/**
 * A town's name the article used earlier as a surname, after a given name or a title ("Gov. Scott Walker
 * … Walker said"; "الرئيس كلينتون … وقال كلينتون"): the bare name is that person again, unless a
 * preposition makes it a place ("in Walker"), here or anywhere in the article (`placed`, namesPlaced).
 * Only names that are towns alone: a country or a curated
 * place ("Jordan", "Georgia") is named often enough in its own right.
 */
export function samePersonAgain(
  match: NameMatch,
  reading: Reading,
  surnames: ReadonlyMap<string, string>,
  placed: ReadonlySet<string> = new Set(),
): string | null {
  const earlier = surnames.get(match.key);
  if (earlier === undefined || !match.records.every((r) => r.entry.kind === 'settlement')) return null;
  if (match.particle !== '' || governed(match, reading) || placed.has(match.key)) return null;
  return `a person's name read earlier in the article ("${earlier}")`;
}

/** Whether a place preposition stands right before `match` ("in Walker", "في حماة"). */
function governed(match: NameMatch, reading: Reading): boolean {
  const prev = wordBefore(reading, match);
  return prev !== null && PLACE_CUES.governors.has(prev.text);
}

/**
 * The names an article writes after a place preposition somewhere ("the election in Sochi"): there the
 * article says the name is a place, so its bare mentions are that place too, whatever a headline's
 * capitals made of one of them (samePersonAgain).
 */
export function namesPlaced(matches: readonly NameMatch[], reading: Reading): Set<string> {
  return new Set(matches.filter((m) => m.particle === '' && governed(m, reading)).map((m) => m.key));
}

/**
 * After a given name or title ("فيليب هاموند"), after a title and a nationality ("الرئيس الروسي
 * فلاديمير"), a given name that is also a town before another word ("فلاديمير بوتين"); in English, a
 * capitalised word that is no place word right before or after ("Analyst Jordan Hayes", "Kerem Aydin"),
 * unless the word after names a government ("the Texas Department of Health"); a capitalised word after
 * the name makes it a given name only when it is one (given-names.json: "Jordan Hayes", not "the Tarrant
 * County Medical Examiner", "Gainesville Environmental Services").
 */
function personName(
  match: NameMatch,
  reading: Reading,
  nisbas: ReadonlyMap<string, string>,
): NotAPlace | null {
  const token = reading.tokens[match.firstToken]!;
  if (PEOPLE.newsmakers.has(token.text))
    return { why: `the name of a person ("${said(reading, token)}")`, surname: false };
  if (match.particle !== '') return null;
  const prev = wordBefore(reading, match);
  const next = wordAfter(reading, match);
  if (prev && PEOPLE.markers.has(prev.text))
    return { why: `read as part of a person's name (after "${said(reading, prev)}")`, surname: true };
  const before = wordBefore(reading, match, 2);
  if (prev && before && nisbas.has(prev.text) && PEOPLE.titles.has(before.text))
    return {
      why: `read as part of a person's name (after "${said(reading, before)} ${said(reading, prev)}")`,
      surname: true,
    };
  if (next && PEOPLE.givenNamesAlsoPlaces.has(match.key))
    return {
      why: `read as part of a person's name (a given name before "${said(reading, next)}")`,
      surname: false,
    };
  if (!LATIN_WORD.test(match.key)) return null;
  const speaker = speakerAtSentenceStart(match, reading, next);
  if (speaker) return { why: speaker, surname: true };
  for (const neighbour of [prev, next]) {
    if (!neighbour || !LATIN_WORD.test(neighbour.text) || ENGLISH.placeNeighbours.has(neighbour.text))
      continue;
    // "the Ohio Supreme Court", "Dublin Mayor Jane Doe": the place whose government acts.
    if (neighbour === next && ENGLISH.governmentWords.has(neighbour.text)) continue;
    if (neighbour === next && !mayBeGivenName(match, reading)) continue;
    const gap =
      neighbour === prev
        ? reading.norm.text.slice(neighbour.end, match.start)
        : reading.norm.text.slice(match.end, neighbour.start);
    if (!/^ +$/.test(gap)) continue; // "In Damascus, Assad said": a comma parts place and person
    const written = originalOf(reading, neighbour.start, neighbour.end);
    const startsSentence = neighbour === prev && atSentenceStart(reading, neighbour.start);
    // "the Syrian port of Tartus": a nationality adjective before a place is no given name.
    const demonym = neighbour === prev && DEMONYM_ENDING.test(written);
    if (/^[A-Z][a-z]/.test(written) && !startsSentence && !demonym && !inTitleCase(reading, match))
      return { why: `read as part of a person's name (beside "${written}")`, surname: neighbour === prev };
  }
  return null;
}

/**
 * Whether a place name may be a person's given name before a capitalised word: a given name that is also
 * a place ("Jordan Hayes", given-names.json), or an abbreviation in capitals, which stays as it was read
 * before ("US Navy" names the force, not the country).
 */
function mayBeGivenName(match: NameMatch, reading: Reading): boolean {
  if (GIVEN_NAMES.has(match.key) || PEOPLE.givenNamesAlsoPlaces.has(match.key)) return true;
  return /^[A-Z.]{2,5}$/.test(originalOf(reading, match.start, match.end));
}

/** Towns this large speak for their government ("Moscow said"); smaller ones rarely speak at all. */
const SPEAKING_TOWN_POPULATION = 100_000;

/**
 * "Kerry said on Monday", "Hamilton told reporters": a name opening a sentence before a verb of saying
 * (english.json's speechVerbs) is a person, named by surname as a story names one the second time,
 * unless it is a country or a large town, which speak for their government ("Moscow said").
 */
function speakerAtSentenceStart(match: NameMatch, reading: Reading, next: Token | null): string | null {
  if (!next || !ENGLISH.speechVerbs.has(next.text) || !atSentenceStart(reading, match.start)) return null;
  if (!/^ +$/.test(reading.norm.text.slice(match.end, next.start))) return null;
  const speaks = (r: NameMatch['records'][number]) =>
    r.entry.kind === 'country' || (r.entry.population ?? 0) >= SPEAKING_TOWN_POPULATION;
  if (match.records.some(speaks)) return null;
  return `read as a person's name (opening a sentence before "${said(reading, next)}")`;
}

/** How many words either side of a name `inTitleCase` reads, within its sentence. */
const TITLE_CASE_REACH = 8;
/** Words this long or longer are capitalised in running text only when they are names. */
const TITLE_CASE_WORD = 4;
/** So many such words, all capitalised, make a headline in title case. */
const TITLE_CASE_WORDS = 3;

/**
 * "Mayor Joins Sochi Race", "Flood Waters Reach Fargo Homes": a headline in title case capitalises every
 * word, so a capitalised neighbour there says nothing of a person's name. True when the name's sentence,
 * within TITLE_CASE_REACH words either side, has TITLE_CASE_WORDS or more other Latin words of
 * TITLE_CASE_WORD letters or more and every one of them is capitalised.
 */
function inTitleCase(reading: Reading, match: NameMatch): boolean {
  const { tokens, norm } = reading;
  let words = 0;
  const capitalisedWord = (k: number): boolean | null => {
    const token = tokens[k]!;
    if (!LATIN_WORD.test(token.text) || token.text.length < TITLE_CASE_WORD) return null;
    return /^[A-Z]/.test(originalOf(reading, token.start, token.end));
  };
  for (const [from, step] of [
    [match.firstToken - 1, -1],
    [match.endToken, 1],
  ] as const) {
    for (let k = from, n = 0; k >= 0 && k < tokens.length && n < TITLE_CASE_REACH; k += step, n++) {
      const [a, b] =
        step < 0 ? [tokens[k]!.end, tokens[k + 1]!.start] : [tokens[k - 1]!.end, tokens[k]!.start];
      if (/[.!?\n]/.test(norm.text.slice(a, b))) break;
      const capital = capitalisedWord(k);
      if (capital === false) return false;
      if (capital) words++;
    }
  }
  return words >= TITLE_CASE_WORDS;
}

/** "Auckland University", "the Washington Post": an English name before a capitalised organisation word. */
function organisationName(match: NameMatch, reading: Reading): string | null {
  if (!LATIN_WORD.test(match.key)) return null;
  const next = wordAfter(reading, match);
  if (!next || !ENGLISH.organisationWords.has(next.text)) return null;
  if (!/^ +$/.test(reading.norm.text.slice(match.end, next.start))) return null;
  const written = originalOf(reading, next.start, next.end);
  if (!/^[A-Z]/.test(written)) return null;
  return `part of the name of an organisation or a newspaper ("${originalOf(reading, match.start, next.end)}")`;
}

/**
 * "Mocimboa da Praia", "Foz do Iguaçu": a town's name after a capitalised word and a particle ends a longer
 * one. A country there is still named ("the Tour de France").
 */
function tailOfLongerName(match: NameMatch, reading: Reading): string | null {
  if (!LATIN_WORD.test(match.key) || match.records.some((r) => r.entry.kind === 'country')) return null;
  const particle = wordBefore(reading, match);
  const head = wordBefore(reading, match, 2);
  if (!particle || !head || !ENGLISH.nameParticles.has(particle.text)) return null;
  if (
    !/^ +$/.test(
      reading.norm.text.slice(head.end, particle.start) + reading.norm.text.slice(particle.end, match.start),
    )
  )
    return null;
  const written = originalOf(reading, head.start, particle.end);
  if (!/^[A-Z]\S* [a-z]+$/.test(written)) return null;
  return `the end of a longer name ("${originalOf(reading, head.start, match.end)}")`;
}

function atSentenceStart(reading: Reading, start: number): boolean {
  const before = reading.norm.text.slice(Math.max(0, start - 3), start);
  return start === 0 || /(^|[.!?\n])\s*$/.test(before);
}

/**
 * "مصادر سورية" (Syrian sources): an indefinite word before an indefinite name that is also a feminine
 * adjective; "الخارجية السعودية" (the Saudi foreign ministry): a definite word before a definite one.
 * A particle or a preposition before the name keeps it a place ("إلى سورية", "والسعودية").
 */
function adjective(match: NameMatch, reading: Reading): string | null {
  if (!NON_PLACES.adjectiveLikeNames.has(match.key) || match.particle !== '') return null;
  const prev = wordBefore(reading, match);
  if (!prev || PLACE_CUES.governors.has(prev.text) || !ARABIC_WORD.test(prev.text)) return null;
  const definiteName = match.key.startsWith('ال');
  if (prev.text.startsWith('ال') !== definiteName) return null;
  return `read as an adjective of nationality (after "${said(reading, prev)}")`;
}

/**
 * "US-led", "U.S.-backed", "Iran-backed", "US troops", "a U.S. destroyer", "the US military's": the name
 * qualifies a noun. An abbreviation ("US", "U.S.", "UK") before a lower-case word is a modifier when that
 * word is one of the nouns it qualifies (english.json), or looks like a noun by its ending ("deployment",
 * "presence", "backing"), or when "a" or "an" stands before the name: "a US" is never the country. A
 * dotted abbreviation's last full stop ends no sentence before a lower-case word.
 */
function modifier(match: NameMatch, reading: Reading): string | null {
  if (!LATIN_WORD.test(match.key)) return null;
  const written = originalOf(reading, match.start, match.end);
  const after = reading.norm.text.slice(match.end, match.end + 3);
  // "Iran-backed", "US-led", "U.S.-led"; but "London-based" places something in London.
  const hyphen = /^\.?-[a-z]/.exec(after);
  if (hyphen && !/^\.?-based/.test(reading.norm.text.slice(match.end, match.end + 8)))
    return `used as a modifier ("${written}-…")`;
  const abbreviation = /^[A-Z.]{2,5}$/.test(written);
  if (!abbreviation) return null;
  const next = wordAfter(reading, match) ?? wordAfterDottedAbbreviation(reading, match, written);
  if (!next || /^\s*[,;:]/.test(reading.norm.text.slice(match.end, next.start))) return null;
  const nextWritten = originalOf(reading, next.start, next.end);
  if (!/^[a-z]/.test(nextWritten) || ENGLISH.functionWords.has(next.text)) return null;
  const article = wordBefore(reading, match);
  if (
    ENGLISH.qualifiedNouns.has(next.text) ||
    NOUN_ENDING.test(next.text) ||
    (article && (article.text === 'a' || article.text === 'an'))
  )
    return `used as a modifier ("${written} ${nextWritten}")`;
  return null;
}

/** The word after "U.S." when the full stop is the abbreviation's and a lower-case word follows. */
function wordAfterDottedAbbreviation(reading: Reading, match: NameMatch, written: string): Token | null {
  const token = reading.tokens[match.endToken];
  if (!written.includes('.') || !token) return null;
  return /^\. +$/.test(reading.norm.text.slice(match.end, token.start)) ? token : null;
}

/**
 * A name right after a vessel word ("the landing ship Saratov"), or inside quotation marks opened after
 * one with no preposition between ("سفينتا الإنزال "نيكوبول" و"ساراتوف"", "حاملة الطائرات "أبراهام
 * لينكولن""), names a ship. A name after the closing mark is a place again ("… و"ساراتوف" مضيق البوسفور").
 */
function shipName(match: NameMatch, reading: Reading): string | null {
  for (let distance = 1; distance <= VESSEL_DISTANCE; distance++) {
    const word = wordBefore(reading, match, distance);
    if (!word || PLACE_CUES.governors.has(word.text) || ENGLISH.functionWords.has(word.text)) return null;
    if (!NON_PLACES.vesselWords.has(word.text)) continue;
    const marks = reading.norm.text.slice(word.end, match.start).match(/["«»“”]/g)?.length ?? 0;
    return distance === 1 || marks % 2 === 1
      ? `read as a ship's name (after "${said(reading, word)}")`
      : null;
  }
  return null;
}

/**
 * "the Taman peninsula", "the Dnipro river": a name that is a town alone, right before a natural feature
 * written in lower case (english.json's featureWords), names the feature, not the town. A country's or a
 * region's name is left alone ("the Jordan river", "the Sinai peninsula"): the gazetteer names those.
 */
function featureName(match: NameMatch, reading: Reading): string | null {
  if (!LATIN_WORD.test(match.key) || !match.records.every((r) => r.entry.kind === 'settlement')) return null;
  const next = wordAfter(reading, match);
  if (!next || !ENGLISH.featureWords.has(next.text)) return null;
  if (!/^\s+$/.test(reading.norm.text.slice(match.end, next.start))) return null;
  const written = originalOf(reading, next.start, next.end);
  if (!/^[a-z]/.test(written)) return null;
  return `names the ${written} of that name, not the town ("${originalOf(reading, match.start, match.end)} ${written}")`;
}
