/**
 * The words of the embed, the first view, and the share and embed dialogs, in Arabic and English. Kept
 * apart from i18n/strings.ts because the build writes them into the prerendered page as well.
 */
import type { Language } from '../../geo/contract';

export interface EmbedStrings {
  /** The accessible name of the prerendered map picture. */
  staticMapLabel: string;
  /** The button that turns the picture into the interactive map. */
  exploreMap: string;
  loadingMap: string;
  appUnreachable: string;
  openFullMap: string;
  /** Said when a one-finger swipe scrolls the page instead of the map. */
  twoFingerHint: string;
  /** Said when the mouse wheel scrolls the page instead of zooming. */
  clickToZoomHint: string;
  share: string;
  linkCopied: string;
  copyFailed: string;
  embed: string;
  embedDialogTitle: string;
  embedIntro: string;
  embedHeight: string;
  embedTitleField: string;
  embedCode: string;
  copyCode: string;
  codeCopied: string;
  close: string;
  embedNote: string;
  defaultEmbedTitle: string;
}

export const EMBED_STRINGS: Record<Language, EmbedStrings> = {
  ar: {
    staticMapLabel: 'خريطة الأماكن المذكورة في الأخبار (صورة ثابتة)',
    exploreMap: 'استكشف الخريطة',
    loadingMap: 'جارٍ تحميل الخريطة…',
    appUnreachable: 'تعذّر تحميل الخريطة التفاعلية.',
    openFullMap: 'افتح الخريطة كاملة',
    twoFingerHint: 'حرّك الخريطة بإصبعين، أو المسها لتفعيلها',
    clickToZoomHint: 'انقر الخريطة ثم استخدم العجلة للتكبير',
    share: 'مشاركة',
    linkCopied: 'نُسخ الرابط',
    copyFailed: 'تعذّر النسخ؛ انسخ الرابط يدويًا:',
    embed: 'تضمين',
    embedDialogTitle: 'تضمين الخريطة في صفحة',
    embedIntro: 'الصق هذه الشيفرة في صفحتك. تعرض الخريطة كما تراها الآن.',
    embedHeight: 'الارتفاع (بكسل)',
    embedTitleField: 'عنوان الإطار (لقارئات الشاشة)',
    embedCode: 'شيفرة التضمين',
    copyCode: 'نسخ الشيفرة',
    codeCopied: 'نُسخت الشيفرة',
    close: 'إغلاق',
    embedNote:
      'لا تُحمِّل الخريطة شيئًا من خارج موقعها، ولا تستخدم التخزين. يضبط السطر البرمجي المرفق ارتفاع الإطار.',
    defaultEmbedTitle: 'دليل: خريطة التحركات العسكرية المذكورة في الأخبار',
  },
  en: {
    staticMapLabel: 'Map of the places reported in the news (still picture)',
    exploreMap: 'Explore the map',
    loadingMap: 'Loading the map…',
    appUnreachable: 'The interactive map could not be loaded.',
    openFullMap: 'Open the full map',
    twoFingerHint: 'Use two fingers to move the map, or tap it first',
    clickToZoomHint: 'Click the map, then scroll to zoom',
    share: 'Share',
    linkCopied: 'Link copied',
    copyFailed: 'Could not copy; copy the link by hand:',
    embed: 'Embed',
    embedDialogTitle: 'Embed this map in a page',
    embedIntro: 'Paste this code into your page. It shows the map as you see it now.',
    embedHeight: 'Height (pixels)',
    embedTitleField: 'Frame title (for screen readers)',
    embedCode: 'Embed code',
    copyCode: 'Copy code',
    codeCopied: 'Code copied',
    close: 'Close',
    embedNote:
      'The map loads nothing from outside its own site and uses no storage. The small script included sets the frame’s height.',
    defaultEmbedTitle: 'dalil: map of military movements reported in the news',
  },
};
