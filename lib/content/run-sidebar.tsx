import { createShadowRootUi, type ContentScriptContext } from '#imports';
import { createRef, render } from 'preact';
import { Sidebar, type SidebarModel } from '../../components/sidebar/sidebar';
import '../../components/shared/theme.css';
import '../../components/sidebar/sidebar.css';
import type { HostAdapter } from '../hosts/host-adapter';
import { onPush } from '../messaging';
import type { ThreadSnapshot } from '../model/thread';
import { loadCollapsed } from './collapsed-preference';
import { createSidebarActions } from './sidebar-actions';
import { waitFor } from './wait-for';
import { watchLocation } from './watch-location';
import { watchListRows } from './watch-list-rows';

/**
 * Runs Casebook inside a host page (Gmail or Groups): follows the single-page app's routes,
 * shows the sidebar beside each open conversation and removes it elsewhere. Nothing here throws
 * into the page: failures end up as a message in the sidebar.
 */
export async function runSidebar(ctx: ContentScriptContext, adapter: HostAdapter): Promise<void> {
  const searchRef = createRef<HTMLInputElement | null>();
  let model: SidebarModel | null = null;
  let container: HTMLElement | null = null;
  let routeAbort = new AbortController();

  const ui = await createShadowRootUi(ctx, {
    name: 'casebook-sidebar',
    position: 'inline',
    anchor: 'body',
    append: 'last',
    mode: 'open',
    // Keys typed in the sidebar must not reach Gmail's keyboard shortcuts.
    isolateEvents: ['keydown', 'keyup', 'keypress'],
    onMount: (uiContainer) => {
      container = uiContainer;
    },
    onRemove: () => {
      if (container) render(null, container);
    },
  });
  ui.mount();

  const update = (patch: Partial<SidebarModel>): void => {
    if (!model) return;
    model = { ...model, ...patch };
    if (container) render(<Sidebar model={model} actions={actions} searchRef={searchRef} />, container);
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
      lastFromStaff: null,
      insertStatus: '',
      reportStatus: '',
      escalation: null,
    };
    update({});
  };

  const hide = (): void => {
    model = null;
    if (container) render(null, container);
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
    const root = await waitFor(() => adapter.findConversationRoot(document), document.body, 8000, signal);
    if (signal.aborted) return;
    adapter.trackCaret(document, signal);
    // Read even without a root: the snapshot then lists what is missing, and the sidebar says so.
    const thread = adapter.readThread(document, url);
    const collapsed = await loadCollapsed();
    if (signal.aborted) return;
    showThread(thread, collapsed);
    await actions.load(thread, signal);
    if (root) watchThreadChanges(root, url, signal);
  };

  // Re-read when the open thread changes in place (a new message, a reply opened or sent).
  const watchThreadChanges = (root: Element, url: URL, signal: AbortSignal): void => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const observer = new MutationObserver(() => {
      clearTimeout(timer);
      timer = setTimeout(() => {
        if (!model || signal.aborted) return;
        const next = adapter.readThread(document, url);
        const grew = next.messageCount !== model.thread.messageCount;
        update({ thread: next });
        if (grew) void actions.load(next, signal);
      }, 400);
    });
    observer.observe(root, { childList: true, subtree: true });
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
