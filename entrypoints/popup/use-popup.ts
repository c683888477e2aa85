import { useCallback, useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import type { PopupPageProps, ActiveTab } from '../../components/popup/popup-page';
import { errorMessage } from '../../components/shared/error-message';
import { myAddress } from '../../components/shared/my-address';
import { useNow } from '../../components/shared/use-now';
import { ask, onPush, pushToTab } from '../../lib/messaging';
import type { CaseChange } from '../../lib/model/messages';

type Counts = PopupPageProps['counts'];

/** Connects the popup to the background: the active tab's case, counts, and every action. */
export function usePopup(): PopupPageProps {
  const now = useNow(10_000);
  const [tab, setTab] = useState<ActiveTab>({ kind: 'loading' });
  const [tabId, setTabId] = useState<number | null>(null);
  const [counts, setCounts] = useState<Counts>(null);
  const [problem, setProblem] = useState<string | null>(null);

  const refreshCounts = useCallback(async (): Promise<void> => {
    try {
      setCounts(await ask('case.counts', {}));
    } catch (error: unknown) {
      setProblem(`Case counts could not be read: ${errorMessage(error)}`);
    }
  }, []);

  useEffect(() => {
    void refreshCounts();
    void readActiveTab().then(({ id, tab: found }) => {
      setTabId(id);
      setTab(found);
    });
  }, [refreshCounts]);

  // Keep the shown case current when the sidebar or another page changes it.
  useEffect(() => {
    const stop = new AbortController();
    onPush((message) => {
      // A team template or setting changed (a colleague, the admin): the tab's state is read again.
      if (message.type === 'templates.changed' || message.type === 'settings.changed') {
        void readActiveTab().then(({ tab: found }) => setTab((current) => (current.kind === 'conversation' && found.kind === 'conversation' ? found : current)));
        return;
      }
      if (message.type !== 'case.changed') return;
      void refreshCounts();
      setTab((current) =>
        current.kind === 'conversation' && current.state.case?.id === message.case.id
          ? { kind: 'conversation', state: { ...current.state, case: message.case, events: message.events } }
          : current,
      );
    }, stop.signal);
    return () => stop.abort();
  }, [refreshCounts]);

  const conversation = tab.kind === 'conversation' ? tab.state : null;
  const supportCase = conversation?.case ?? null;

  const update = async (change: CaseChange): Promise<void> => {
    if (!conversation || !supportCase) throw new Error('This tab has no case.');
    const result = await ask('case.update', {
      caseId: supportCase.id,
      baseVersion: supportCase.version,
      change,
      actor: myAddress(conversation.settings),
    });
    setTab({ kind: 'conversation', state: { ...conversation, case: result.case, events: result.events } });
    void refreshCounts();
  };

  const requireCaseId = (): string => {
    if (!supportCase) throw new Error('This tab has no case.');
    return supportCase.id;
  };

  return {
    now,
    tab,
    counts,
    problem,
    onStatusChange: (status) => update({ kind: 'status', to: status, reason: 'Set in the toolbar popup' }),
    onOwnerChange: (owner) => update({ kind: 'owner', to: owner }),
    onPreviewTrac: (refresh) => ask('trac.preview', { caseId: requireCaseId(), thread: null, refresh }),
    onOpenTrac: async (summary, values) => (await ask('trac.open', { caseId: requireCaseId(), thread: null, summary, values })).notice,
    onInsertTemplate: async (template) => {
      if (tabId === null) throw new Error('There is no tab to insert into.');
      // The tab's content script inserts it at the reply's caret (opening a reply if none is open).
      await pushToTab(tabId, { type: 'insert-template', templateId: template.id });
      window.close();
    },
    onLogPhone: async (draft) => {
      await ask('case.logPhone', {
        customer: { name: draft.name, email: draft.email, organisation: draft.organisation },
        subject: draft.subject,
        notes: draft.notes,
        source: 'phone',
      });
      void refreshCounts();
    },
    onOpenDashboard: () => {
      void browser.tabs.create({ url: browser.runtime.getURL('/dashboard.html') }).then(() => window.close());
    },
    onOpenReports: () => {
      void browser.tabs.create({ url: browser.runtime.getURL('/reports.html') }).then(() => window.close());
    },
    onOpenOptions: () => {
      void browser.runtime.openOptionsPage().then(() => window.close());
    },
  };
}

/**
 * The tab the popup acts on: the active one, or `popup.html?tab=<id>` when the popup is opened
 * as a page (pinned in its own tab, or by the end-to-end tests).
 */
async function targetTab(): Promise<{ id?: number } | undefined> {
  const pinned = Number(new URLSearchParams(location.search).get('tab'));
  if (Number.isInteger(pinned) && pinned > 0) return { id: pinned };
  const [active] = await browser.tabs.query({ active: true, currentWindow: true });
  return active;
}

async function readActiveTab(): Promise<{ id: number | null; tab: ActiveTab }> {
  try {
    const active = await targetTab();
    if (active?.id === undefined) return { id: null, tab: { kind: 'none', reason: 'There is no active tab to read.' } };
    const state = await ask('case.forTab', { tabId: active.id });
    if (!state) {
      return { id: active.id, tab: { kind: 'none', reason: 'This tab is not a Gmail or Google Groups conversation.' } };
    }
    return { id: active.id, tab: { kind: 'conversation', state } };
  } catch (error: unknown) {
    return { id: null, tab: { kind: 'none', reason: `Casebook could not read this tab: ${errorMessage(error)}` } };
  }
}

