import preact from '@preact/preset-vite';
import { defineConfig } from 'wxt';

// Manifest and build settings. Permissions are the fewest that work: Trac's origin is an
// *optional* host permission, requested only when the user saves a Trac URL.
export default defineConfig({
  imports: false,
  modules: ['@wxt-dev/webextension-polyfill'],
  manifest: ({ browser }) => ({
    name: 'Casebook',
    description: 'A support desk beside your Gmail and Google Groups conversations. Everything stays in your browser.',
    // tabs: to see the Trac tab Casebook opened land on /ticket/N, and the popup's active conversation.
    permissions: ['storage', 'alarms', 'notifications', 'tabs'],
    optional_host_permissions: ['https://*/*', 'http://*/*'],
    commands: {
      'toggle-sidebar': {
        suggested_key: { default: 'Alt+Shift+K' },
        description: 'Show or hide the Casebook sidebar',
      },
      'open-template-picker': {
        suggested_key: { default: 'Alt+Shift+T' },
        description: 'Open the template picker',
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
            gecko: { id: 'casebook@example.org', strict_min_version: '115.0', data_collection_permissions: { required: ['none'] } },
          },
        }
      : {}),
  }),
  vite: () => ({
    plugins: [preact()],
    build: { target: 'es2022' },
  }),
});
