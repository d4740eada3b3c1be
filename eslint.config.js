/**
 * Lint guards the design as well as the code:
 * - type-aware typescript-eslint (strict where it pays), zero warnings (`npm run lint`);
 * - globals per environment: the pure floors (the geoparser core in geo/, and model, i18n and store in
 *   src/) may use neither browser nor Node globals, the app's browser floors no Node globals;
 * - floors: in src/, imports only go down (model, i18n → platform → store → address → views → entries);
 *   in geo/ too (GEO_FLOORS, the order geo/README.md draws), and the geo/ core knows nothing of files or
 *   of the app;
 * - untrusted text reaches the page only as text.
 */
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

/**
 * Globals a runtime adds to the language's own: what `window` or Node provide. The web platform's pure
 * APIs, the same in a browser and in Node (URL parsing, text decoding), are not environment: allowed.
 */
const PORTABLE = new Set(['URL', 'URLSearchParams', 'TextDecoder', 'TextEncoder']);
const runtimeOnly = (runtime) =>
  Object.keys(runtime).filter((name) => !(name in globals.builtin) && !PORTABLE.has(name));
const BROWSER_GLOBALS = runtimeOnly(globals.browser);
const NODE_GLOBALS = runtimeOnly(globals.node);

const noGlobals = (names, where) =>
  [...new Set(names)].map((name) => ({ name, message: `${where} does not use the global ${name}.` }));

const PURE = 'Pure code (no browser, no Node)';
const pureGlobals = ['error', ...noGlobals([...BROWSER_GLOBALS, ...NODE_GLOBALS], PURE)];
const browserGlobals = [
  'error',
  ...noGlobals(
    NODE_GLOBALS.filter((name) => !(name in globals.browser)),
    'Browser code',
  ),
];

/** The view libraries, by exact name: `zustand` binds to React, `zustand/vanilla` does not. */
const VIEW_LIBRARIES = [
  'react',
  'react-dom',
  'react-dom/client',
  'react-leaflet',
  '@react-leaflet/core',
  'leaflet',
  'zustand',
];

/** What `files` may not import: modules by exact name (`paths`) and by pattern. */
const restrictImports = (files, paths, patterns) => ({
  files,
  rules: { 'no-restricted-imports': ['error', { paths, patterns }] },
});

/** A floor of src/ and what it may not import: the floors above it, and view libraries unless `views`. */
function floor(files, message, above, { views = false } = {}) {
  return restrictImports(
    files,
    views ? [] : VIEW_LIBRARIES.map((name) => ({ name, message })),
    above.length > 0 ? [{ group: above, message }] : [],
  );
}
/** The desk, the editors' page, stands on the app's floors: nothing of the app imports it. */
const DESK = '**/desk/**';
const ABOVE_MODEL = [
  '**/platform/**',
  '**/store/**',
  '**/address/**',
  '**/views/**',
  '**/first-view/**',
  DESK,
];

/** What no module of the geoparser core imports: Node, or the app. */
const GEO_CORE = [
  {
    group: ['node:*', 'fs', 'path', 'os', 'child_process'],
    message: 'geo/ core is pure: only geo/cli, geo/import and geo/site read files.',
  },
  { group: ['**/src/**', ...VIEW_LIBRARIES], message: 'geo/ core knows nothing of the app.' },
];

/**
 * The floors of the geo/ core, bottom up, as geo/README.md draws them: each imports only from its own
 * floor and those below. A floor is folders of geo/ or modules at its root. The core is one folder deep:
 * a module reaches another folder as `../name/` (from the root, `./name/`), so a folder's own subfolder,
 * as lexicon/claims/ is, is no floor.
 */
const GEO_FLOORS = [
  {
    modules: [
      'contract',
      'data-file',
      'text-chunks',
      'listed-dataset',
      'compact-dataset',
      'read-chunk',
      'split-dataset',
    ],
  },
  { folders: ['letters'] },
  { folders: ['lexicon'] },
  { folders: ['gazetteer'] },
  { folders: ['text'] },
  { folders: ['match'] },
  { folders: ['resolve'] },
  { modules: ['article', 'features', 'labels', 'merge-places', 'basemap-tiles', 'towns'] },
  { modules: ['geoparse'] },
  { folders: ['claims'] },
  { folders: ['corrections'] },
  { folders: ['eval'] },
];
/** The Node edges, on top of the core: they read and write files. */
const GEO_EDGES = ['cli', 'import', 'site'];

const floorName = ({ modules = [], folders = [] }) =>
  [...modules.map((m) => `${m}.ts`), ...folders.map((f) => `${f}/`)].join(', ');
const GEO_ORDER = [...GEO_FLOORS.map(floorName), floorName({ folders: GEO_EDGES })].join(' → ');

/** The rule of floor `level` of geo/: pure like all the core, and nothing from the floors above it. */
function geoFloor(level) {
  const { modules = [], folders = [] } = GEO_FLOORS[level];
  const above = GEO_FLOORS.slice(level + 1);
  // A module at the root reaches a folder as `./name/`; a module in a folder as `../name/`.
  const from = modules.length > 0 ? './' : '../';
  const group = [
    ...[...above.flatMap((f) => f.folders ?? []), ...GEO_EDGES].map((f) => `${from}${f}/**`),
    ...above.flatMap((f) => f.modules ?? []).flatMap((m) => [`${from}${m}`, `${from}${m}.ts`]),
  ];
  const message = `In geo/, imports only go down the floors (${GEO_ORDER}): this one is above ${floorName(GEO_FLOORS[level])}.`;
  return restrictImports(
    [...modules.map((m) => `geo/${m}.ts`), ...folders.map((f) => `geo/${f}/**`)],
    [],
    [...GEO_CORE, { group, message }],
  );
}

