// ESLint flat config. Besides the usual rules it keeps the process boundaries of DESIGN.md:
// core/ is pure (no electron, react, DOM or node:*), renderer/ never reaches electron or node:*.
import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const NODE_BUILTINS = [
  'node:*',
  'fs',
  'fs/*',
  'path',
  'os',
  'child_process',
  'crypto',
  'url',
  'util',
  'stream',
  'worker_threads',
];

const DOM_GLOBALS = [
  'window',
  'document',
  'navigator',
  'localStorage',
  'sessionStorage',
  'location',
  'HTMLElement',
  'Element',
  'fetch',
  'self',
  'requestAnimationFrame',
].map((name) => ({
  name,
  message: 'core/ runs in Node, browsers and workers alike: pass what you need in as a parameter.',
}));

export default tseslint.config(
  {
    ignores: [
      'node_modules/',
      'out/',
      'dist/',
      'dist-web/',
      'release/',
      '.scratch/',
      '.bench/',
      '.test-results/',
      'test-results/',
      'playwright-report/',
      'data/',
      'core/fonts/noto-sans-sc-metrics.ts',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { ecmaVersion: 2023, sourceType: 'module' },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      'no-control-regex': 'off',
      eqeqeq: ['error', 'always'],
    },
  },
  {
    files: ['core/**/*.ts'],
    ignores: ['core/node/**', 'core/**/*.node.ts', 'core/cli.ts', 'core/cli-*.ts', 'core/**/*.test.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [{ name: 'electron', message: 'core/ must not depend on Electron.' }],
          patterns: [
            { group: ['electron/*'], message: 'core/ must not depend on Electron.' },
            {
              group: ['react', 'react-dom', 'react/*', 'react-dom/*', 'recharts'],
              message: 'core/ must not depend on React.',
            },
            {
              group: NODE_BUILTINS,
              message: 'core/ must not use Node built-ins: put Node code in a *.node.ts adapter.',
            },
            { group: ['**/renderer/**', '**/electron/**'], message: 'core/ must not import the app.' },
          ],
        },
      ],
      'no-restricted-globals': ['error', ...DOM_GLOBALS, { name: 'process', message: 'core/ must not use process.' }],
    },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    ignores: ['renderer/vite.config.ts', 'renderer/font-slices-plugin.ts'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'no-restricted-imports': [
        'error',
        {
          paths: [{ name: 'electron', message: 'The renderer talks to main only through window.govbrief (preload).' }],
          patterns: [
            { group: ['electron/*'], message: 'The renderer talks to main only through window.govbrief (preload).' },
            { group: NODE_BUILTINS, message: 'The renderer runs in a sandbox without Node.' },
            { group: ['**/electron/**'], message: 'The renderer must not import main-process code.' },
          ],
        },
      ],
    },
  },
  {
    files: ['electron/preload/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [{ group: ['**/main/**'], message: 'The preload is a thin bridge: no main-process code.' }] },
      ],
    },
  },
  {
    files: [
      'electron/**/*.ts',
      'scripts/**/*.{ts,mjs}',
      'bin/**/*.mjs',
      'tests/**/*.ts',
      'core/node/**',
      'core/**/*.node.ts',
      'core/cli.ts',
      'core/cli-*.ts',
      '*.config.{ts,js}',
      'renderer/vite.config.ts',
      'renderer/font-slices-plugin.ts',
    ],
    languageOptions: { globals: { ...globals.node } },
  },
);
