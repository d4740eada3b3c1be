/**
 * "3 quotes from 2 articles", in either language. Arabic counts have six forms (CLDR plural categories:
 * zero, one, two, few for 3–10, many for 11–99, other for 100 and up), and the noun after "من" (from)
 * takes the genitive dual, so each phrase is written out per category rather than built from parts.
 */
import type { Language } from '../../geo/contract';
import { formatCount, INTL_LOCALES } from './locale';

type Category = Intl.LDMLPluralRule;
/** A phrase per CLDR plural category, given the count already formatted. */
export type Forms = Record<Category, (n: string) => string>;

const ARABIC_QUOTES: Forms = {
  zero: () => 'لا اقتباسات',
  one: () => 'اقتباس واحد',
  two: () => 'اقتباسان',
  few: (n) => `${n} اقتباسات`,
  many: (n) => `${n} اقتباسًا`,
  other: (n) => `${n} اقتباس`,
};

const ARABIC_FROM_ARTICLES: Forms = {
  zero: () => 'من دون مقالات',
  one: () => 'من مقال واحد',
  two: () => 'من مقالين',
  few: (n) => `من ${n} مقالات`,
  many: (n) => `من ${n} مقالًا`,
  other: (n) => `من ${n} مقال`,
};

const pluralRules = new Map<Language, Intl.PluralRules>();

/** The CLDR plural category of `count` in `language`. */
export function categoryOf(count: number, language: Language): Category {
  let rules = pluralRules.get(language);
  if (!rules) {
    rules = new Intl.PluralRules(INTL_LOCALES[language]);
    pluralRules.set(language, rules);
  }
  return rules.select(count);
}

/** How much evidence a place has: `quotes` distinct sentences from `articles` articles. */
export function evidenceCount(quotes: number, articles: number, language: Language): string {
  if (language === 'ar') {
    const q = ARABIC_QUOTES[categoryOf(quotes, 'ar')](formatCount(quotes, 'ar'));
    const a = ARABIC_FROM_ARTICLES[categoryOf(articles, 'ar')](formatCount(articles, 'ar'));
    return `${q} ${a}`;
  }
  const q = `${formatCount(quotes, 'en')} ${quotes === 1 ? 'quote' : 'quotes'}`;
  const a = `${formatCount(articles, 'en')} ${articles === 1 ? 'article' : 'articles'}`;
  return `${q} from ${a}`;
}

const ARABIC_SET_ASIDE: Forms = {
  zero: () => 'لم يُنحَّ أي مقال.',
  one: () => 'نُحّي مقال واحد لأن اقتباساته لا تطابق نصّه، ويُعرض الباقي.',
  two: () => 'نُحّي مقالان لأن اقتباساتهما لا تطابق نصّيهما، ويُعرض الباقي.',
  few: (n) => `نُحّيت ${n} مقالات لأن اقتباساتها لا تطابق نصوصها، ويُعرض الباقي.`,
  many: (n) => `نُحّي ${n} مقالًا لأن اقتباساتها لا تطابق نصوصها، ويُعرض الباقي.`,
  other: (n) => `نُحّي ${n} مقال لأن اقتباساتها لا تطابق نصوصها، ويُعرض الباقي.`,
};

/** The notice for articles set aside because their quotes do not match their text. */
export function setAsideNotice(count: number, language: Language): string {
  if (language === 'ar') return ARABIC_SET_ASIDE[categoryOf(count, 'ar')](formatCount(count, 'ar'));
  return count === 1
    ? 'One article was set aside: its quotes do not match its text. The rest is shown.'
    : `${formatCount(count, 'en')} articles were set aside: their quotes do not match their text. The rest is shown.`;
}
