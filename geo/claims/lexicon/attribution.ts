/**
 * Words that attribute what follows to someone, and how the source stands to them:
 * - `verb`: the source is its subject, after it ("قال مسؤولون…", "said officials") or before it
 *   ("بوتين يدعو", "officials said"); with no source named, it is the speaker named before ("وأضاف");
 * - `noun`: the source follows it ("اتهامات الولايات المتحدة", "تأكيدات مسؤولين غربيين");
 * - `according`: the source follows it ("حسب…", "according to…", "صادرة عن…");
 * - `relayed`: a report relays a source after "عن" ("نقل عن سميرنوف قوله", "quoted … as saying").
 * The stance these words carry is in stance-cues.ts.
 */
export type FrameKind = 'verb' | 'noun' | 'according' | 'relayed';

type Terms = readonly (readonly [string, FrameKind])[];

const verbs = (words: string[]) => words.map((w) => [w, 'verb'] as const);

export const ATTRIBUTION_TERMS: Terms = [
  ...verbs(['قال', 'قالت', 'قالوا', 'قالا', 'يقول', 'تقول', 'يقولون', 'ذكر', 'ذكرت', 'ذكروا', 'يذكر']),
  ...verbs(['أفاد', 'أفادت', 'أضاف', 'أضافت', 'يضيف', 'تابع', 'تابعت', 'أوضح', 'أوضحت', 'أوضحوا']),
  ...verbs(['أعلن', 'أعلنت', 'يعلن', 'تعلن', 'صرح', 'صرحت', 'أشار', 'أشارت', 'لفت', 'لفتت', 'شدد']),
  ...verbs(['شددت', 'كرر', 'كررت', 'جدد', 'جددت', 'اتهم', 'اتهمت', 'يتهم', 'تتهم', 'اتهموا', 'كشف']),
  ...verbs(['كشفت', 'أبلغ', 'أبلغت', 'أعرب', 'أعربت', 'يعرب', 'تعرب', 'وصف', 'وصفت', 'دعا', 'دعت']),
  ...verbs(['يدعو', 'تدعو', 'حث', 'حثت', 'حذر', 'حذرت', 'يحذر', 'تحذر', 'طالب', 'طالبت', 'رحب']),
  ...verbs(['رحبت', 'أثار', 'أثارت', 'زعم', 'زعمت', 'اعتبر', 'اعتبرت', 'اعتبروا', 'يعتقد', 'تعتقد']),
  ...verbs(['رجح', 'يرجح', 'ترجح', 'يرى', 'ترى', 'أكد', 'أكدت', 'يؤكد', 'تؤكد', 'أكدوا', 'أقر']),
  ...verbs(['أقرت', 'اعترف', 'اعترفت', 'يعترف', 'نفى', 'نفت', 'ينفي', 'تنفي', 'نفوا', 'استبعد']),
  ...verbs(['استبعدت', 'نشرت', 'نشرتها', 'نقلت', 'نقل', 'تعهد', 'تعهدت', 'علق', 'علقت', 'تعلق', 'يعلق']),
  ...verbs(['تكشف', 'يكشف', 'يدل', 'تدل']),
  ...verbs(['said', 'says', 'say', 'told', 'tells', 'stated', 'added', 'announced', 'claimed', 'claims']),
  ...verbs(['accused', 'accuses', 'warned', 'warns', 'urged', 'confirmed', 'confirms', 'acknowledged']),
  ...verbs(['admitted', 'denied', 'denies', 'dismissed', 'believe', 'believes', 'estimated', 'reported']),
  ...verbs(['reports', 'insisted', 'noted', 'wrote', 'assessed', 'pledged', 'vowed', 'promised', 'comment']),
  ...verbs([
    'commented',
    'declined',
    'welcomed',
    'welcomes',
    'criticised',
    'criticized',
    'threatened',
    'called',
  ]),
  ...['اتهامات', 'اتهام', 'تصريحات', 'تصريح', 'بيان', 'تأكيدات', 'تقديرات'].map((w) => [w, 'noun'] as const),
  ...['statement', 'accusations', 'allegations', 'assessment'].map((w) => [w, 'noun'] as const),
  ...['حسب', 'بحسب', 'حسبما', 'وفق', 'وفقا', 'نقلا عن', 'صادرة عن', 'الصادرة عن'].map(
    (w) => [w, 'according'] as const,
  ),
  ...['according to', 'citing', 'released by', 'issued by'].map((w) => [w, 'according'] as const),
  ...['نقل عن', 'نقلت عن', 'quoted', 'quoting'].map((w) => [w, 'relayed'] as const),
];

/**
 * Words after which an attribution noun is the topic, not a source ("وتأتي تصريحات بوتين بعد…", the
 * statement comes after…): its genitive is not the claimant of the clause.
 */
export const TOPIC_VERBS: readonly string[] = ['يأتي', 'تأتي', 'جاء', 'جاءت', 'comes', 'came'];

/** Words that end the span naming a source after its verb: complementisers and prepositions. */
export const SOURCE_STOPS: readonly string[] = [
  'إن',
  'أن',
  'إنه',
  'إنها',
  'أنه',
  'أنها',
  'أنهم',
  'بأن',
  'بأنه',
  'بأنها',
  'على',
  'عن',
  'إلى',
  'من',
  'خلال',
  'بعد',
  'قبل',
  'أمس',
  'اليوم',
  'غدا',
  'للصحافيين',
  'للصحفيين',
  'في',
  'that',
  'on',
  'in',
  'at',
  'to',
  'after',
  'during',
  'yesterday',
  'today',
  'while',
  'as',
];