export default tseslint.config(
  { ignores: ['dist', 'public/data', 'node_modules', 'test/artifacts', '.tmp-*'] },
  js.configs.recommended,
  ...tseslint.configs.strictTypeChecked,
  { linterOptions: { reportUnusedDisableDirectives: 'error' } },
  {
    files: ['**/*.{ts,tsx}'],
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      // Numbers and booleans in messages read as they should; objects would not.
      '@typescript-eslint/restrict-template-expressions': [
        'error',
        { allowNumber: true, allowBoolean: true },
      ],
      // `() => set({...})` in a store action returns nothing worth a block of its own.
      '@typescript-eslint/no-confusing-void-expression': ['error', { ignoreArrowShorthand: true }],
      // `noUncheckedIndexedAccess` makes every index possibly undefined; `!` marks the ones checked by
      // construction (a loop bound, a length test just above), and the type checker keeps the rest honest.
      '@typescript-eslint/no-non-null-assertion': 'off',
    },
  },
  {
    // Fakes of async APIs in tests are async functions with nothing to await.
    files: ['test/**'],
    rules: { '@typescript-eslint/require-await': 'off' },
  },
  {
    // Plain JavaScript config files have no types to check.
    files: ['**/*.js'],
    ...tseslint.configs.disableTypeChecked,
    languageOptions: { globals: globals.node },
  },

  // Globals per environment.
  {
    files: [
      'geo/**/*.ts',
      'src/model/**',
      'src/i18n/**',
      'src/store/**',
      'src/desk/project/**',
      'src/desk/store/**',
    ],
    ignores: ['geo/cli/**', 'geo/import/**', 'geo/site/**'],
    rules: { 'no-restricted-globals': pureGlobals },
  },
  {
    files: [
      'src/platform/**',
      'src/address/**',
      'src/views/**',
      'src/first-view/**',
      'src/main.tsx',
      'src/desk/platform/**',
      'src/desk/reading/**',
      'src/desk/views/**',
      'src/desk/main.tsx',
      'src/export-builders.ts',
    ],
    rules: { 'no-restricted-globals': browserGlobals },
  },

  // The geoparser core is pure: no Node, DOM or app imports, so the build and the browser both run it.
  {
    files: ['geo/**/*.ts'],
    ignores: ['geo/cli/**', 'geo/import/**', 'geo/site/**'],
    rules: { 'no-restricted-imports': ['error', { patterns: GEO_CORE }] },
  },
  // Floors of geo/: imports only go down; each floor's rule keeps the core's purity too.
  ...GEO_FLOORS.map((_, level) => geoFloor(level)),

  // Floors of src/: imports only go down.
  floor(['src/model/**'], 'model/ is the ground floor: pure, no words, no React, no store.', [
    ...ABOVE_MODEL,
    '**/i18n/**',
  ]),
  floor(['src/i18n/**'], 'i18n/ is pure: words and formats only.', ABOVE_MODEL),
  floor(['src/platform/**'], 'platform/ sits below the store: it knows neither the store nor React.', [
    '**/store/**',
    '**/address/**',
    '**/views/**',
    '**/first-view/**',
    DESK,
  ]),
  floor(['src/store/**'], 'store/ is plain TypeScript: no address, no views, no React.', [
    '**/address/**',
    '**/views/**',
    '**/first-view/**',
    DESK,
  ]),
  floor(['src/address/**'], 'address/ sits below the views.', ['**/views/**', '**/first-view/**', DESK]),
  floor(
    ['src/views/**'],
    'views/ sit below the entries.',
    ['**/first-view/**', '**/main', '**/export-builders', DESK],
    {
      views: true,
    },
  ),
  floor(['src/first-view/**'], 'The first view runs before the app: no store, views or React.', [
    '**/store/**',
    '**/views/**',
    DESK,
  ]),

  // The desk's own floors, on the app's and the geoparser's: project (pure) → platform, reading (the
  // worker) → store → views → main. Nothing of the app imports the desk (DESK above), so its code and
  // gazetteer load only on its own page.
  floor(['src/desk/project/**'], 'desk/project/ is pure: the project and its files, no store, no React.', [
    '**/platform/**',
    '**/reading/**',
    '**/store/**',
    '**/views/**',
  ]),
  floor(
    ['src/desk/platform/**', 'src/desk/reading/**'],
    "desk/platform/ and desk/reading/ sit below the desk's store.",
    ['**/store/**', '**/views/**'],
  ),
  floor(['src/desk/store/**'], 'desk/store/ is plain TypeScript: no views, no React.', ['**/views/**']),

  {
    files: ['src/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      // Article text is untrusted: it must reach the page as text only.
      'no-restricted-properties': [
        'error',
        { property: 'innerHTML', message: 'Untrusted text reaches the page only as text.' },
        { property: 'outerHTML', message: 'Untrusted text reaches the page only as text.' },
      ],
      'no-restricted-syntax': [
        'error',
        {
          selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']",
          message: 'Untrusted text reaches the page only as text.',
        },
      ],
    },
  },
);
