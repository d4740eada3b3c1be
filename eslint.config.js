import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

export default tseslint.config(
  { ignores: ['dist', 'public/data', 'node_modules', 'test/artifacts', '.tmp-*'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
  },
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
  {
    // The geoparser core is pure: no Node, DOM or app imports, so the build and the browser both run it.
    files: ['geo/**/*.ts'],
    ignores: ['geo/cli/**', 'geo/import/**', 'geo/site/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['node:*', 'fs', 'path', 'os', 'child_process'],
              message: 'geo/ core is pure: only geo/cli reads files.',
            },
            {
              group: ['**/src/**', 'react', 'leaflet', 'react-leaflet'],
              message: 'geo/ knows nothing of the app.',
            },
          ],
        },
      ],
    },
  },
);
