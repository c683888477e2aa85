import type { ListRow } from '../host-adapter';
import { renderedMatches } from './dom-visibility';
import { listRow, listRowByRole, rowParticipant, rowSubject, rowTopicLink } from './selectors';

const TOPIC_IN_HREF = /\/c\/([A-Za-z0-9_-]+)/;
const EMAIL = /^[^\s@]+@[^\s@]+\.[A-Za-z]{2,}$/;
/** Unread rows are bold (G, 2026-11-26): a language-free signal where computed style exists. */
const BOLD = 600;

/** Each shown topic row with its id and subject element; rows without a topic id are skipped. */
function shownRows(doc: Document): Array<{ row: Element; threadId: string; subjectEl: Element | null }> {
  const rows = renderedMatches(doc, listRow.css);
  const found = rows.length > 0 ? rows : renderedMatches(doc, listRowByRole.css);
  return found.flatMap((row) => {
    const link = row.querySelector(rowTopicLink.css);
    const threadId = row.getAttribute('data-rowid') || TOPIC_IN_HREF.exec(link?.getAttribute('href') ?? '')?.[1] || '';
    return threadId === '' ? [] : [{ row, threadId, subjectEl: row.querySelector(rowSubject.css) ?? link?.firstElementChild ?? null }];
  });
}

/** The topic rows the list page shows, in screen order. */
export function readGroupsListRows(doc: Document): ListRow[] {
  return shownRows(doc).map(({ row, threadId, subjectEl }) => ({ threadId, subject: clean(subjectEl?.textContent), unread: isUnread(row, subjectEl), lastSenderEmail: lastSender(row) }));
}

/** Chip places: before the subject, inside the topic link's line (which clips), so columns stay put. */
export function groupsChipSlots(doc: Document): Map<string, Element> {
  return new Map(shownRows(doc).flatMap(({ threadId, subjectEl }) => (subjectEl ? [[threadId, subjectEl] as const] : [])));
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
