/**
 * Every word of the interface, in Arabic and English. Article text never passes through here: it is shown
 * exactly as written, in its own language.
 */
import type { Language, PlaceKind, ReviewState } from '../../geo/contract';

export interface UiStrings {
  appTitle: string;
  /** The name of the other language, on the button that switches to it. */
  otherLanguageName: string;
  switchLanguage: string;
  placeCount: (count: string) => string;
  articleCount: (count: string) => string;
  mapLabel: string;
  loading: string;
  datasetUnreachable: string;
  datasetInvalid: string;
  quarantineDetails: string;
  labelsMissing: string;
  closeNotice: string;
  basemapMissing: string;
  legendTitle: string;
  kinds: Record<PlaceKind, string>;
  mentionedIn: string;
  readInContext: string;
  /** In place of a quote while its article's text is on its way. */
  textLoading: string;
  /** In place of a quote whose article's text could not be read, before the reason. */
  textUnreadable: string;
  closeArticle: string;
  articleView: string;
  originalArticle: string;
  outlet: string;
  editorNote: string;
  /** The mark on a quote an editor checked, and its details: who, when, their note. */
  reviewed: Record<ReviewState, string>;
  /** After the editor's name (shown as it was given): when they decided. */
  reviewedOn: (date: string) => string;
  /** The button under a long list that shows more of it, the counts already formatted. */
  moreArticles: (shown: string, total: string) => string;
  morePlaces: (shown: string, total: string) => string;
  /** The list view: its toggle, heading, order and the button that shows a place on the map. */
  listToggle: string;
  listTitle: string;
  listOrder: string;
  orderByKind: string;
  orderByMentions: string;
  showOnMap: string;
  /** Closes a place's evidence (the bottom sheet, or Leaflet's popup). */
  closeEvidence: string;
  /** The link to the editors' desk, on the full page. */
  deskLink: string;
  /** The download dialog: its button, heading, what a file holds, each format, and what failed. */
  download: string;
  downloadTitle: string;
  downloadIntro: string;
  downloadFiltered: string;
  downloadGeoJson: string;
  downloadGeoJsonNote: string;
  downloadCsv: string;
  downloadCsvNote: string;
  downloadAnnotations: string;
  downloadAnnotationsNote: string;
  downloadFailed: string;
  closeDownload: string;
}

