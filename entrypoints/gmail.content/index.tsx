import { defineContentScript } from '#imports';
import { runSidebar } from '../../lib/content/run-sidebar';
import { createGmailAdapter } from '../../lib/hosts/gmail';

export default defineContentScript({
  matches: ['https://mail.google.com/*'],
  runAt: 'document_idle',
  // Styles live in the sidebar's shadow root (lib/content/sidebar-host.ts); nothing is added to the page's CSS.
  cssInjectionMode: 'manual',
  async main(ctx) {
    await runSidebar(ctx, createGmailAdapter()).catch((error: unknown) => {
      // Never into the page: log for the extension's developer and stop quietly.
      console.warn('Casebook could not start on this page:', error);
    });
  },
});
