import type { HostAdapter } from '../hosts/host-adapter';
import { providedChipPainter } from './chip-painter-slot';
import { ask, onPush } from './content-messaging';
import type { ChipPainter } from './list-chips';

/** Chips are re-worded this often ("due in" becomes "overdue") even when nothing else happens. */
const REFRESH_MS = 60_000;
/** The chip painter's injection, asked for once per page (again only if it failed). */
let loading: Promise<unknown> | undefined;
/** One per page, kept across the watchers of successive views: it knows the chips it wrote. */
let shared: ChipPainter | undefined;

/**
 * While a conversation list is on screen (also beside the reading pane), tells the background
 * which rows are shown and unread, so a customer's reply re-opens its case even if nobody opens
 * the thread, and paints the status chips it answers with. Sending is debounced (lists re-render
 * often); painting follows every re-render of the host, frame by frame (lib/content/list-chips.ts).
 * The painter is not part of every tab's script: the first answer with a chip asks the background
 * to inject it (entrypoints/<site>-chips.ts), so a mailbox without cases never loads it.
 */
export function watchListRows(adapter: HostAdapter, signal: AbortSignal): void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let lastSent = '';
  /** Set by this view's first answer: until then the host's changes repaint nothing. */
  let painter: ChipPainter | undefined;
  const send = (): void => {
    const rows = adapter.readListRows(document);
    const key = JSON.stringify(rows);
    if (rows.length === 0 || key === lastSent) return;
    lastSent = key;
    const account = adapter.readAccount(document, new URL(location.href));
    ask('list.rowsSeen', { host: adapter.host, account, rows }).then(async ({ chips }) => {
      if (chips.length > 0) await (loading ??= ask('chips.load', { host: adapter.host }).catch(() => (loading = undefined)));
      if (signal.aborted) return;
      painter = shared ??= providedChipPainter()?.(document);
      painter?.show(chips);
    }).catch(() => undefined);
  };
  const refresh = (): void => {
    lastSent = '';
    send();
  };
  const observer = new MutationObserver((records) => {
    if (painter?.owns(records)) return; // its chips: no new rows to report, nothing to repaint
    clearTimeout(timer);
    timer = setTimeout(send, 1000);
    painter?.repaint();
  });
  observer.observe(document.body, { childList: true, subtree: true, attributes: true, attributeFilter: ['class'] });
  timer = setTimeout(send, 300);
  const interval = setInterval(refresh, REFRESH_MS);
  onPush((message) => {
    if (message.type === 'case.changed') refresh();
  }, signal);
  signal.addEventListener('abort', () => {
    observer.disconnect();
    clearTimeout(timer);
    clearInterval(interval);
    painter?.stop();
  });
}
