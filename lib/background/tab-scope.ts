import { caseIdFor } from '../core/case/new-case';
import { findLinkCandidates, findCase } from '../db/cases-repository';
import type { Handlers, Sender } from '../messaging';
import type { RequestOf, RequestType } from '../model/messages';
import type { Host, ThreadSnapshot } from '../model/thread';
import type { Services } from './services';
import { wrapHandlers } from './wrap-handlers';
import type { TabEntry } from './tab-threads';

/** What a tab's requests are checked against. */
export interface TabScopeDeps {
  services: Services;
  /** The conversation each tab last reported (lib/background/tab-threads.ts). */
  entryOf: (tabId: number) => Promise<TabEntry | undefined>;
  /** Whether a request comes from one of Casebook's own pages (those are not limited). */
  isExtensionPage: (sender: Sender) => boolean;
}

export class OutOfScopeError extends Error {
  override name = 'OutOfScopeError';
}

const HOST_OF_ORIGIN: Record<string, Host> = { 'https://mail.google.com': 'gmail', 'https://groups.google.com': 'groups' };

/** The host whose page sent the request; null for anything else. */
export function senderHost(sender: Sender): Host | null {
  try {
    return HOST_OF_ORIGIN[new URL(sender.url ?? '').origin] ?? null;
  } catch {
    return null;
  }
}

type Check<T extends RequestType> = (payload: RequestOf<T>, tab: { tabId: number; host: Host | null }, deps: TabScopeDeps) => Promise<void>;

const refuse = (why: string): never => {
  throw new OutOfScopeError(`Request refused: ${why}`);
};

function sameHost(thread: ThreadSnapshot, host: Host | null): void {
  if (thread.host !== host) refuse(`this page cannot report a ${thread.host} conversation.`);
}

/** The tab's own conversation and case, as it last reported them. */
async function reported(tabId: number, deps: TabScopeDeps): Promise<TabEntry> {
  return (await deps.entryOf(tabId)) ?? refuse('this tab has not shown a conversation yet.');
}

async function ownCase(caseId: string | null, thread: ThreadSnapshot | null, tabId: number, deps: TabScopeDeps): Promise<TabEntry> {
  const entry = await reported(tabId, deps);
  if (caseId !== null && caseId !== entry.caseId) refuse('a tab may only change the case of the conversation it shows.');
  if (thread && caseIdFor(thread.host, thread.account, thread.threadId) !== entry.conversation) {
    refuse('a tab may only send the conversation it shows.');
  }
  return entry;
}

/**
 * What a content script may ask, request by request. Requests not listed here are refused to
 * tabs by lib/messaging (they are for Casebook's own pages only).
 */
const checks: { [T in RequestType]?: Check<T> } = {
  'thread.opened': async ({ thread }, { host }) => sameHost(thread, host),
  'case.track': async ({ thread }, { host }) => sameHost(thread, host),
  'case.update': async ({ caseId, change }, { tabId }, deps) => {
    await ownCase(caseId, null, tabId, deps);
    if (change.kind !== 'link_case') return;
    // Linking touches the other case too: only one of those the sidebar offered.
    const shown = await findCase(deps.services.db, caseId);
    const offered = shown ? await findLinkCandidates(deps.services.db, shown.case) : [];
    if (!offered.some((candidate) => candidate.caseId === change.otherCaseId)) refuse('that case was not offered for linking here.');
  },
  'classifier.correct': async ({ caseId, thread }, { tabId }, deps) => {
    await ownCase(caseId, thread, tabId, deps);
  },
  'trac.preview': async ({ caseId, thread }, { tabId }, deps) => {
    await ownCase(caseId, thread, tabId, deps);
  },
  'trac.open': async ({ caseId, thread }, { tabId }, deps) => {
    await ownCase(caseId, thread, tabId, deps);
  },
  'list.rowsSeen': async ({ host }, tab) => {
    if (host !== tab.host) refuse(`this page cannot report ${host} rows.`);
  },
  'page.report': async () => undefined,
  'options.open': async () => undefined,
  'inserter.load': async ({ host }, tab) => {
    if (host !== tab.host) refuse(`this page cannot take ${host}'s insertion script.`);
  },
  'chips.load': async ({ host }, tab) => {
    if (host !== tab.host) refuse(`this page cannot take ${host}'s chip painter.`);
  },
  // Only Gmail composes have send-as addresses, and only for the account the tab shows.
  'mailbox.sendAs': async ({ account }, tab, deps) => {
    if (tab.host !== 'gmail') refuse('only Gmail reports send-as addresses.');
    const entry = await reported(tab.tabId, deps);
    if (!entry.conversation.startsWith(caseIdFor('gmail', account, ''))) refuse('a tab may only report the addresses of the account it shows.');
  },
};

/**
 * Limits content scripts to their own conversation: a tab may act only on the case of the
 * conversation it reported, and report only conversations of its own host. The page beside a
 * content script can read its open shadow root and fake what it reads, so this is checked where
 * the data is (the background), not trusted from the tab.
 */
export function scopedToTabs(handlers: Handlers, deps: TabScopeDeps): Handlers {
  return wrapHandlers(handlers, (handler, type) => {
    const check = checks[type] as Check<RequestType> | undefined;
    return async (payload, sender) => {
      if (!deps.isExtensionPage(sender)) {
        const tabId = sender.tab?.id;
        if (tabId === undefined || !check) return refuse(`${type} is only for Casebook's own pages.`);
        await check(payload as RequestOf<RequestType>, { tabId, host: senderHost(sender) }, deps);
      }
      return handler(payload, sender);
    };
  });
}
