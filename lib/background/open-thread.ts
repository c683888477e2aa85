import { AUTOMATIC_ACTOR } from '../core/case/case-change';
import { applyThread } from '../core/case/derive-from-thread';
import { caseIdFor } from '../core/case/new-case';
import { autoTrackReason } from '../core/case/support-thread';
import { findCase, findLinkCandidates, loadEvents, saveCase } from '../db/cases-repository';
import { storageProblem } from '../db/storage-problems';
import { namedForPicker, templatesWithTeam } from './team/team-templates';
import type { SidebarState } from '../model/messages';
import type { SupportCase } from '../model/case';
import { withMailbox } from '../core/case/staff';
import { knownSendAs } from './send-as-store';
import type { Settings } from '../model/settings';
import type { ThreadSnapshot } from '../model/thread';
import type { ClassifierService } from './classifier-service';
import type { Services } from './services';
import { buildSidebarState } from './sidebar-state';

/**
 * A conversation was opened (or changed) in a tab: classify it, create or update its case when
 * it is tracked (support address / label, or `track` = the user clicked), and answer with
 * everything the sidebar shows. Reading the same thread twice changes nothing (`saved` false),
 * so other views are told about a case only when it really changed.
 */
export async function openThread(
  services: Services,
  classifier: ClassifierService,
  thread: ThreadSnapshot,
  track: boolean,
): Promise<{ state: SidebarState; saved: boolean }> {
  const now = services.now();
  const id = caseIdFor(thread.host, thread.account, thread.threadId);
  // In a team, a conversation's case is the team's, under its conversation key (the same in
  // every member's mailbox); a case tracked here before joining moves under that key.
  const teamKey = services.team?.keyFor(thread) ?? null;
  // Independent reads, asked for together (the case panel waits for all of them).
  const [teamSettings, stored, templates, sendAs] = await Promise.all([
    services.settings(), findTeamOrLocalCase(services, teamKey, id), templatesWithTeam(services), knownSendAs(thread.account),
  ]);
  // The mailbox's own address, and the addresses it sends as, are staff even when the options name nobody.
  const settings = withMailbox(withTeamMembers(teamSettings, services), thread.account, sendAs);
  const classification = await classifier.classify(thread, settings);
  // Auto-replies (out of office, bounces) need no answer: they never open a case by themselves.
  const automatic = classification.category === 'auto_reply' ? null : autoTrackReason(thread, settings, { labels: thread.labels ?? [] });
  const reason = track ? 'Tracked by hand' : automatic;
  let supportCase = stored?.case ?? null;
  let saved = false;
  let problem: string | null = null;
  if (stored || reason) {
    const update = applyThread(supportCase, thread, {
      settings,
      now,
      newId: services.newId,
      actor: AUTOMATIC_ACTOR,
      holidays: services.holidays(settings.calendar.holidayRegion),
      ...(reason ? { trackReason: reason } : {}),
    });
    let next = update.case;
    let events = update.events;
    if (!stored && teamKey) {
      next = { ...next, id: teamKey };
      events = events.map((event) => ({ ...event, caseId: teamKey }));
    }
    // A team case shows each member their own thread (ids and links differ per mailbox).
    if (stored && teamKey && (next.host !== thread.host || next.account !== thread.account || next.threadId !== thread.threadId)) {
      next = { ...next, host: thread.host, account: thread.account, threadId: thread.threadId, threadUrl: thread.url || next.threadUrl };
    }
    if (next.category === null && classification) next = { ...next, category: classification.category };
    if (update.changed || next !== update.case) {
      try {
        supportCase = await saveCase(services.db, next, stored?.case ?? null, events);
        saved = supportCase.version !== stored?.case.version;
      } catch (error) {
        // Storage full: show what the thread says, unsaved, with the classification and
        // templates, rather than an error in place of the whole sidebar.
        problem = storageProblem(error);
        if (problem === null) throw error;
        supportCase = stored?.case ?? null;
      }
    } else {
      supportCase = update.case;
    }
  }
  const [events, linkCandidates] = supportCase
    ? await Promise.all([loadEvents(services.db, supportCase.id), findLinkCandidates(services.db, supportCase)])
    : [[], []];
  const state = buildSidebarState({
    thread,
    supportCase,
    events,
    classification,
    nextStep: classification ? classifier.nextStep(classification.category, settings) : null,
    templates: namedForPicker(templates),
    settings,
    linkCandidates,
    now,
    holidays: services.holidays(settings.calendar.holidayRegion),
    storageProblem: problem,
    team: services.team?.view(supportCase?.id ?? null) ?? null,
  });
  return { state, saved };
}

/** The team's case of the conversation, or this mailbox's own (adopted into the team when in one). */
async function findTeamOrLocalCase(services: Services, teamKey: string | null, localId: string): Promise<{ case: SupportCase } | null> {
  const shared = teamKey ? await findCase(services.db, teamKey) : null;
  if (shared) return shared;
  const local = await findCase(services.db, localId);
  if (!local || !teamKey || !services.team) return local;
  return { case: await services.team.adopt(local.case, teamKey) };
}

/** In a team, cases are assigned to the team's members (the server keeps the list). */
export function withTeamMembers(settings: Settings, services: Services): Settings {
  const members = services.team?.members() ?? [];
  return members.length > 0 ? { ...settings, team: members } : settings;
}
