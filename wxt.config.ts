import preact from '@preact/preset-vite';
import { resolve } from 'node:path';
import { defineConfig } from 'wxt';
import { preactWithoutInnerHtml } from './scripts/preact-without-inner-html';

const noHooksInContentScripts = {
  name: 'casebook:no-hooks-in-content-scripts',
  enforce: 'pre' as const,
  resolveId(id: string, importer: string | undefined) {
    if (id === 'preact/hooks') {
      throw new Error(`preact/hooks imported by ${importer ?? '?'} would be injected into Gmail: use a class component or an uncontrolled form`);
    }
    return null;
  },
};

/**
 * In the CSS a content script inlines (the sidebar's), Casebook's custom properties lose their
 * `cb-` namespace: the shadow root holds only Casebook, and the names appear ~60 times in every
 * Gmail tab. `--casebook-*` (set from script, lib/content/dock.ts) is left alone.
 */
const shortCssVarsInContentScripts = {
  name: 'casebook:short-css-vars-in-content-scripts',
  transform(code: string, id: string) {
    return id.includes('.css?inline') ? { code: code.replaceAll('--cb-', '--'), map: null } : null;
  },
};

/** Where a Trac may be read from, once the user allows its one origin (optional permissions). */
const TRAC_ORIGINS = ['https://*/*', 'http://localhost/*', 'http://127.0.0.1/*'];

// Manifest and build settings. Permissions are the fewest that work: Trac's origin is an
// *optional* host permission, requested only when the user saves a Trac URL.
export default defineConfig({
  imports: false,
  modules: ['@wxt-dev/webextension-polyfill'],
  manifest: ({ browser, manifestVersion }) => ({
    name: 'Casebook',
    description: 'A support desk beside your Gmail and Google Groups conversations. Everything stays in your browser.',
    // No `tabs` (Chrome warns "read your browsing history"): the Trac tab's address is visible
    // through Trac's own optional host permission, and the popup needs only the active tab's id.
    // scripting + the two hosts (the same ones the content scripts already run on, so no new
    // warning): "Report this page" injects its censoring script only when asked.
    permissions: ['storage', 'alarms', 'notifications', 'scripting'],
    host_permissions: ['https://mail.google.com/*', 'https://groups.google.com/*'],
    // Trac's origin, asked for when the user saves its URL. MV2 (Firefox) has no
    // optional_host_permissions: there, origins are optional_permissions.
    // Cleartext http only on this machine: reading a Trac sends the user's Trac cookies
    // (lib/core/trac/ticket-page.ts mayReadTrac says the same).
    ...(manifestVersion === 2
      ? { optional_permissions: TRAC_ORIGINS }
      : { optional_host_permissions: TRAC_ORIGINS }),
    commands: {
      'toggle-sidebar': {
        suggested_key: { default: 'Alt+Shift+K' },
        description: 'Show or hide the Casebook sidebar',
      },
      'open-template-picker': {
        suggested_key: { default: 'Alt+Shift+T' },
        description: 'Open the template picker',
      },
      // Into the sidebar (its first control) and back to where the focus was, usually the reply.
      'focus-sidebar': {
        suggested_key: { default: 'Alt+Shift+S' },
        description: 'Move the focus into the Casebook sidebar and back',
      },
      'escalate-to-trac': {
        suggested_key: { default: 'Alt+Shift+E' },
        description: 'Escalate the open case to Trac',
      },
    },
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            // Nothing is collected or sent anywhere: the data stays in the browser.
            // data_collection_permissions is understood from Firefox 140 on, 142 on Android (older ones warn).
            gecko: { id: 'casebook@example.org', strict_min_version: '140.0', data_collection_permissions: { required: ['none'] } },
            gecko_android: { strict_min_version: '142.0' },
          },
        }
      : {}),
  }),
  // `npm run zip`: the Firefox package comes with the sources zip AMO asks for (what builds the
  // add-on; the team server and the tests, which need browsers and ../shared, are left out).
  zip: { excludeSources: ['server/**', 'test/**'] },
  vite: () => ({
    // preactWithoutInnerHtml: no HTML sink in the bundles (web-ext lint: 0 warnings).
    plugins: [preact(), preactWithoutInnerHtml()],
    build: { target: 'es2022' },
  }),
  hooks: {
    // Content scripts get the browser's own promise-based `browser`/`chrome` instead of the
    // polyfill (~10 KB injected into Gmail), and a smaller content-script context (~2 KB). They
    // only send and receive runtime messages, which Chromium (MV3) and Firefox both provide
    // natively with promises. The background and the extension pages keep the polyfill.
    'vite:build:extendConfig': (entrypoints, config) => {
      if (!entrypoints.every((entrypoint) => entrypoint.type === 'content-script')) return;
      const alias = config.resolve?.alias ?? {};
      if (Array.isArray(alias)) throw new Error('wxt.config.ts: expected Vite aliases as a record');
      config.resolve = {
        ...config.resolve,
        alias: {
          ...alias,
          'wxt/browser': '@wxt-dev/browser',
          // WXT's entry wrapper builds the context with `new ContentScriptContext(name, options)`:
          // ours is the same lifetime without the helpers Casebook never uses (lib/content/page-context.ts).
          'wxt/utils/content-script-context': resolve(import.meta.dirname, 'lib/content/page-context.ts'),
        },
      };
      // What is injected into every Gmail tab is worth a slower minifier (~4% smaller than esbuild's).
      // Preact's internal properties (`__k`, `__e`, …) are renamed shorter: no code outside this
      // one file reads them (no devtools in production). The e2e tests run on this output.
      config.build = {
        ...config.build,
        minify: 'terser',
        terserOptions: {
          ecma: 2020,
          module: true,
          toplevel: true,
          compress: { passes: 3, unsafe_arrows: true, unsafe_methods: true },
          mangle: { properties: { regex: /^__[a-zA-Z]$/ } },
          format: { comments: false },
        },
        // `node scripts/bundle-breakdown.mjs` builds with maps to attribute bytes to sources.
        sourcemap: process.env.CASEBOOK_SOURCEMAP === '1' ? 'hidden' : config.build?.sourcemap,
      };
      // The sidebar keeps its few local states in class components and uncontrolled forms:
      // preact/hooks (~2.7 KB) in a content script fails the build, wherever it is imported from.
      config.plugins = [...(config.plugins ?? []), noHooksInContentScripts, shortCssVarsInContentScripts];
    },
  },
});
