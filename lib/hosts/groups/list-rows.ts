import type { ListRow } from '../host-adapter';
import { renderedMatches } from './dom-visibility';
import { listRow, listRowByRole, rowParticipant, rowSubject, rowTopicLink } from './selectors';

const TOPIC_IN_HREF = /\/c\/([A-Za-z0-9_-]+)/;
const EMAIL = /^[^\s@]+@[^\s@]+\.[A-Za-z]{2,}$/;
/** Unread rows are bold (G, 2026-11-26): a language-free signal where computed style exists. */
const BOLD = 600;

/** The topic rows the list page shows, in screen order; rows without a topic id are skipped. */
export function readGroupsListRows(doc: Document): ListRow[] {
  const rows = renderedMatches(doc, listRow.css);
  const found = rows.length > 0 ? rows : renderedMatches(doc, listRowByRole.css);
  return found.flatMap((row): ListRow[] => {
    const link = row.querySelector(rowTopicLink.css);
    const threadId = row.getAttribute('data-rowid') || TOPIC_IN_HREF.exec(link?.getAttribute('href') ?? '')?.[1] || '';
    if (threadId === '') return [];
    const subjectEl = row.querySelector(rowSubject.css) ?? link?.firstElementChild ?? null;
    return [{ threadId, subject: clean(subjectEl?.textContent), unread: isUnread(row, subjectEl), lastSenderEmail: lastSender(row) }];
  });
}

function isUnread(row: Element, subject: Element | null): boolean {
  const view = row.ownerDocument.defaultView;
  const weight = subject === null || view === null ? '' : view.getComputedStyle(subject).fontWeight;
  if (weight === 'bold' || Number(weight) >= BOLD) return true;
  // Last resort, English only: rows carry an off-screen "N unread," text (A1, procurement 2026).
  return /\bunread\b/i.test(row.textContent ?? '');
}

/** Participants are listed latest last (RSS-Bridge reads `z0zUgf[last()]`); an address only if shown. */
function lastSender(row: Element): string | null {
  const last = Array.from(row.querySelectorAll(rowParticipant.css)).at(-1);
  const id = last?.getAttribute('data-hovercard-id') ?? '';
  return EMAIL.test(id) ? id : null;
}

function clean(text: string | null | undefined): string {
  return (text ?? '').replace(/\s+/g, ' ').trim();
}
