import { defineUnlistedScript } from '#imports';
import { provideChipPainter } from '../lib/content/chip-painter-slot';
import { chipPainter } from '../lib/content/list-chips';
import { gmailChipSlots } from '../lib/hosts/gmail/list-rows';

// The inbox list's status chips for Gmail, injected by the background into the asking tab and
// frame when a list first shows a tracked row (lib/content/watch-list-rows.ts).
export default defineUnlistedScript(() => provideChipPainter((doc) => chipPainter(doc, gmailChipSlots)));
