import { afterAll, beforeAll } from 'vitest';
import { gmailFlows } from './gmail-flows';
import { groupsFlows } from './groups-flows';
import { launchFirefox, type Firefox } from './harness';

// Gmail and Groups share one Firefox (a launch costs ~15-40 s on a loaded 2-core machine): each
// host's flows set their own settings and open their own tabs. The case flow
// (case-flow.firefox.ts) has a Firefox of its own, whose database holds only its one case.
let firefox: Firefox;
beforeAll(async () => {
  firefox = await launchFirefox();
});
afterAll(async () => firefox?.close());

gmailFlows(() => firefox);
groupsFlows(() => firefox);
