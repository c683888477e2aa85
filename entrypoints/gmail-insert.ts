import { defineUnlistedScript } from '#imports';
import { insertIntoGmailReply } from '../lib/hosts/gmail/compose';
import { provideInserter } from '../lib/hosts/inserter-slot';

// Template insertion for Gmail, injected by the background into the asking tab and frame on the
// first insertion (lib/content/reply-inserter.ts): ~4 KB that every Gmail tab no longer loads.
export default defineUnlistedScript(() => provideInserter(insertIntoGmailReply));
