import { defineUnlistedScript } from '#imports';
import { provideChipPainter } from '../lib/content/chip-painter-slot';
import { chipPainter } from '../lib/content/list-chips';
import { groupsChipSlots } from '../lib/hosts/groups/list-rows';

// The topic list's status chips for Google Groups, injected when a list first shows a tracked row (lib/content/watch-list-rows.ts).
export default defineUnlistedScript(() => provideChipPainter((doc) => chipPainter(doc, groupsChipSlots)));
