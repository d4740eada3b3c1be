/**
 * Words that set a claim's stance, and how far each reaches (see ../stance.ts):
 * - `governs`: it governs what follows it ("نفت روسيا تعزيز…", "يرجح نيتها لبناء…"), so it counts only
 *   before the clause's first activity word;
 * - `predicate`: it says something of the subject before it ("الأسلحة في طريقها", "talks may be needed"),
 *   so it also counts just after the first activity word;
 * - `verdict`: it judges the whole clause ("… ليس صحيحا", "declined to comment"), wherever it stands.
 * Written bare, like every lexicon here (see ../phrases.ts).
 */
import type { Stance } from '../../contract';

export type CueScope = 'governs' | 'predicate' | 'verdict';

export interface StanceCue {
  stance: Stance;
  scope: CueScope;
}

type Cues = readonly (readonly [string, StanceCue])[];

const cues = (stance: Stance, scope: CueScope, words: string[]) =>
  words.map((w) => [w, { stance, scope }] as const);

export const STANCE_CUES: Cues = [
  ...cues('denied', 'governs', ['نفى', 'نفت', 'ينفي', 'تنفي', 'نفوا', 'نفي', 'نافيا', 'نافية']),
  ...cues('denied', 'governs', ['استبعد', 'استبعدت', 'يستبعد', 'تستبعد', 'مستبعدا', 'مستبعدة']),
  ...cues('denied', 'governs', [
    'deny',
    'denies',
    'denied',
    'denying',
    'dismissed',
    'ruled out',
    'rules out',
  ]),
  ...cues('denied', 'verdict', ['ليس صحيحا', 'غير صحيح', 'عار عن الصحة', 'لا أساس له', 'لا أساس لها']),
  ...cues('denied', 'verdict', ['not true', 'untrue', 'baseless', 'false reports', 'no truth']),
  ...cues('no-comment', 'verdict', ['لم تعلق', 'لم يعلق', 'لم يعلقوا', 'رفض التعليق', 'رفضت التعليق']),
  ...cues('no-comment', 'verdict', ['امتنع عن التعليق', 'امتنعت عن التعليق', 'لم يدل', 'لم تدل', 'لم ترد']),
  ...cues('no-comment', 'verdict', ['declined to comment', 'did not comment', 'no comment', 'not comment']),
  ...cues('no-comment', 'verdict', ['did not respond', 'has not commented', 'have not commented']),
  ...cues('speculative', 'governs', ['يرجح', 'ترجح', 'رجح', 'مرجح', 'يعتقد', 'تعتقد', 'يعتقدون', 'اعتقاد']),
  ...cues('speculative', 'governs', ['اعتقادهم', 'المعتقد', 'اعتبر', 'اعتبرت', 'اعتبروا', 'معتبرا', 'خشية']),
  ...cues('speculative', 'governs', ['خشيتهم', 'يخشى', 'تخشى', 'يخشون', 'احتمال', 'احتمالات', 'مؤشرات']),
  ...cues('speculative', 'governs', ['يتوقع', 'توقع', 'يبدو', 'على ما يبدو', 'يشتبه', 'تقديرات']),
  ...cues('speculative', 'governs', ['likely', 'believed', 'believe', 'believes', 'suspected', 'suspect']),
  ...cues('speculative', 'governs', ['suspects', 'fear', 'fears', 'feared', 'indications', 'possibility']),
  ...cues('speculative', 'governs', ['apparently', 'appears', 'appeared', 'seems', 'assessed', 'estimate']),
  ...cues('speculative', 'predicate', ['ربما', 'may', 'might', 'could', 'possibly', 'perhaps', 'probably']),
  ...cues('planned', 'governs', ['تنوي', 'ينوي', 'نية', 'نيتها', 'نيته', 'تعتزم', 'يعتزم', 'خطط', 'خطة']),
  ...cues('planned', 'governs', ['تخطط', 'يخطط', 'تعهد', 'تعهدت', 'مستعد', 'مستعدة', 'مستعدين', 'مستعدون']),
  ...cues('planned', 'governs', ['أجاز', 'أجازت', 'وافق على', 'بصدد', 'من المقرر', 'من المنتظر']),
  ...cues('planned', 'governs', [
    'plans',
    'planned',
    'planning',
    'intends',
    'intend',
    'intention',
    'pledged',
  ]),
  ...cues('planned', 'governs', [
    'vowed',
    'ready to',
    'prepared to',
    'open to',
    'authorised',
    'authorized',
    'approved',
  ]),
  ...cues('planned', 'governs', ['scheduled', 'set to', 'due to', 'going to', 'ordered', 'order to']),
  ...cues('planned', 'predicate', ['سوف', 'will', 'would', "won't"]),
  ...cues('planned', 'predicate', ['في طريق', 'في طريقها', 'في طريقه', 'الجاري', 'لم تصل', 'لم تصلها']),
  ...cues('planned', 'predicate', [
    'لم يصل',
    'on the way',
    'on its way',
    'on their way',
    'en route',
    'bound for',
  ]),
  ...cues('planned', 'predicate', ['being sent', 'not yet arrived', 'yet to arrive']),
  ...cues('confirmed', 'governs', ['أكد', 'أكدت', 'يؤكد', 'تؤكد', 'أكدوا', 'تأكيد', 'تأكيدات', 'مؤكدا']),
  ...cues('confirmed', 'governs', ['مؤكدة', 'أقر', 'أقرت', 'يقر', 'اعترف', 'اعترفت', 'يعترف', 'من المؤكد']),
  ...cues('confirmed', 'governs', [
    'confirmed',
    'confirms',
    'confirm',
    'acknowledged',
    'admitted',
    'verified',
  ]),
];

/**
 * Future verbs of continuing or staying ("سنواصل", "will continue"): the activity goes on now, so they do
 * not make it planned.
 */
export const CONTINUATION_STEMS: readonly string[] = ['واصل', 'ستمر', 'ظل', 'بقي'];

/** English words after "will" that make it continuing, not planned ("will continue to supply"). */
export const CONTINUATION_WORDS: readonly string[] = ['continue', 'keep', 'remain', 'stay', 'go on'];

/** Words after "سـ" that are not future verbs (nouns and names that happen to begin with سي، ست، سن). */
export const NOT_FUTURE_VERBS: ReadonlySet<string> = new Set([
  'سياسي',
  'سياسيه',
  'سياسه',
  'سياسات',
  'سيارات',
  'سياره',
  'سيطره',
  'سيده',
  'سيدات',
  'سته',
  'ستين',
  'سنه',
  'سنوات',
  'سنتين',
  'سنوي',
  'سنويا',
  'سيناء',
  'سيرغي',
  'سيرجي',
  'سيناتور',
  'سيادة',
  'سياده',
  'سيناريو',
  'سياق',
  'سياحه',
  'سيول',
  'ستالين',
  'سيبيريا',
  'سنغافوره',
]);
