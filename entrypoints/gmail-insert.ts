import { defineUnlistedScript } from '#imports';
import { ask } from '../lib/content/content-messaging';
import { readGmailAccount } from '../lib/hosts/gmail/account';
import { insertIntoGmailReply } from '../lib/hosts/gmail/compose';
import { readSendAs } from '../lib/hosts/gmail/send-as';
import { provideInserter } from '../lib/hosts/inserter-slot';

// Template insertion for Gmail, injected by the background into the asking tab and frame on the
// first insertion (lib/content/reply-inserter.ts): ~4 KB that every Gmail tab no longer loads.
// After inserting, the compose shows the account's From address and, when the account has
// send-as addresses, its From menu: the background remembers those as staff (issue #13). Here,
// not in the page script, to keep that within its size ceiling; a failure changes nothing.
export default defineUnlistedScript(() =>
  provideInserter(async (doc, text) => {
    const result = await insertIntoGmailReply(doc, text);
    const account = readGmailAccount(doc, new URL(doc.URL));
    // Only the account's own address (no From menu, the usual case): nothing to tell.
    const addresses = result.ok ? readSendAs(doc).filter((address) => address.trim().toLowerCase() !== account) : [];
    if (addresses.length > 0) void ask('mailbox.sendAs', { account, addresses: addresses.slice(0, 100) }).catch(() => undefined);
    return result;
  }),
);
