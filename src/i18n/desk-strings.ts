/** Every word of the desk's interface, in Arabic and English. Article text never passes through here. */
import { articleSizeProblem, LIMITS, megabytes, type Language, type PlaceKind } from '../../geo/contract';
import type { NotAPlace } from '../../geo/corrections/schema';

export interface DeskStrings {
  title: string;
  editorName: string;
  undo: string;
  redo: string;
  downloadProject: string;
  openProject: string;
  downloadData: string;
  toMap: string;
  otherLanguage: string;
  otherLanguageName: string;
  save: Record<'loading' | 'saved' | 'saving' | 'unavailable' | 'full', string>;
  reading: (done: number, total: number) => string;
  readingFailed: (message: string) => string;
  dismiss: string;
  articles: string;
  noArticles: string;
  startFromSite: string;
  siteDataOpened: (articles: number) => string;
  siteDataProblem: (detail: string) => string;
  addArticle: string;
  fields: Record<'text' | 'title' | 'published' | 'language' | 'outlet' | 'url', string>;
  languages: Record<Language, string>;
  problems: Record<
    'required' | 'not-a-day' | 'not-a-web-link' | 'too-long' | 'too-large' | 'invalid',
    string
  >;
  /** An article of `bytes` UTF-8 bytes, more than `LIMITS.articleBytes`: its size, the limit, how to split it. */
  articleTooLarge: (bytes: number) => string;
  add: string;
  addFiles: string;
  dropHint: string;
  fileProblem: Record<'empty' | 'binary' | 'unknown-encoding' | 'too-large' | 'no-text', string>;
  fileRead: (name: string, encoding: string) => string;
  sameArticle: (name: string) => string;
  removeArticle: (title: string) => string;
  placeCount: (places: number, unresolved: number) => string;
  articleText: string;
  chooseArticle: string;
  noPlaceFound: string;
  mentionState: Record<'automatic' | 'verified' | 'corrected' | 'unresolved', string>;
  words: string;
  placeHere: string;
  why: string;
  confidence: (percent: number) => string;
  verify: string;
  reject: string;
  rejectWhy: string;
  notAPlace: Record<NotAPlace, string>;
  candidates: string;
  noCandidates: string;
  choose: (name: string) => string;
  search: string;
  searchPlaceholder: string;
  placeByHand: string;
  nameAr: string;
  nameEn: string;
  kind: string;
  kinds: Record<PlaceKind, string>;
  latitude: string;
  longitude: string;
  mapClickHint: string;
  placeIt: string;
  selectionHint: string;
  markSelection: string;
  findWords: string;
  findInText: string;
  wordsNotInText: string;
  wordsFoundTimes: (count: number) => string;
  stale: (count: number) => string;
  projectOpened: (name: string) => string;
  dataInvalid: string;
  nothingToExport: string;
  map: string;
  claims: string;
  noClaims: string;
  claimStance: string;
  deleteClaim: string;
  claimCorrected: string;
  claimMore: string;
  claimActivities: string;
  claimant: string;
  claimantNone: string;
  claimantWords: string;
  setClaimant: string;
  clearClaimant: string;
  claimantNotInSentence: string;
  claimFrom: string;
  claimTo: string;
  noPlace: string;
  eventDate: string;
  addClaim: string;
  publish: PublishStrings;
}

/** The preview and publish dialog's words. */
export interface PublishStrings {
  open: string;
  title: string;
  evidence: string;
  all: (places: number, claims: number) => string;
  verified: (places: number, claims: number) => string;
  nothingVerified: string;
  previewAs: string;
  page: string;
  embed: string;
  phone: string;
  frame: string;
  publishing: string;
  downloadSite: string;
  packaging: string;
  siteReady: (name: string, size: string) => string;
  siteProblem: Record<'no-kit' | 'bad-kit' | 'missing-file', (detail: string) => string>;
  embedCode: string;
  hostAddress: string;
  hostHint: string;
  height: string;
  iframeTitle: string;
  copy: string;
  copied: string;
  copyFailed: string;
  close: string;
}

