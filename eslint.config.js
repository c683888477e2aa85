// Layer rules of DESIGN.md, enforced: a forbidden import fails `npm test`.
import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const browserGlobals = ['browser', 'chrome', 'document', 'window', 'location', 'localStorage', 'indexedDB', 'navigator'].map(
  (name) => ({ name, message: 'lib/core and lib/model are pure: pass what you need as an argument.' }),
);
const noDb = { group: ['**/lib/db', '**/lib/db/**', 'dexie'], message: 'IndexedDB in a content script or component is the page\'s (or untestable): go through lib/messaging.' };
const noHosts = { group: ['**/lib/hosts/**'], message: 'Only entrypoints know about host pages.' };
const noBrowser = { group: ['wxt', 'wxt/*', '#imports', 'webextension-polyfill', '**/lib/messaging', '**/lib/settings-storage', '**/lib/team-storage'], message: 'No browser APIs in this layer.' };
const noUi = { group: ['preact', 'preact/*', '**/components/**'], message: 'No UI in this layer.' };
const noClock = {
  selector: "CallExpression[callee.object.name='Date'][callee.property.name='now']",
  message: 'lib/core is pure: take the time as an argument.',
};
const noNewDateNow = {
  selector: "NewExpression[callee.name='Date'][arguments.length=0]",
  message: 'lib/core is pure: take the time as an argument.',
};

/** What may not be imported by code injected into Gmail / Groups. */
const injectedImports = [
  { group: ['zod', 'zod/*'], message: 'No Zod in what is injected into Gmail: the background validates messages.' },
  { group: ['**/lib/messaging', '../messaging'], message: 'In the page, use lib/content/content-messaging.' },
  { group: ['**/lib/model/*', '!**/lib/model/vocabulary', '../model/*', '!../model/vocabulary'], allowTypeImports: true, message: 'Schemas would bring Zod into the page: import their types, and word lists from lib/model/vocabulary.' },
];
const noHooks = { group: ['preact/hooks'], message: 'No hooks in the sidebar (~2.7 KB injected into Gmail): use a class component or an uncontrolled form.' };

export default tseslint.config(
  { ignores: ['.output/**', '.wxt/**', '.cache/**', 'node_modules/**', 'coverage/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-restricted-syntax': [
        'error',
        { selector: "AssignmentExpression[left.property.name='innerHTML']", message: 'Never build HTML strings: Gmail enforces Trusted Types and mail is untrusted.' },
        { selector: "AssignmentExpression[left.property.name='outerHTML']", message: 'Never build HTML strings.' },
        { selector: "CallExpression[callee.property.name='insertAdjacentHTML']", message: 'Never build HTML strings.' },
        { selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']", message: 'Never build HTML strings.' },
      ],
    },
  },
  // Node scripts (build, bench, fixture generators) and the fixture pages' own browser scripts.
  { files: ['scripts/**/*.{js,mjs}', 'test/**/*.{js,mjs}', '*.config.{js,ts}'], languageOptions: { globals: { ...globals.node } } },
  { files: ['test/fixtures/**/*.js'], languageOptions: { globals: { ...globals.browser } } },
  // These drive Chromium and pass functions that run in the page or the extension's worker.
  { files: ['scripts/bench.mjs', 'scripts/bench/list-chips-bench.mjs', 'scripts/demo.mjs'], languageOptions: { globals: { ...globals.browser, chrome: 'readonly' } } },
  {
    files: ['lib/model/**'],
    rules: {
      'no-restricted-globals': ['error', ...browserGlobals],
      'no-restricted-imports': ['error', { patterns: [noDb, noHosts, noBrowser, noUi, { group: ['**/lib/core/**', '../core/**'], message: 'lib/model depends on zod only.' }] }],
    },
  },
  {
    files: ['lib/core/**'],
    ignores: ['**/*.test.ts'],
    rules: {
      'no-restricted-globals': ['error', ...browserGlobals],
      'no-restricted-imports': ['error', { patterns: [noDb, noHosts, noBrowser, noUi] }],
      'no-restricted-syntax': ['error', noClock, noNewDateNow],
    },
  },
  {
    files: ['lib/hosts/**'],
    rules: { 'no-restricted-imports': ['error', { patterns: [noDb, noBrowser, noUi] }] },
  },
  {
    files: ['lib/db/**'],
    rules: { 'no-restricted-imports': ['error', { patterns: [noHosts, noBrowser, noUi] }] },
  },
  {
    // Team data (Yjs documents of cases and the board): lib/core, lib/model and yjs; no pages,
    // no UI, no browser APIs, no database (lib/db stores the documents, the background syncs them).
    files: ['lib/team/**'],
    ignores: ['**/*.test.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [noDb, noHosts, noBrowser, noUi] }],
      'no-restricted-globals': ['error', ...browserGlobals],
    },
  },
  {
    files: ['components/**'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [noDb, noHosts, noBrowser] }],
      'no-restricted-globals': ['error', { name: 'browser', message: 'Components take props and call callbacks.' }, { name: 'chrome', message: 'Components take props and call callbacks.' }],
    },
  },
  {
    // What runs inside Gmail / Groups: their IndexedDB is theirs, ours is reached by messages.
    files: ['entrypoints/*.content/**', 'entrypoints/*.content.ts', 'lib/content/**'],
    rules: { 'no-restricted-imports': ['error', { patterns: [noDb] }] },
  },
  {
    // Injected into the page: no Zod (the background validates every message both ways, see
    // lib/content/content-messaging.ts). Schemas are used as types; word lists come from vocabulary.
    files: ['entrypoints/*.content/**', 'lib/content/**', 'lib/hosts/**', 'components/sidebar/**', 'components/shared/**'],
    ignores: ['**/*.test.ts', '**/*.test.tsx'],
    rules: { '@typescript-eslint/no-restricted-imports': ['error', { patterns: injectedImports }] },
  },
  {
    // The sidebar itself also goes without preact/hooks (the shared components it uses are
    // refused by the content-script build itself, see wxt.config.ts).
    files: ['entrypoints/*.content/**', 'lib/content/**', 'components/sidebar/**'],
    ignores: ['**/*.test.ts', '**/*.test.tsx'],
    rules: { '@typescript-eslint/no-restricted-imports': ['error', { patterns: [...injectedImports, noHooks] }] },
  },
);
