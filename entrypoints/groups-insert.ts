import { defineUnlistedScript } from '#imports';
import { insertIntoGroupsReply } from '../lib/hosts/groups/compose';
import { provideInserter } from '../lib/hosts/inserter-slot';

// Template insertion for Google Groups, injected on the first insertion (lib/content/reply-inserter.ts).
export default defineUnlistedScript(() => provideInserter((doc, text) => insertIntoGroupsReply(doc, text)));
