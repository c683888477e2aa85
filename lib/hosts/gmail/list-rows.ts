import type { ListRow } from '../host-adapter';
import { readAccountEmail } from './account';
import { conversationList, listRow, rowSender, rowThreadIds, UNREAD_ROW_CLASS, UNREAD_SENDER_CLASS } from './selectors';
import { isShown } from './visibility';


/**
 * A conversation is one `tr.zA[role=row]`; in the vertical reading-pane layout it continues over
 * the next `tr.zA.apv` rows without a role (SDK thread-row-parser test, real 2015 HTML).
 */
function groupRows(rows: Element[]): Element[][] {
  const groups: Element[][] = [];
  for (const row of rows) {
    const previous = groups[groups.length - 1];
    if (previous && !row.hasAttribute('role') && previous[0]?.hasAttribute('role')) previous.push(row);
    else groups.push([row]);
  }
  return groups;
}

/**
 * The row's participants are listed by first appearance, not recency. An unread thread was last
 * written by someone else (your own messages are never unread), so there the last unread-marked
 * participant other than you is the latest sender; otherwise the last one listed is the best guess.
 */
function lastSender(group: Element[], unread: boolean, account: string | null): string | null {
  const senders = group.flatMap((row) => Array.from(row.querySelectorAll(rowSender)));
  const isMe = (el: Element): boolean => el.getAttribute('email')?.toLowerCase() === account || (account === null && el.getAttribute('name') === 'me');
  const others = unread ? senders.filter((el) => el.classList.contains(UNREAD_SENDER_CLASS) && !isMe(el)) : [];
  const pick = others[others.length - 1] ?? senders[senders.length - 1];
  return pick?.getAttribute('email')?.toLowerCase() || null;
}

/** Rows of the conversation list on screen; a hidden list (behind an open thread) gives none. */
export function readGmailListRows(doc: Document): ListRow[] {
  const lists = Array.from(doc.querySelectorAll(conversationList)).filter(isShown);
  const account = readAccountEmail(doc);
  const rows: ListRow[] = [];
  for (const list of lists) {
    const own = Array.from(list.querySelectorAll(listRow));
    for (const group of groupRows(own)) {
      const ids = group.map((row) => row.querySelector(rowThreadIds)).find((el) => el !== null);
      const threadId = ids?.getAttribute('data-legacy-thread-id');
      if (!ids || !threadId) continue;
      const unread = group[0]?.classList.contains(UNREAD_ROW_CLASS) ?? false;
      rows.push({
        threadId,
        subject: (ids.textContent ?? '').replace(/\s+/g, ' ').trim(),
        unread,
        lastSenderEmail: lastSender(group, unread, account),
      });
    }
  }
  return rows;
}

/**
 * Chip places in the shown lists: before the subject's `span.bog` (the ids span's parent), inside
 * the subject cell `.y6`, which clips its own overflow, so the row's columns never move.
 */
export function gmailChipSlots(doc: Document): Map<string, Element> {
  const slots = new Map<string, Element>();
  for (const list of Array.from(doc.querySelectorAll(conversationList)).filter(isShown)) {
    for (const ids of Array.from(list.querySelectorAll(rowThreadIds))) {
      const threadId = ids.getAttribute('data-legacy-thread-id');
      if (threadId && ids.parentElement) slots.set(threadId, ids.parentElement);
    }
  }
  return slots;
}
