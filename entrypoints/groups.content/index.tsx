import { defineContentScript } from '#imports';
import { CollaborativeHints } from '../../components/sidebar/collaborative-hints';
import { runSidebar } from '../../lib/content/run-sidebar';
import { createGroupsAdapter } from '../../lib/hosts/groups';

export default defineContentScript({
  // Loads on every Groups page: list pages open conversations without a reload.
  matches: ['https://groups.google.com/*'],
  runAt: 'document_idle',
  // Styles live in the sidebar's shadow root (lib/content/sidebar-host.ts); nothing is added to the page's CSS.
  cssInjectionMode: 'manual',
  async main(ctx) {
    await runSidebar(ctx, createGroupsAdapter(), CollaborativeHints).catch((error: unknown) => {
      console.warn('Casebook could not start on this page:', error);
    });
  },
});
