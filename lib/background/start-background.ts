import { browser } from 'wxt/browser';
import * as z from 'zod/mini';
import { en } from 'zod/locales';
import { isDueSoon } from '../core/case/case-queries';
import { CasebookDb } from '../db/database';
import { openingGuard } from '../db/storage-problems';
import { countWaitingInSlices, findCase, loadEvents, listCasesDueBefore, listCasesWithOpenTickets } from '../db/cases-repository';
import { packWhenMissing } from '../db/report-summaries';
import { holidayChecker } from '../holidays/holidays';
import { pushToPages, pushToTab, serve } from '../messaging';
import { Command } from '../model/messages';
import { showBadge } from './badge';
import { createClassifierService } from './classifier-service';
import { checkedSettingsLoader } from './checked-settings';
import { withTeamSettings } from '../core/settings/with-team-settings';
import { loadSettings } from '../settings-storage';
import { closeLocalStorageToContentScripts } from './close-local-storage';
import { compactId } from './compact-id';
import { createHandlers } from './handlers';
import { guardingStorage } from './storage-guard';
import { scopedToTabs } from './tab-scope';
import { KeyedQueue } from './keyed-queue';
import { quietRunner } from './quiet-runner';
import { sessionRecord } from './session-state';
import type { Services } from './services';
import { TabThreads } from './tab-threads';
import { afterTeamStart } from './team/after-team-start';
import { presenceSignature } from '../core/team/presence';
import { TeamSync } from './team/team-sync';
import { loadTeam, teamItem } from '../team-storage';
import { forgetTracTab, onTracTabUpdated, refreshTicketStatuses } from './trac-escalation';

const DEADLINE_ALARM = 'casebook-deadlines';
const TRAC_ALARM = 'casebook-trac-status';

/** Wires the service worker: database, message handlers, Trac tab watch, badge, alarms, commands. */
export function startBackground(): void {
  z.config({ jitless: true, ...en() });
  void closeLocalStorageToContentScripts();
  // First run: the options page with its short setup (components/options/getting-started.tsx).
  browser.runtime.onInstalled.addListener(({ reason }) => {
    if (reason === 'install') void browser.tabs.create({ url: browser.runtime.getURL('/options.html#setup') });
  });
  const db = new CasebookDb();
  const services: Services = {
    db,
    now: () => Date.now(),
    newId: compactId,
    // In a team, the sections its admin set replace the member's own, then the usual checks.
    settings: checkedSettingsLoader(async () => {
      const own = await loadSettings();
      return services.team?.active ? withTeamSettings(own, services.team.teamSettings()) : own;
    }),
    holidays: holidayChecker,
  };
  const tabs = new TabThreads(tabThreadsStore);
  const classifier = createClassifierService(services);

  const refreshBadge = quietRunner(async () => {
    const member = services.team?.membership?.member.email ?? null;
    await showBadge(await countWaitingInSlices(db, Date.now(), 16, member), member !== null);
  }, BADGE_QUIET_MS);
  /** Tells the open sidebars and pages about a stored change. */
  const announce = async (caseId: string): Promise<void> => {
    refreshBadge();
    if (caseId === '*') return;
    const stored = await findCase(db, caseId);
    if (!stored) return;
    const message = { type: 'case.changed' as const, case: stored.case, events: await loadEvents(db, caseId) };
    await Promise.all([...(await tabs.tabsOf(caseId)).map((tabId) => pushToTab(tabId, message)), pushToPages(message)]);
  };

  const templatesChanged = async (): Promise<void> => {
    await Promise.all([...(await tabs.all())].map(([tabId]) => pushToTab(tabId, { type: 'templates.changed' })));
  };
  // A colleague's template or the admin's setting reaches every open sidebar at once (they ask
  // again for their whole thread state, settings included) and the pages that show either.
  const templatesRefresh = quietRunner(async () => {
    await templatesChanged();
    await pushToPages({ type: 'templates.changed' });
  }, 300);
  const settingsRefresh = quietRunner(async () => {
    await templatesChanged();
    await pushToPages({ type: 'settings.changed' });
  }, 300);
  const extensionOrigin = browser.runtime.getURL('/');
  // The team workspace: a colleague's change is announced; this browser's changes are shared too.
  let lastPresence = '';
  const team = new TeamSync(services, {
    caseChanged: announce,
    assignedToMe: (c) =>
      void browser.notifications
        .create(`assigned:${c.id}`, {
          type: 'basic',
          iconUrl: browser.runtime.getURL('/icon/128.png'),
          title: 'Casebook: a case was assigned to you',
          message: `${c.subject} — ${c.customer.name || c.customer.email}`,
        })
        .catch(() => undefined),
    linesChanged: quietRunner(async () => {
      // Open dashboards follow who is on which case; not on every heartbeat, only when that changes.
      const onCases = presenceSignature(team.presence());
      if (onCases !== lastPresence) {
        lastPresence = onCases;
        await pushToPages({ type: 'team', caseId: '*', team: { status: '', presence: [] } });
      }
      for (const [tabId, entry] of await tabs.all()) {
        const view = entry.caseId ? team.view(entry.caseId) : null;
        if (entry.caseId && view) await pushToTab(tabId, { type: 'team', caseId: entry.caseId, team: view });
      }
    }, 100),
    // Shared corrections are replayed from the next classification.
    sharedChanged: (kind) => {
      if (kind === 'learning') classifier.reload();
      else if (kind === 'templates') templatesRefresh();
      else settingsRefresh();
    },
  });
  services.team = team;
  const useTeam = async (): Promise<void> => {
    const before = team.membership?.team.id ?? null;
    await team.use(await loadTeam()).catch((error: unknown) => console.error('Casebook: the team workspace could not start', error));
    // Joined or left: the team's settings and templates apply, or no longer do, in every open view.
    if ((team.membership?.team.id ?? null) !== before) {
      templatesRefresh();
      settingsRefresh();
    }
  };
  // A worker woken by a request must not share (or skip) that request's change before it knows its team.
  let teamReady = useTeam();
  teamItem.watch(() => void (teamReady = useTeam()));
  const caseChanged = async (caseId: string): Promise<void> => {
    await announce(caseId);
    if (caseId === '*') return;
    await teamReady;
    await team.localChange(caseId).catch((error: unknown) => console.error('Casebook: a change could not be shared with the team', error));
  };

  const perCase = new KeyedQueue();
  const handlers = afterTeamStart(createHandlers(services, classifier, tabs, { caseChanged, templatesChanged, sendAsLearnt: templatesChanged }, perCase), () => teamReady);
  const scoped = scopedToTabs(handlers, { services, entryOf: (tabId) => tabs.get(tabId), isExtensionPage: (sender) => (sender.url ?? '').startsWith(extensionOrigin) });
  serve(guardingStorage(scoped, openingGuard(db)));

  browser.tabs.onUpdated.addListener((tabId, info) => {
    if (info.url) void onTracTabUpdated(services, tabId, info.url, perCase).then((c) => (c ? caseChanged(c.id) : undefined));
  });
  browser.tabs.onRemoved.addListener((tabId) => {
    void tabs.forget(tabId);
    void forgetTracTab(tabId);
  });

  // An alarm created again restarts its countdown, and the worker starts often: create once.
  for (const [name, periodInMinutes] of [[DEADLINE_ALARM, 5], [TRAC_ALARM, 30]] as const) {
    void browser.alarms.get(name).then((existing) => {
      if (!existing) void browser.alarms.create(name, { periodInMinutes });
    });
  }
  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === DEADLINE_ALARM) {
      void warnDueSoon(services).then(refreshBadge, refreshBadge);
      // Reports read packs of summaries; after an upgrade or a re-keying there are none yet.
      void packWhenMissing(db).catch(() => undefined);
    }
    if (alarm.name === TRAC_ALARM) void refreshAllTickets(services, perCase, caseChanged);
  });

  browser.commands?.onCommand.addListener((command) => {
    void browser.tabs.query({ active: true, currentWindow: true }).then(([tab]) => {
      if (tab?.id === undefined) return;
      const parsed = Command.safeParse(command);
      if (parsed.success) void pushToTab(tab.id, { type: 'command', command: parsed.data });
    });
  });
  refreshBadge();
}

