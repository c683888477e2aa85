import { browser } from 'wxt/browser';
import { logPhoneCase } from '../core/case/phone-case';
import { countCases } from '../db/cases-repository';
import { casesOfThreads, teamCasesOfListRows } from './cases-of-threads';
import { listChip } from '../core/case/list-chip';
import { findCase, linkPhoneCaseToThread, listCasesPage, loadEvents, saveCase } from '../db/cases-repository';
import { resetTemplate, saveTemplate } from '../db/templates-repository';
import { isTeamTemplate, templatesWithTeam } from './team/team-templates';
import { teamSettingKeys } from '../core/settings/with-team-settings';
import type { Handlers } from '../messaging';
import { withBodiesAsWritten } from '../hosts/bodies-as-written';
import { withSentTimes } from '../hosts/sent-times';
import type { ThreadSnapshot } from '../model/thread';
import { caseIdFor } from '../core/case/new-case';
import { templateProblems } from '../core/templates/template-limits';
import { applyUserChange } from './case-update';
import type { KeyedQueue } from './keyed-queue';
import type { ClassifierService } from './classifier-service';
import { noticeReplies } from './notice-replies';
import { reportSenderPage } from './page-report';
import { injectPageScript } from './inject-page-script';
import { learnSendAs } from './send-as-store';
import { openThread } from './open-thread';
import type { Services } from './services';
import { wrapHandlers } from './wrap-handlers';
import type { TabThreads } from './tab-threads';
import { tracChoices } from './trac-choices';
import { openEscalation, previewEscalation, refreshTicketStatuses } from './trac-escalation';

export interface HandlerHooks {
  /** After any case write: push to open sidebars and pages, refresh the badge. */
  caseChanged: (caseId: string) => Promise<void>;
  /** After a template was saved or reset: open sidebars show it at once. */
  templatesChanged?: () => Promise<void>;
  /** A Gmail account's send-as addresses became known: open sidebars read their thread again. */
  sendAsLearnt?: () => Promise<void>;
}

/**
 * Every thread a page sends is interpreted here, once, before any handler sees it: the page
 * sends what it sees, and the background reads the messages' send times from the dates as shown
 * (lib/hosts/sent-times.ts) and cuts plain-text quotes and signatures (lib/hosts/bodies-as-written.ts).
 */
function interpretingPageThreads(handlers: Handlers): Handlers {
  return wrapHandlers(handlers, (handler) => (payload, sender) => {
    const { thread } = payload as { thread?: ThreadSnapshot | null };
    return handler(thread ? { ...(payload as object), thread: withSentTimes(withBodiesAsWritten(thread)) } : payload, sender);
  });
}

