import { createRef, render } from 'preact';
import sidebarCss from '../../components/sidebar/sidebar.css?inline';
import { Sidebar, type HostPanel, type SidebarModel } from '../../components/sidebar/sidebar';
import type { HostAdapter } from '../hosts/host-adapter';
import { onPush } from './content-messaging';
import type { ThreadSnapshot } from '../model/thread';
import { loadCollapsed } from './collapsed-preference';
import type { PageContext } from './page-context';
import { createSidebarActions } from './sidebar-actions';
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

  const { container } = mountSidebarHost(ctx, sidebarCss);
  ctx.onInvalidated(() => render(null, container));

  const update = (patch: Partial<SidebarModel>): void => {
    if (!model) return;
    model = { ...model, ...patch };
    render(<Sidebar model={model} actions={actions} searchRef={searchRef} hostPanel={hostPanel} />, container);
  };
  const actions = createSidebarActions({
    adapter,
    getModel: () => model,
    update,
    focusSearch: () => searchRef.current?.focus(),
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
  };

  const onRoute = async (): Promise<void> => {
    routeAbort.abort();
    routeAbort = new AbortController();
    const signal = routeAbort.signal;
    const url = new URL(location.href);
    const route = adapter.parseRoute(url);
    if (route.kind !== 'conversation') {
      hide();
      if (route.kind === 'list') watchListRows(adapter, signal);
      return;
    }
    // Wait for the conversation the URL names: in Gmail's reading pane the previous one stays
    // on screen for a moment after the hash changes.
    const matching = (): ThreadSnapshot | null => {
      if (!adapter.findConversationRoot(document)) return null;
      const read = adapter.readThread(document, url);
      return read.threadId === route.threadKey ? read : null;
    };
    const found = await waitFor(matching, document.body, ROOT_WAIT_MS, signal);
    if (signal.aborted) return;
    adapter.trackCaret(document, signal);
    // Read even without a match: the snapshot then lists what is missing, and the sidebar says so.
    const thread = found ?? adapter.readThread(document, url);
    const collapsed = await loadCollapsed();
    if (signal.aborted) return;
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
      timer = setTimeout(() => {
        if (!model || signal.aborted) return;
        const next = adapter.readThread(document, url);
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
