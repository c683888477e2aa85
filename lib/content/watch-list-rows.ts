import type { ListChip } from '../core/case/list-chip';
import type { HostAdapter } from '../hosts/host-adapter';
import { ask, onPush } from './content-messaging';
import { paintChips } from './list-chips';

/** Chips are re-worded this often ("due in" becomes "overdue") even when nothing else happens. */
const REFRESH_MS = 60_000;

/**
 * While a conversation list is on screen (also beside the reading pane), tells the background
 * which rows are shown and unread, so a customer's reply re-opens its case even if nobody opens
 * the thread, and paints the status chips it answers with. Sending is debounced (lists re-render
 * often); painting follows every re-render of the host, on the next frame.
 */
export function watchListRows(adapter: HostAdapter, signal: AbortSignal): void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let frame = 0;
  let lastSent = '';
  let chips: ListChip[] = [];
  const paint = (): void => {
    frame = 0;
    paintChips(document, adapter.listChipSlots(document), chips);
  };
  const send = (): void => {
    const rows = adapter.readListRows(document);
    const key = JSON.stringify(rows);
    if (rows.length === 0 || key === lastSent) return;
    lastSent = key;
    const account = adapter.readAccount(document, new URL(location.href));
    ask('list.rowsSeen', { host: adapter.host, account, rows }).then((answer) => {
      if (signal.aborted) return;
      chips = answer.chips;
      paint();
    }, () => undefined);
  };
  const refresh = (): void => {
    lastSent = '';
    send();
  };
  const observer = new MutationObserver(() => {
    clearTimeout(timer);
    timer = setTimeout(send, 1000);
    if (chips.length > 0 && frame === 0) frame = requestAnimationFrame(paint);
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
    cancelAnimationFrame(frame);
  });
}