/** The badge follows changes once they pause, so its count never delays a thread being opened. */
const BADGE_QUIET_MS = 1500;
/** Which tab shows which case (session storage: the worker sleeps; TabThreads checks the shape). */
const tabThreadsStore = sessionRecord<unknown>('casebook.tabThreads', [], (v): v is unknown => Array.isArray(v));
/** Deadlines already warned about (session storage: the worker sleeps between alarms). */
const warnedDeadlines = sessionRecord<string[]>('casebook.warned', [], (v): v is string[] => Array.isArray(v));

/** Notifies once per deadline when a case is one hour from overdue. */
async function warnDueSoon(services: Services): Promise<void> {
  const now = services.now();
  const warned = new Set(await warnedDeadlines.get());
  const before = warned.size;
  for (const c of await listCasesDueBefore(services.db, now + 3_600_000)) {
    if (!isDueSoon(c, now) || warned.has(`${c.id}:${c.dueAt}`)) continue;
    warned.add(`${c.id}:${c.dueAt}`);
    await browser.notifications.create(`due:${c.id}`, {
      type: 'basic',
      iconUrl: browser.runtime.getURL('/icon/128.png'),
      title: 'Casebook: response due within the hour',
      message: `${c.subject} — ${c.customer.name || c.customer.email}`,
    });
  }
  // Keep the list short: deadlines that have passed will not be warned about again anyway.
  if (warned.size !== before) await warnedDeadlines.set([...warned].slice(-500));
}

async function refreshAllTickets(services: Services, perCase: KeyedQueue, changed: (id: string) => Promise<void>): Promise<void> {
  for (const listed of await listCasesWithOpenTickets(services.db)) {
    const updated = await perCase.run(listed.id, async () => {
      const stored = await findCase(services.db, listed.id);
      return stored ? (await refreshTicketStatuses(services, stored.case)) !== stored.case : false;
    });
    if (updated) await changed(listed.id);
  }
}