/** Every request the background answers; shapes and senders were checked by lib/messaging. */
export function createHandlers(services: Services, classifier: ClassifierService, tabs: TabThreads, hooks: HandlerHooks, perCase: KeyedQueue): Handlers {
  const shownThread = async (caseId: string): Promise<ThreadSnapshot | null> => {
    for (const tabId of await tabs.tabsOf(caseId)) {
      const thread = (await tabs.get(tabId))?.thread;
      if (thread) return thread;
    }
    return null;
  };
  const remember = async (thread: Parameters<typeof openThread>[2], tabId: number | undefined, track: boolean) => {
    const key = caseIdFor(thread.host, thread.account, thread.threadId);
    // Every read-modify-write of a case runs alone (see KeyedQueue): reading the thread and,
    // with a Trac origin permitted, refreshing its tickets' status.
    const { state, saved } = await perCase.run(key, async () => {
      const opened = await openThread(services, classifier, thread, track);
      const before = opened.state.case;
      if (!before) return opened;
      const refreshed = await refreshTicketStatuses(services, before).catch(() => before);
      return refreshed === before ? opened : { state: { ...opened.state, case: refreshed }, saved: true };
    });
    if (tabId !== undefined) await tabs.set(tabId, thread, state.case?.id ?? null);
    // Presence: the team sees which case this browser has open and whether a reply is.
    services.team?.showing(state.case?.id ?? null, thread.replyOpen);
    if (state.case && saved) void hooks.caseChanged(state.case.id);
    return state;
  };

  return interpretingPageThreads({
    'thread.opened': ({ thread }, sender) => remember(thread, sender.tab?.id, false),
    'case.track': ({ thread }, sender) => remember(thread, sender.tab?.id, true),
    'mailbox.sendAs': async ({ account, addresses }) => {
      const learnt = await learnSendAs(account, addresses);
      if (learnt) await hooks.sendAsLearnt?.();
      return { learnt };
    },
    'case.forTab': async ({ tabId }) => {
      const thread = (await tabs.get(tabId))?.thread;
      if (!thread) return null;
      const { state, saved } = await perCase.run(caseIdFor(thread.host, thread.account, thread.threadId), () =>
        openThread(services, classifier, thread, false),
      );
      if (state.case && saved) void hooks.caseChanged(state.case.id);
      return state;
    },
    'case.get': async ({ caseId }) => {
      const stored = await findCase(services.db, caseId);
      if (!stored) throw new Error('This case no longer exists.');
      return { case: stored.case, events: await loadEvents(services.db, caseId) };
    },
    'case.update': ({ caseId, change, actor }) => perCase.run(caseId, async () => {
      const stored = await findCase(services.db, caseId);
      if (!stored) throw new Error('This case no longer exists.');
      const settings = await services.settings();
      const other = change.kind === 'link_case' ? ((await findCase(services.db, change.otherCaseId))?.case ?? null) : null;
      const thread = await shownThread(caseId);
      // A change is a delta (set the owner, tick a step), so it applies to the newest stored case
      // whatever version the user saw; a write landing meanwhile is merged by saveCase.
      const result = applyUserChange(stored.case, change, { actor, services, settings, other, thread });
      if (!result) return { case: stored.case, events: await loadEvents(services.db, caseId) };
      // A phone case linked to this conversation merges into it: its row goes, its timeline moves.
      const mergesPhoneCase = change.kind === 'link_case' && other !== null && other.host === null;
      const saved = mergesPhoneCase
        ? await linkPhoneCaseToThread(services.db, other.id, result.case, stored.case, result.events)
        : await saveCase(services.db, result.case, stored.case, result.events);
      if (saved.version !== stored.case.version) await hooks.caseChanged(saved.id);
      if (mergesPhoneCase) await hooks.caseChanged('*');
      return { case: saved, events: await loadEvents(services.db, saved.id) };
    }),
    'case.logPhone': async ({ customer, subject, notes, source }) => {
      const settings = await services.settings();
      const now = services.now();
      const change = logPhoneCase(
        { customer, subject, notes, calledAt: now, owner: settings.identity.emails[0] ?? null },
        { settings, now, newId: services.newId, actor: settings.identity.emails[0] ?? 'me', holidays: services.holidays(settings.calendar.holidayRegion) },
      );
      const saved = await saveCase(services.db, { ...change.case, source }, null, change.events);
      await hooks.caseChanged(saved.id);
      return { case: saved, events: change.events };
    },
    'case.list': async ({ filter, search, offset, limit, me }) => {
      const page = await listCasesPage(services.db, { filter, search, offset, limit, me, now: services.now() }, { total: false });
      // The dashboard shows who is on which case, so two members do not answer one customer.
      const presence = Object.fromEntries(page.cases.flatMap((c) => {
        const lines = services.team?.view(c.id)?.presence ?? [];
        return lines.length > 0 ? [[c.id, lines] as const] : [];
      }));
      return { ...page, presence };
    },
    'case.listTotal': async ({ filter, search, me }) => {
      const page = await listCasesPage(services.db, { filter, search, offset: 0, limit: 0, me, now: services.now() });
      return { total: page.total ?? 0 };
    },
    'case.counts': async () => countCases(services.db, services.now()),
    'classifier.correct': async ({ thread, caseId, to }) => {
      const settings = await services.settings();
      return { classification: await classifier.correct(thread, caseId, to, settings) };
    },
    'list.rowsSeen': async ({ host, account, rows }) => {
      const reopened = await noticeReplies(services, host, account, rows, perCase);
      for (const id of reopened) await hooks.caseChanged(id);
      const [cases, settings] = await Promise.all([casesOfThreads(services, host, account, rows.map((r) => r.threadId)), services.settings()]);
      for (const [threadId, c] of await teamCasesOfListRows(services, account, rows.filter((r) => !cases.has(r.threadId)))) cases.set(threadId, c);
      const now = services.now();
      return { reopened, chips: [...cases].map(([threadId, c]) => listChip(threadId, c, settings.team, now)) };
    },
    // The popup sends no thread: use the one a tab last showed for the case (its text fills the ticket).
    'trac.preview': async ({ caseId, thread, refresh }) => previewEscalation(services, caseId, thread ?? (await shownThread(caseId)), refresh === true),
    'trac.choices': async ({ baseUrl, refresh }) => {
      const now = services.now();
      const state = await tracChoices(baseUrl, now, refresh);
      return { read: state.read, problem: state.kind === 'read' ? null : state.problem };
    },
    'trac.open': async (request, sender) =>
      openEscalation(services, { ...request, thread: request.thread ?? (await shownThread(request.caseId)) }, sender.tab),
    'templates.list': async () => ({ templates: await templatesWithTeam(services) }),
    'team.settings': async () => {
      const settings = services.team?.active ? services.team.teamSettings() : {};
      return { keys: teamSettingKeys(settings), settings };
    },
    'team.settings.share': async ({ sections }) => {
      if (!services.team?.active) throw new Error('Casebook is not in a team.');
      if (services.team.membership?.member.role !== 'admin') throw new Error('Only the team’s admin changes team settings.');
      services.team.saveTeamSettings(sections);
      return { keys: teamSettingKeys(services.team.teamSettings()) };
    },
    'templates.save': async ({ template, base }) => {
      const problems = templateProblems(template.body);
      if (problems.length > 0) throw new Error(`This template cannot be saved: ${problems.join(' ')}`);
      // A team template goes to the team's document (the server refuses a viewer's change too).
      if (isTeamTemplate(template.id)) {
        mayChangeTeamTemplates(services);
        services.team?.saveTeamTemplate(template.id, { ...template, updatedAt: services.now() }, base);
      } else await saveTemplate(services.db, { ...template, updatedAt: services.now() });
      await hooks.templatesChanged?.();
      return { templates: await templatesWithTeam(services) };
    },
    'templates.reset': async ({ id }) => {
      if (isTeamTemplate(id)) {
        mayChangeTeamTemplates(services);
        services.team?.saveTeamTemplate(id, null);
      }
      else await resetTemplate(services.db, id);
      await hooks.templatesChanged?.();
      return { templates: await templatesWithTeam(services) };
    },
    'page.report': async (_request, sender) => reportSenderPage(sender),
    'inserter.load': async ({ host }, sender) => injectPageScript('insert', host, sender),
    'chips.load': async ({ host }, sender) => injectPageScript('chips', host, sender),
    'options.open': async ({ section }) => {
      await browser.tabs.create({ url: `${browser.runtime.getURL('/options.html')}#${section}` });
      return {};
    },
    'data.imported': async () => {
      classifier.reload();
      await hooks.caseChanged('*');
      return {};
    },
  });
}

/**
 * Refuses, in words, a change to the team's templates this browser may not make: the server
 * would refuse it anyway (a viewer's connection is read-only), but written here first it would
 * stay in this browser's copy of the document, shown as if saved.
 */
function mayChangeTeamTemplates(services: Services): void {
  if (!services.team?.active) throw new Error('This is a team template: join the team again to change it.');
  if (services.team.membership?.member.role === 'viewer') throw new Error('As a viewer you cannot change the team’s templates: the team server accepts no changes from a viewer.');
}
