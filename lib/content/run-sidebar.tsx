import { createRef, render } from 'preact';
import sidebarCss from '../../components/sidebar/sidebar.css?inline';
import { Sidebar, type HostPanel, type SidebarModel } from '../../components/sidebar/sidebar';
import type { HostAdapter } from '../hosts/host-adapter';
import { onPush } from './content-messaging';
import type { ThreadSnapshot } from '../model/thread';
import { loadCollapsed } from './collapsed-preference';
import type { PageContext } from './page-context';
import { createDock, DOCK_COLLAPSED, DOCK_OPEN } from './dock';
import { createSidebarActions } from './sidebar-actions';
import { createFocusToggle } from './focus-toggle';
import { loadInserter } from './reply-inserter';
import { readInSlices } from './read-in-slices';
import { mountSidebarHost } from './sidebar-host';
import { waitFor } from './wait-for';
import { watchLocation } from './watch-location';
import { watchListRows } from './watch-list-rows';

/** How long to wait for a conversation to render before reading what is there (and saying what is missing). */
const ROOT_WAIT_MS = 4000;

/** What the sidebar shows of a thread did not change (cheap check before re-rendering). */
function sameThreadView(a: ThreadSnapshot, b: ThreadSnapshot): boolean {
  return (
    a.threadId === b.threadId &&
    a.subject === b.subject &&
    a.messageCount === b.messageCount &&
    a.replyOpen === b.replyOpen &&
    a.problems.length === b.problems.length
  );
}

/**
 * Runs Casebook inside a host page (Gmail or Groups): follows the single-page app's routes,
 * shows the sidebar beside each open conversation and removes it elsewhere. Nothing here throws
 * into the page: failures end up as a message in the sidebar.
 */
export async function runSidebar(ctx: PageContext, adapter: HostAdapter, hostPanel?: HostPanel): Promise<void> {
  const searchRef = createRef<HTMLInputElement | null>();
  let model: SidebarModel | null = null;
  let routeAbort = new AbortController();

  const { container, shadow } = mountSidebarHost(ctx, sidebarCss);
  // Docked beside the host's layout when it is recognised, floating over it otherwise.
  const dock = createDock(shadow.host as HTMLElement, () => adapter.findDockFrame(document));
  const redock = (): void => {
    if (model) dock.apply(model.collapsed ? DOCK_COLLAPSED : DOCK_OPEN);
  };
  ctx.onInvalidated(() => {
    render(null, container);
    dock.release();
  });
  addEventListener('resize', redock, { signal: ctx.signal });
  // The user is about to use the sidebar: fetch the template insertion code now (reply-inserter.ts).
  for (const type of ['pointerover', 'focusin']) shadow.addEventListener(type, () => void loadInserter(adapter.host), { once: true, signal: ctx.signal });

  const update = (patch: Partial<SidebarModel>): void => {
    if (!model) return;
    model = { ...model, ...patch };
    render(<Sidebar model={model} actions={actions} searchRef={searchRef} hostPanel={hostPanel} />, container);
    redock();
  };
  const actions = createSidebarActions({
    adapter,
    getModel: () => model,
    update,
    focusSearch: () => searchRef.current?.focus(),
    toggleFocus: createFocusToggle(shadow, () => {
      if (model?.collapsed) actions.onToggleCollapsed();
    }),
  });

  const showThread = (thread: ThreadSnapshot, collapsed: boolean): void => {
    model = {
      thread,
      state: null,
      error: '',
      collapsed,
      now: Date.now(),
      insertStatus: '',
      reportStatus: '',
      escalation: null,
    };
    update({});
  };

  const hide = (): void => {
    model = null;
    render(null, container);
    dock.release();
  };

  const onRoute = async (): Promise<void> => {
    routeAbort.abort();
    routeAbort = new AbortController();
    const signal = routeAbort.signal;
    const url = new URL(location.href);
    const route = adapter.parseRoute(url);
    // Also beside a conversation: the reading pane shows the list too (a hidden list gives no rows).
    if (route.kind !== 'other') watchListRows(adapter, signal);
    if (route.kind !== 'conversation') return hide();
    // Wait for the conversation the URL names: in Gmail's reading pane the previous one stays
    // on screen for a moment after the hash changes.
    await waitFor(() => (adapter.showsThread(document, url, route.threadKey) ? true : null), document.body, ROOT_WAIT_MS, signal);
    if (signal.aborted) return;
    adapter.trackCaret(document, signal);
    // Read even without a match: the snapshot then lists what is missing, and the sidebar says so.
    const thread = await readInSlices(adapter.readThread(document, url), signal);
    const collapsed = await loadCollapsed();
    if (!thread || signal.aborted) return;
    showThread(thread, collapsed);
    watchThreadChanges(url, signal);
    await actions.load(thread, signal);
  };

  // Re-read when the open conversation changes in place (a new message, a reply opened or sent,
  // the reading pane swapping its content). The page's body is watched, not the conversation's
  // element, because the host may replace that element wholesale.
  const watchThreadChanges = (url: URL, signal: AbortSignal): void => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const observer = new MutationObserver(() => {
      clearTimeout(timer);
      timer = setTimeout(async () => {
        if (!model || signal.aborted) return;
        const next = await readInSlices(adapter.readThread(document, url), signal);
        if (!next || !model) return;
        const before = model.thread;
        if (sameThreadView(before, next)) return;
        update({ thread: next });
        if (next.messageCount !== before.messageCount || next.threadId !== before.threadId) void actions.load(next, signal);
      }, 400);
    });
    observer.observe(document.body, { childList: true, subtree: true });
    signal.addEventListener('abort', () => {
      observer.disconnect();
      clearTimeout(timer);
    });
  };

  onPush((message) => actions.onPush(message), ctx.signal);
  ctx.setInterval(() => update({ now: Date.now() }), 30_000);
  watchLocation(() => void onRoute(), ctx.signal);
  ctx.signal.addEventListener('abort', () => routeAbort.abort());
  await onRoute();
}
