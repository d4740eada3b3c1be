/**
 * The words of the reader's half: what claims report, who says so and how, and the filters and timeline.
 * Kept beside `strings.ts` rather than inside it, so the claim vocabulary reads as one table.
 */
import type { ActivityKind, Language, Stance } from '../../geo/contract';

export interface ClaimStrings {
  activities: Record<ActivityKind, string>;
  stances: Record<Stance, string>;
  /** Chip labels, read by screen readers before each chip's value. */
  what: string;
  stance: string;
  claimant: string;
  date: string;
  equipment: string;
  movement: string;
  /** What the article says in its own voice, with no one named as saying it. */
  articleVoice: string;
  via: (agency: string) => string;
  published: (date: string) => string;
  /** "Russia → Latakia", in reading order. */
  fromTo: (from: string, to: string) => string;
  claimsOfQuote: string;
  /** The denials and non-comments of an article that bear on a place named elsewhere in it. */
  answeredInArticle: string;
  answers: (claimant: string) => string;
  hiddenByFilters: (count: string) => string;
  filtersToggle: string;
  filtersTitle: string;
  activityLegend: string;
  stanceLegend: string;
  claimantLabel: string;
  everyone: string;
  articleLabel: string;
  allArticles: string;
  timelineTitle: string;
  timelineFrom: string;
  timelineTo: string;
  dayCount: (date: string, count: string) => string;
  reset: string;
  /** The same, away from the filters panel (under a place's evidence). */
  resetFilters: string;
  /** Said over the map when the filters leave nothing on it. */
  nothingMatches: string;
  showActorsAndContext: string;
  /** "Showing 12 of 96 claims · 9 places". */
  showing: (shown: string, total: string, places: string) => string;
  movementsTitle: string;
  /** The legend's entry for the arcs. */
  movementLegend: string;
  noMovements: string;
}

export const CLAIM_STRINGS: Record<Language, ClaimStrings> = {
  ar: {
    activities: {
      air: 'جوي',
      naval: 'بحري',
      ground: 'بري',
      'air-defence': 'دفاع جوي',
      weapons: 'أسلحة وعتاد',
      presence: 'وجود عسكري',
      combat: 'قتال',
      diplomacy: 'دبلوماسية',
    },
    stances: {
      reported: 'تقرير',
      confirmed: 'تأكيد',
      accused: 'اتهام',
      denied: 'نفي',
      planned: 'خطة',
      speculative: 'ترجيح',
      'no-comment': 'دون تعليق',
    },
    what: 'النشاط:',
    stance: 'الموقف:',
    claimant: 'صاحب الادعاء:',
    date: 'التاريخ:',
    equipment: 'العتاد:',
    movement: 'التحرك:',
    articleVoice: 'المقال نفسه',
    via: (agency) => `عبر ${agency}`,
    published: (date) => `نُشر ${date}`,
    fromTo: (from, to) => `${from} ← ${to}`,
    claimsOfQuote: 'ما تنقله هذه الجملة',
    answeredInArticle: 'ردود في المقال نفسه',
    answers: (claimant) => `ردًّا على ${claimant}`,
    hiddenByFilters: (count) => `جمل أخرى تخفيها التصفية: ${count}`,
    filtersToggle: 'التصفية',
    filtersTitle: 'تصفية الادعاءات',
    activityLegend: 'النشاط',
    stanceLegend: 'الموقف',
    claimantLabel: 'صاحب الادعاء',
    everyone: 'الجميع',
    articleLabel: 'المقال',
    allArticles: 'كل المقالات',
    timelineTitle: 'التواريخ',
    timelineFrom: 'من تاريخ',
    timelineTo: 'إلى تاريخ',
    dayCount: (date, count) => `${date}: ${count}`,
    reset: 'إعادة الضبط',
    resetFilters: 'ألغِ التصفية',
    nothingMatches: 'لا يطابق التصفية شيء على الخريطة.',
    showActorsAndContext: 'أظهر الأطراف والسياق على الخريطة',
    showing: (shown, total, places) => `يُعرض ${shown} من ${total} ادعاءً · الأماكن: ${places}`,
    movementsTitle: 'التحركات',
    movementLegend: 'تحرك (اللون: النشاط)',
    noMovements: 'لا تحركات ضمن التصفية.',
  },
  en: {
    activities: {
      air: 'Air',
      naval: 'Naval',
      ground: 'Ground',
      'air-defence': 'Air defence',
      weapons: 'Weapons',
      presence: 'Presence',
      combat: 'Combat',
      diplomacy: 'Diplomacy',
    },
    stances: {
      reported: 'Reported',
      confirmed: 'Confirmed',
      accused: 'Accused',
      denied: 'Denied',
      planned: 'Planned',
      speculative: 'Speculative',
      'no-comment': 'No comment',
    },
    what: 'Activity:',
    stance: 'Stance:',
    claimant: 'Who says so:',
    date: 'Date:',
    equipment: 'Equipment:',
    movement: 'Movement:',
    articleVoice: 'The article itself',
    via: (agency) => `via ${agency}`,
    published: (date) => `published ${date}`,
    fromTo: (from, to) => `${from} → ${to}`,
    claimsOfQuote: 'What this sentence reports',
    answeredInArticle: 'Answers in the same article',
    answers: (claimant) => `in answer to ${claimant}`,
    hiddenByFilters: (count) => `Other sentences hidden by the filters: ${count}`,
    filtersToggle: 'Filters',
    filtersTitle: 'Filter the claims',
    activityLegend: 'Activity',
    stanceLegend: 'Stance',
    claimantLabel: 'Who says so',
    everyone: 'Everyone',
    articleLabel: 'Article',
    allArticles: 'All articles',
    timelineTitle: 'Dates',
    timelineFrom: 'From',
    timelineTo: 'To',
    dayCount: (date, count) => `${date}: ${count}`,
    reset: 'Reset',
    resetFilters: 'Clear the filters',
    nothingMatches: 'Nothing on the map matches these filters.',
    showActorsAndContext: 'Show actors and context on the map',
    showing: (shown, total, places) => `Showing ${shown} of ${total} claims · ${places} places`,
    movementsTitle: 'Movements',
    movementLegend: 'Movement (colour: activity)',
    noMovements: 'No movements within the filters.',
  },
};
