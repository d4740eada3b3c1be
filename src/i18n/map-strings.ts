/**
 * The map's own words, in Arabic and English: clusters of places, what each marker's role means, and the
 * places outside the view. Place names come from the data and are passed in, never translated here.
 */
import type { Language } from '../../geo/contract';
import { categoryOf, type Forms } from './evidence-count';
import { formatCount } from './locale';

export interface MapStrings {
  /** A cluster's accessible name: how many places, the first of their names, and what a click does. */
  cluster: (count: number, names: readonly string[]) => string;
  /** A cluster whose places share one point: it opens as a list. */
  clusterList: (count: number) => string;
  /** The legend's roles: what a marker's fill says a place is to the reports. */
  roles: { site: string; venue: string; actor: string };
  /** The places the filters leave that the view does not show, listed one click away. */
  outsideTitle: (count: number) => string;
  /** A cluster in the legend. */
  clusterLegend: string;
}

/** How many names a cluster's accessible name lists before "and N more". */
const NAMED_IN_CLUSTER = 3;

const ARABIC_PLACES: Forms = {
  zero: () => 'لا أماكن',
  one: () => 'مكان واحد',
  two: () => 'مكانان',
  few: (n) => `${n} أماكن`,
  many: (n) => `${n} مكانًا`,
  other: (n) => `${n} مكان`,
};

const ARABIC_MORE: Forms = {
  zero: () => '',
  one: () => 'ومكان آخر',
  two: () => 'ومكانان آخران',
  few: (n) => `و${n} أماكن أخرى`,
  many: (n) => `و${n} مكانًا آخر`,
  other: (n) => `و${n} مكان آخر`,
};

function arabicPlaces(count: number): string {
  return ARABIC_PLACES[categoryOf(count, 'ar')](formatCount(count, 'ar'));
}

function englishPlaces(count: number): string {
  return `${formatCount(count, 'en')} ${count === 1 ? 'place' : 'places'}`;
}

/** The first names and, when there are more, how many more. */
function namesOf(count: number, names: readonly string[], language: Language): string {
  const shown = names.slice(0, NAMED_IN_CLUSTER);
  const rest = count - shown.length;
  if (language === 'ar') {
    const more = rest > 0 ? ` ${ARABIC_MORE[categoryOf(rest, 'ar')](formatCount(rest, 'ar'))}` : '';
    return `${shown.join('، ')}${more}`;
  }
  const more = rest > 0 ? ` and ${formatCount(rest, 'en')} more` : '';
  return `${shown.join(', ')}${more}`;
}

export const MAP_STRINGS: Record<Language, MapStrings> = {
  ar: {
    // The count in digits, as the marker shows it, so its visible text is part of its name (and not in
    // parentheses, which name checks such as axe's leave out).
    cluster: (count, names) =>
      `عدد الأماكن ${formatCount(count, 'ar')}: ${namesOf(count, names, 'ar')}. كبّر لتفصلها`,
    clusterList: (count) => `${arabicPlaces(count)} في الموضع نفسه`,
    roles: {
      site: 'موقع نشاط عسكري',
      venue: 'مكان تصريح أو لقاء',
      actor: 'طرف فاعل',
    },
    outsideTitle: (count) => `خارج الإطار: ${arabicPlaces(count)}`,
    clusterLegend: 'أماكن متقاربة',
  },
  en: {
    cluster: (count, names) =>
      `${englishPlaces(count)}: ${namesOf(count, names, 'en')}. Zoom in to part them`,
    clusterList: (count) => `${englishPlaces(count)} at the same point`,
    roles: {
      site: 'Military site',
      venue: 'Venue of a statement or talks',
      actor: 'Actor',
    },
    outsideTitle: (count) => `Outside the view: ${englishPlaces(count)}`,
    clusterLegend: 'Places close together',
  },
};