/** "1 place", "3 places". */
const count = (n: number, noun: string) => `${n} ${noun}${n === 1 ? '' : 's'}`;

export const DESK_STRINGS: Record<Language, DeskStrings> = {
  ar: {
    title: 'دليل · مكتب التحرير',
    editorName: 'اسمك (يوقّع قراراتك)',
    undo: 'تراجع',
    redo: 'إعادة',
    downloadProject: 'تنزيل المشروع',
    openProject: 'فتح مشروع',
    downloadData: 'تنزيل بيانات الخريطة',
    toMap: 'الخريطة',
    otherLanguage: 'Switch to English',
    otherLanguageName: 'English',
    save: {
      loading: 'جارٍ فتح العمل المحفوظ…',
      saved: 'محفوظ في هذا المتصفح',
      saving: 'جارٍ الحفظ…',
      unavailable: 'لا يسمح هذا المتصفح بالحفظ (تصفح خاص؟): نزّل المشروع كي لا يضيع عملك.',
      full: 'مساحة التخزين في المتصفح ممتلئة: نزّل المشروع كي لا يضيع عملك.',
    },
    reading: (done, total) => `جارٍ قراءة المقالات: ${done} من ${total}`,
    readingFailed: (message) => `تعذّرت القراءة: ${message}`,
    dismiss: 'إغلاق',
    articles: 'المقالات',
    noArticles: 'لا مقالات بعد: الصق نص مقال أو أضف ملفات.',
    startFromSite: 'ابدأ من الخريطة التي ينشرها الموقع',
    siteDataOpened: (articles) => `فُتحت خريطة الموقع: ${articles} مقالاً وقرارات محرريها.`,
    siteDataProblem: (detail) => `تعذّر فتح خريطة الموقع، فلم يتغير شيء: ${detail}`,
    addArticle: 'إضافة مقال',
    fields: {
      text: 'نص المقال',
      title: 'العنوان',
      published: 'تاريخ النشر',
      language: 'اللغة',
      outlet: 'الوسيلة',
      url: 'الرابط',
    },
    languages: { ar: 'العربية', en: 'الإنجليزية' },
    problems: {
      required: 'مطلوب',
      'not-a-day': 'ليس يوماً في التقويم',
      'not-a-web-link': 'يجب أن يكون رابط http أو https',
      'too-long': 'أطول من الحد المسموح',
      'too-large': `أكبر من ${megabytes(LIMITS.articleBytes)}، الحد المسموح للمقال: قسّمه إلى مقالات`,
      invalid: 'قيمة غير صالحة',
    },
    articleTooLarge: (bytes) =>
      `${megabytes(bytes)} (${bytes} بايت)، أكبر من ${megabytes(LIMITS.articleBytes)} (${LIMITS.articleBytes} بايت) المسموح بها للمقال الواحد: قسّمه إلى مقالات لا يزيد كل منها على ${megabytes(LIMITS.articleBytes)}`,
    add: 'أضف المقال',
    addFiles: 'إضافة ملفات (‎.txt، ‎.md، ‎.html)',
    dropHint: 'أو أفلت الملفات هنا',
    fileProblem: {
      empty: 'الملف فارغ',
      binary: 'ليس ملفاً نصياً',
      'unknown-encoding': 'ترميز غير معروف: احفظه بترميز UTF-8',
      'too-large': 'أكبر بكثير من أي مقال',
      'no-text': 'لا نص فيه',
    },
    fileRead: (name, encoding) => `${name}: قُرئ بترميز ${encoding}`,
    sameArticle: (name) => `${name}: هذا المقال موجود في المشروع`,
    removeArticle: (title) => `حذف المقال: ${title}`,
    placeCount: (places, unresolved) => `${places} مكاناً، ${unresolved} دون تحديد`,
    articleText: 'نص المقال وأماكنه',
    chooseArticle: 'اختر مقالاً من القائمة.',
    noPlaceFound: 'لم يُعثر على أي مكان في هذا المقال.',
    mentionState: {
      automatic: 'قراءة آلية',
      verified: 'تحقّق منه محرر',
      corrected: 'صحّحه محرر',
      unresolved: 'لم يُحدَّد',
    },
    words: 'الكلمات',
    placeHere: 'المكان',
    why: 'السبب',
    confidence: (percent) => `الثقة ${percent}٪`,
    verify: 'تأكيد المكان',
    reject: 'ليس مكاناً هنا',
    rejectWhy: 'ما هو؟',
    notAPlace: {
      person: 'شخص',
      organisation: 'منظمة',
      ship: 'سفينة',
      'common-word': 'كلمة عادية',
      other: 'شيء آخر',
    },
    candidates: 'أماكن يحتملها الاسم',
    noCandidates: 'لا مكان في المعجم بهذا الاسم.',
    choose: (name) => `اختيار ${name}`,
    search: 'البحث في المعجم الجغرافي',
    searchPlaceholder: 'اسم بالعربية أو الإنجليزية',
    placeByHand: 'تحديد المكان يدوياً',
    nameAr: 'الاسم بالعربية',
    nameEn: 'الاسم بالإنجليزية',
    kind: 'النوع',
    kinds: {
      facility: 'منشأة',
      settlement: 'مدينة أو بلدة',
      water: 'مسطح مائي',
      region: 'منطقة',
      country: 'دولة',
    },
    latitude: 'خط العرض',
    longitude: 'خط الطول',
    mapClickHint: 'أو انقر على الخريطة.',
    placeIt: 'ضع المكان',
    selectionHint: 'لإضافة مكان فات القراءة، حدّد كلماته في النص.',
    markSelection: 'هذه الكلمات مكان',
    findWords: 'أو اكتب كلمات المكان كما وردت في النص',
    findInText: 'ابحث في النص',
    wordsNotInText: 'هذه الكلمات ليست في النص.',
    wordsFoundTimes: (count) => `وردت ${count} مرات: اختر موضعها.`,
    stale: (count) => `${count} من القرارات لم تعد تطابق كلماتها فلم تُطبَّق.`,
    projectOpened: (name) => `فُتح المشروع ${name}`,
    dataInvalid: 'البيانات لا تطابق العقد، فلم تُنزَّل:',
    nothingToExport: 'لا مقالات لتنزيلها.',
    map: 'خريطة أماكن المقال',
    claims: 'ما يرويه المقال',
    noClaims: 'لم تُقرأ في المقال أي رواية لتحرك أو حدث.',
    claimStance: 'الموقف',
    deleteClaim: 'ليست رواية: احذفها',
    claimCorrected: 'صحّحه محرر',
    claimMore: 'الأنشطة، ومن يروي، ومن أين وإلى أين، والتاريخ',
    claimActivities: 'الأنشطة',
    claimant: 'من يروي',
    claimantNone: 'لا أحد مسمّى',
    claimantWords: 'كلماته كما وردت في الجملة',
    setClaimant: 'تعيين الراوي',
    clearClaimant: 'لا راوي مسمّى',
    claimantNotInSentence: 'هذه الكلمات ليست في جملة الرواية.',
    claimFrom: 'من',
    claimTo: 'إلى',
    noPlace: '—',
    eventDate: 'تاريخ الحدث',
    addClaim: 'هذه الكلمات رواية',
    publish: {
      open: 'معاينة ونشر',
      title: 'معاينة الخريطة ونشرها',
      evidence: 'الأدلة المنشورة',
      all: (places, claims) => `كل الأدلة: ${places} مكاناً، ${claims} رواية`,
      verified: (places, claims) => `ما تحقّق منه محرر فقط: ${places} مكاناً، ${claims} رواية`,
      nothingVerified: 'لم يُتحقَّق بعد من أي دليل: أكّد الأماكن والروايات، أو انشر كل الأدلة.',
      previewAs: 'المعاينة',
      page: 'صفحة الخريطة كاملة',
      embed: 'مضمّنة في مقال',
      phone: 'بعرض هاتف (375 بكسل)',
      frame: 'معاينة الخريطة كما سيراها القراء',
      publishing: 'النشر',
      downloadSite: 'تنزيل الموقع (‎.zip)',
      packaging: 'جارٍ تجهيز الموقع…',
      siteReady: (name, size) => `${name} جاهز (${size}). فكّه على أي خادم ملفات ثابتة.`,
      siteProblem: {
        'no-kit': () =>
          'لم يُفتح المكتب من موقع مبني، فلا يمكنه تجهيز موقع. ابنِ الموقع (npm run build) وافتح المكتب منه.',
        'bad-kit': (detail) => `${detail} تالف: أعد بناء الموقع. لم يُنزَّل شيء.`,
        'missing-file': (detail) => `تعذّرت قراءة ${detail} من الموقع، فلم يُنزَّل شيء.`,
      },
      embedCode: 'شيفرة التضمين',
      hostAddress: 'عنوان الموقع حيث سيُنشر',
      hostHint: 'الشيفرة تشير إلى هذا العنوان: ضع فيه الموقع المنزَّل.',
      height: 'الارتفاع (بكسل)',
      iframeTitle: 'خريطة دليل',
      copy: 'نسخ الشيفرة',
      copied: 'نُسخت الشيفرة.',
      copyFailed: 'تعذّر النسخ: حدّد الشيفرة وانسخها يدوياً.',
      close: 'إغلاق',
    },
  },
  en: {
    title: 'dalil · desk',
    editorName: 'Your name (signs your decisions)',
    undo: 'Undo',
    redo: 'Redo',
    downloadProject: 'Download project',
    openProject: 'Open project',
    downloadData: 'Download the map’s data',
    toMap: 'Map',
    otherLanguage: 'التبديل إلى العربية',
    otherLanguageName: 'العربية',
    save: {
      loading: 'Opening your saved work…',
      saved: 'Saved in this browser',
      saving: 'Saving…',
      unavailable:
        'This browser does not let the desk save (private browsing?): download the project to keep your work.',
      full: 'The browser’s storage is full: download the project to keep your work.',
    },
    reading: (done, total) => `Reading the articles: ${done} of ${total}`,
    readingFailed: (message) => `The reading failed: ${message}`,
    dismiss: 'Dismiss',
    articles: 'Articles',
    noArticles: 'No articles yet: paste an article’s text or add files.',
    startFromSite: 'Start from the map this site publishes',
    siteDataOpened: (articles) =>
      `The site's map is open: ${articles} ${articles === 1 ? 'article' : 'articles'} and its editors' decisions.`,
    siteDataProblem: (detail) => `The site's map could not be opened, so nothing changed: ${detail}`,
    addArticle: 'Add an article',
    fields: {
      text: 'Article text',
      title: 'Title',
      published: 'Published',
      language: 'Language',
      outlet: 'Outlet',
      url: 'Link',
    },
    languages: { ar: 'Arabic', en: 'English' },
    problems: {
      required: 'Required',
      'not-a-day': 'Not a day in the calendar',
      'not-a-web-link': 'Must be an http or https link',
      'too-long': 'Longer than allowed',
      'too-large': `Larger than ${megabytes(LIMITS.articleBytes)}, the most an article may have: split it into articles`,
      invalid: 'Not valid',
    },
    articleTooLarge: (bytes) => articleSizeProblem(bytes) ?? '',
    add: 'Add the article',
    addFiles: 'Add files (.txt, .md, .html)',
    dropHint: 'or drop files here',
    fileProblem: {
      empty: 'the file is empty',
      binary: 'not a text file',
      'unknown-encoding': 'unknown encoding: save it as UTF-8',
      'too-large': 'far larger than any article',
      'no-text': 'it holds no text',
    },
    fileRead: (name, encoding) => `${name}: read as ${encoding}`,
    sameArticle: (name) => `${name}: this article is already in the project`,
    removeArticle: (title) => `Remove the article: ${title}`,
    placeCount: (places, unresolved) => `${places} places, ${unresolved} unresolved`,
    articleText: 'The article’s text and places',
    chooseArticle: 'Choose an article from the list.',
    noPlaceFound: 'No place was found in this article.',
    mentionState: {
      automatic: 'Automatic',
      verified: 'Verified',
      corrected: 'Corrected',
      unresolved: 'Unresolved',
    },
    words: 'Words',
    placeHere: 'Place',
    why: 'Why',
    confidence: (percent) => `Confidence ${percent}%`,
    verify: 'Verify the place',
    reject: 'Not a place here',
    rejectWhy: 'What is it?',
    notAPlace: {
      person: 'A person',
      organisation: 'An organisation',
      ship: 'A ship',
      'common-word': 'A common word',
      other: 'Something else',
    },
    candidates: 'Places the name can mean',
    noCandidates: 'No gazetteer place has this name.',
    choose: (name) => `Choose ${name}`,
    search: 'Search the gazetteer',
    searchPlaceholder: 'A name in Arabic or English',
    placeByHand: 'Place it by hand',
    nameAr: 'Name in Arabic',
    nameEn: 'Name in English',
    kind: 'Kind',
    kinds: {
      facility: 'Facility',
      settlement: 'City or town',
      water: 'Body of water',
      region: 'Region',
      country: 'Country',
    },
    latitude: 'Latitude',
    longitude: 'Longitude',
    mapClickHint: 'or click on the map.',
    placeIt: 'Place it',
    selectionHint: 'To add a place the reading missed, select its words in the text.',
    markSelection: 'These words are a place',
    findWords: 'Or type the words of the place, as the text writes them',
    findInText: 'Find in the text',
    wordsNotInText: 'These words are not in the text.',
    wordsFoundTimes: (count) => `They stand ${count} times in the text: choose which.`,
    stale: (count) => `${count} decisions no longer match their words and were not applied.`,
    projectOpened: (name) => `Opened the project ${name}`,
    dataInvalid: 'The data breaks the contract, so it was not downloaded:',
    nothingToExport: 'No articles to download.',
    map: 'Map of the article’s places',
    claims: 'What the article reports',
    noClaims: 'No report of a movement or event was read in this article.',
    claimStance: 'Stance',
    deleteClaim: 'Not a claim: delete it',
    claimCorrected: 'Corrected by an editor',
    claimMore: 'Activities, who says so, from and to, date',
    claimActivities: 'Activities',
    claimant: 'Who says so',
    claimantNone: 'Nobody named',
    claimantWords: 'Their words, as the sentence writes them',
    setClaimant: 'Set who says so',
    clearClaimant: 'Nobody is named',
    claimantNotInSentence: 'These words are not in the claim’s sentence.',
    claimFrom: 'From',
    claimTo: 'To',
    noPlace: '—',
    eventDate: 'Date of the event',
    addClaim: 'These words are a claim',
    publish: {
      open: 'Preview and publish',
      title: 'Preview and publish the map',
      evidence: 'Evidence published',
      all: (places, claims) => `All evidence: ${count(places, 'place')}, ${count(claims, 'claim')}`,
      verified: (places, claims) =>
        `Only what an editor checked: ${count(places, 'place')}, ${count(claims, 'claim')}`,
      nothingVerified: 'Nothing is verified yet: verify places and claims, or publish all evidence.',
      previewAs: 'Preview',
      page: 'The full map page',
      embed: 'Embedded in a story',
      phone: 'Phone width (375 px)',
      frame: 'Preview of the map as readers will see it',
      publishing: 'Publish',
      downloadSite: 'Download the site (.zip)',
      packaging: 'Packaging the site…',
      siteReady: (name, size) => `${name} is ready (${size}). Unpack it on any static host.`,
      siteProblem: {
        'no-kit': () =>
          'This desk was not opened from a built site, so it cannot package one. Build the site (npm run build) and open the desk there.',
        'bad-kit': (detail) => `${detail} is damaged: build the site again. Nothing was downloaded.`,
        'missing-file': (detail) => `${detail} could not be read from the site, so nothing was downloaded.`,
      },
      embedCode: 'Embed code',
      hostAddress: 'Address where the site will be hosted',
      hostHint: 'The code points at this address: put the downloaded site there.',
      height: 'Height (pixels)',
      iframeTitle: 'dalil map',
      copy: 'Copy the code',
      copied: 'The code is copied.',
      copyFailed: 'Copying failed: select the code and copy it by hand.',
      close: 'Close',
    },
  },
};
