import type { HostRoute } from '../host-adapter';
import { decodeThreadToken, URL_TOKEN_PATTERN } from './url-token';

/** Mail views whose thread URLs are `#<box>/<id>`. */
const PLAIN_BOXES = ['inbox', 'starred', 'snoozed', 'sent', 'drafts', 'imp', 'all', 'spam', 'trash', 'scheduled', 'chats'] as const;
/** Views with one parameter before the thread id: `#label/<name>/<id>`, `#search/<q>/<id>`, `#category/<c>/<id>`. */
const PARAM_BOXES = ['label', 'search', 'category'] as const;

export type GmailBox = (typeof PLAIN_BOXES)[number] | (typeof PARAM_BOXES)[number];

export type GmailRoute =
  | {
      kind: 'thread';
      accountIndex: number;
      box: GmailBox;
      /** Decoded label name, search query or category; null for plain boxes. */
      boxParam: string | null;
      /** The id as the URL spells it: a token (`FMfcgz…`) or a legacy hex id. */
      urlThreadId: string;
      /** Hex id as in `data-legacy-thread-id`, when the URL id is or decodes to one. */
      legacyThreadId: string | null;
      permThreadId: string | null;
    }
  | { kind: 'list'; accountIndex: number; box: GmailBox; boxParam: string | null; page: number }
  | { kind: 'other'; accountIndex: number | null };

const LEGACY_ID_PATTERN = /^[0-9a-f]{12,16}$/;
const PAGE_PATTERN = /^p(\d{1,5})$/;

function isBox(name: string, boxes: readonly string[]): name is GmailBox {
  return boxes.includes(name);
}

/** `/mail/u/2/` → 2; `/mail/` → 0 (Gmail's default account); anything else → null. */
function parseAccountIndex(pathname: string): number | null {
  const match = /^\/mail(?:\/u\/(\d{1,3}))?(?:\/|$)/.exec(pathname);
  if (!match) return null;
  return match[1] === undefined ? 0 : Number(match[1]);
}

/** Gmail writes spaces in labels and queries as `+` and escapes `/`, `+` and `%`. */
function decodeSegment(segment: string): string {
  const spaced = segment.replace(/\+/g, ' ');
  try {
    return decodeURIComponent(spaced);
  } catch {
    return spaced;
  }
}

function threadIds(segment: string): { legacy: string | null; perm: string | null } | null {
  if (LEGACY_ID_PATTERN.test(segment)) return { legacy: segment, perm: null };
  if (!URL_TOKEN_PATTERN.test(segment)) return null;
  const decoded = decodeThreadToken(segment);
  return { legacy: decoded?.legacyId ?? null, perm: decoded?.permId ?? null };
}

/** Pure: where the user is in Gmail, from the URL alone (the DOM may still show the previous view). */
export function parseGmailRoute(url: URL): GmailRoute {
  const accountIndex = parseAccountIndex(url.pathname);
  const other: GmailRoute = { kind: 'other', accountIndex };
  if (accountIndex === null) return other;
  // `#inbox?compose=new` and similar carry a query after the view.
  const hash = url.hash.replace(/^#/, '').split('?')[0] ?? '';
  const [boxName = '', ...rest] = hash === '' ? ['inbox'] : hash.split('/');
  let box: GmailBox;
  let boxParam: string | null = null;
  if (isBox(boxName, PLAIN_BOXES)) {
    box = boxName;
  } else if (isBox(boxName, PARAM_BOXES)) {
    const param = rest.shift();
    if (param === undefined || param === '') return other;
    box = boxName;
    boxParam = decodeSegment(param);
  } else {
    return other;
  }
  const pageMatch = rest[0] === undefined ? null : PAGE_PATTERN.exec(rest[0]);
  const page = pageMatch ? Number(pageMatch[1]) : 1;
  if (pageMatch) rest.shift();
  if (rest.length === 0) return { kind: 'list', accountIndex, box, boxParam, page };
  const urlThreadId = rest[0] ?? '';
  const ids = rest.length === 1 ? threadIds(urlThreadId) : null;
  if (!ids) return other;
  return { kind: 'thread', accountIndex, box, boxParam, urlThreadId, legacyThreadId: ids.legacy, permThreadId: ids.perm };
}

/** The key the sidebar uses: the legacy hex id when known, so it equals `ThreadSnapshot.threadId`. */
export function toHostRoute(route: GmailRoute): HostRoute {
  if (route.kind === 'thread') return { kind: 'conversation', threadKey: route.legacyThreadId ?? route.urlThreadId };
  if (route.kind === 'list') return { kind: 'list' };
  return { kind: 'other' };
}

/** The link that reopens a thread in the same account, whatever view it was opened from. */
export function canonicalThreadUrl(accountIndex: number, urlThreadId: string): string {
  return `https://mail.google.com/mail/u/${accountIndex}/#inbox/${urlThreadId}`;
}