export const STRINGS: Record<Language, UiStrings> = {
  ar: {
    appTitle: 'دليل · dalil',
    otherLanguageName: 'English',
    switchLanguage: 'Switch to English',
    placeCount: (count) => `الأماكن: ${count}`,
    articleCount: (count) => `المقالات: ${count}`,
    mapLabel: 'خريطة التحركات العسكرية المذكورة في الأخبار',
    loading: 'جارٍ تحميل البيانات…',
    datasetUnreachable: 'تعذّر تحميل البيانات.',
    datasetInvalid: 'البيانات غير صالحة، لذا لا تُعرض على الخريطة:',
    quarantineDetails: 'التفاصيل',
    labelsMissing: 'تعذّر تحميل أسماء الدول والبحار، فلا تظهر على الخريطة.',
    closeNotice: 'إغلاق التنبيه',
    basemapMissing: 'تعذّر تحميل الخريطة الأساسية؛ تظهر العلامات دونها.',
    legendTitle: 'مفتاح الخريطة',
    kinds: {
      facility: 'منشأة',
      settlement: 'مدينة أو بلدة',
      country: 'دولة',
      water: 'مسطح مائي',
      region: 'منطقة',
    },
    mentionedIn: 'المصادر',
    readInContext: 'اقرأ في السياق',
    textLoading: 'يجري تحميل النص…',
    textUnreadable: 'تعذّرت قراءة نص هذا المقال، فلا يُعرض الاقتباس:',
    closeArticle: 'إغلاق المقال',
    articleView: 'نص المقال',
    originalArticle: 'المقال الأصلي',
    outlet: 'المصدر',
    editorNote: 'ملاحظة المحرر:',
    deskLink: 'مكتب التحرير',
    reviewed: { verified: 'تحقّق منه محرر', corrected: 'صحّحه محرر' },
    reviewedOn: (date) => `، ${date}`,
    moreArticles: (shown, total) => `عرض مزيد من المقالات (${shown} من ${total} معروضة)`,
    morePlaces: (shown, total) => `عرض مزيد من الأماكن (${shown} من ${total} معروضة)`,
    listToggle: 'القائمة',
    listTitle: 'الأماكن واقتباساتها',
    listOrder: 'الترتيب',
    orderByKind: 'حسب النوع',
    orderByMentions: 'حسب عدد الإشارات',
    showOnMap: 'اعرضه على الخريطة',
    closeEvidence: 'إغلاق',
    download: 'تنزيل',
    downloadTitle: 'تنزيل ما تعرضه الخريطة',
    downloadIntro:
      'لكل مكان على الخريطة صفٌّ لكل جملة تذكره: الاقتباس بنصه، والمقال وتاريخه، والادعاء ومصدره، ورابط المقال.',
    downloadFiltered: 'يشمل الملف ما تُبقيه عوامل التصفية فقط.',
    downloadGeoJson: 'GeoJSON',
    downloadGeoJsonNote: 'لبرامج الخرائط ونظم المعلومات الجغرافية',
    downloadCsv: 'CSV',
    downloadCsvNote: 'لجداول البيانات (Excel وغيره)',
    downloadAnnotations: 'تعليقات W3C',
    downloadAnnotationsNote: 'لأدوات التعليق على النصوص (Web Annotations)',
    downloadFailed: 'تعذّر إعداد الملف.',
    closeDownload: 'إغلاق',
  },
  en: {
    appTitle: 'دليل · dalil',
    otherLanguageName: 'العربية',
    switchLanguage: 'التبديل إلى العربية',
    placeCount: (count) => `Places: ${count}`,
    articleCount: (count) => `Articles: ${count}`,
    mapLabel: 'Map of military movements reported in the news',
    loading: 'Loading the data…',
    datasetUnreachable: 'The data could not be loaded.',
    datasetInvalid: 'The data is not valid, so nothing is shown on the map:',
    quarantineDetails: 'Details',
    labelsMissing: 'The names of countries and seas could not be loaded, so the map shows none.',
    closeNotice: 'Close the notice',
    basemapMissing: 'The base map could not be loaded; markers are shown without it.',
    legendTitle: 'Legend',
    kinds: {
      facility: 'Facility',
      settlement: 'City or town',
      country: 'Country',
      water: 'Body of water',
      region: 'Region',
    },
    mentionedIn: 'Sources',
    readInContext: 'Read in context',
    textLoading: 'Loading the text…',
    textUnreadable: "This article's text could not be read, so the quote is not shown:",
    closeArticle: 'Close article',
    articleView: 'Article text',
    originalArticle: 'Original article',
    outlet: 'Outlet',
    editorNote: 'Editor’s note:',
    deskLink: 'Desk',
    reviewed: { verified: 'Checked by an editor', corrected: 'Corrected by an editor' },
    reviewedOn: (date) => `, ${date}`,
    moreArticles: (shown, total) => `Show more articles (${shown} of ${total} shown)`,
    morePlaces: (shown, total) => `Show more places (${shown} of ${total} shown)`,
    listToggle: 'List',
    listTitle: 'Places and their quotes',
    listOrder: 'Order',
    orderByKind: 'By kind',
    orderByMentions: 'By mentions',
    showOnMap: 'Show on map',
    closeEvidence: 'Close',
    download: 'Download',
    downloadTitle: 'Download what the map shows',
    downloadIntro:
      'One row for every sentence that names a place on the map: the quote as written, its article and date, its claim and who makes it, and the link to the article.',
    downloadFiltered: 'The file holds only what the filters leave.',
    downloadGeoJson: 'GeoJSON',
    downloadGeoJsonNote: 'for maps and GIS',
    downloadCsv: 'CSV',
    downloadCsvNote: 'for spreadsheets (Excel and others)',
    downloadAnnotations: 'W3C annotations',
    downloadAnnotationsNote: 'for text annotation tools (Web Annotations)',
    downloadFailed: 'The file could not be made.',
    closeDownload: 'Close',
  },
};
