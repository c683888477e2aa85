import type { HostAdapter } from '../hosts/host-adapter';
import { ask } from './content-messaging';

/**
 * While a conversation list is on screen, tells the background which rows are unread, so a
 * customer's reply re-opens its case even if nobody opens the thread. Debounced: lists re-render often.
 */
export function watchListRows(adapter: HostAdapter, signal: AbortSignal): void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let lastSent = '';
  const send = (): void => {
    const rows = adapter.readListRows(document);
    const key = JSON.stringify(rows);
    if (rows.length === 0 || key === lastSent) return;
    lastSent = key;
    const account = adapter.readAccount(document, new URL(location.href));
    ask('list.rowsSeen', { host: adapter.host, account, rows }).catch(() => undefined);
  };
  const observer = new MutationObserver(() => {
    clearTimeout(timer);
    timer = setTimeout(send, 1000);
  });
  observer.observe(document.body, { childList: true, subtree: true, attributes: true, attributeFilter: ['class'] });
  timer = setTimeout(send, 300);
  signal.addEventListener('abort', () => {
    observer.disconnect();
    clearTimeout(timer);
  });
}
