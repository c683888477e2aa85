import type { HostRoute } from '../host-adapter';

/** Where a groups.google.com URL points, read from the URL alone (no DOM). */
export type GroupsRoute =
  | {
      kind: 'conversation';
      group: string;
      /** Workspace domain from `/a/<domain>/`, else null. */
      domain: string | null;
      /** `/u/<n>/` when several Google accounts are signed in, else null. */
      accountIndex: number | null;
      topicId: string;
      /** `/m/<messageId>` when the URL points at one message, else null. */
      messageId: string | null;
    }
  | { kind: 'list'; group: string; domain: string | null; accountIndex: number | null; query: string | null }
  | { kind: 'other' };

// Topic ids are 11 chars, message ids 12, both of [A-Za-z0-9_-] (research §0, A). Length is
// not enforced: nothing gains from rejecting an id Google lengthens one day.
const ID = '[A-Za-z0-9_-]+';
const PREFIX = String.raw`^(?:/u/(\d+))?(?:/a/([^/]+))?`;
const MODERN = new RegExp(`${PREFIX}/g/([^/]+)(?:/(?:(search)|c/(${ID})(?:/m/(${ID}))?)?)?/?$`);
// Pre-2020 links still circulate in old mails and redirect: /forum/#!topic/<g>/<t>,
// #!msg/<g>/<t>/<m>, #!forum/<g>, and the /d/topic|msg|forum/... short forms.
const LEGACY_PAGE = new RegExp(`${PREFIX}/forum/?$`);
const LEGACY_HASH = new RegExp(`^#!(?:(topic|msg)/([^/]+)/(${ID})(?:/(${ID}))?|forum/([^/?]+))/?$`);
const LEGACY_PATH = new RegExp(`${PREFIX}/d/(?:(topic|msg)/([^/]+)/(${ID})(?:/(${ID}))?|forum/([^/]+))/?$`);

/** Reads a Google Groups URL. Pure: the same URL always gives the same route. */
export function parseGroupsRoute(url: URL): GroupsRoute {
  return parseModern(url) ?? parseLegacy(url) ?? { kind: 'other' };
}

/** The host-neutral route the sidebar code understands; the topic id keys the conversation. */
export function toHostRoute(route: GroupsRoute): HostRoute {
  if (route.kind === 'conversation') return { kind: 'conversation', threadKey: route.topicId };
  return route.kind === 'list' ? { kind: 'list' } : { kind: 'other' };
}

/** The new-UI link to a conversation, whatever form (legacy, `/m/…`, query) it was opened from. */
export function canonicalTopicUrl(route: Extract<GroupsRoute, { kind: 'conversation' }>, origin: string): string {
  const account = route.accountIndex === null ? '' : `/u/${route.accountIndex}`;
  const domain = route.domain === null ? '' : `/a/${encodeURIComponent(route.domain)}`;
  return `${origin}${account}${domain}/g/${encodeURIComponent(route.group)}/c/${route.topicId}`;
}

function parseModern(url: URL): GroupsRoute | null {
  const m = MODERN.exec(url.pathname);
  if (!m) return null;
  const [, account, domain, group, search, topicId, messageId] = m;
  if (group === undefined) return null;
  const where = { group: decode(group), domain: domain === undefined ? null : decode(domain), accountIndex: toIndex(account) };
  if (topicId !== undefined) return { kind: 'conversation', ...where, topicId, messageId: messageId ?? null };
  const query = search === undefined ? null : url.searchParams.get('q');
  return { kind: 'list', ...where, query };
}

function parseLegacy(url: URL): GroupsRoute | null {
  const page = LEGACY_PAGE.exec(url.pathname);
  if (page) {
    const hash = LEGACY_HASH.exec(url.hash);
    return hash ? fromLegacyParts(page[1], page[2], hash.slice(1)) : null;
  }
  const path = LEGACY_PATH.exec(url.pathname);
  return path ? fromLegacyParts(path[1], path[2], path.slice(3)) : null;
}

/** parts = [topic|msg, group, topicId, messageId, listGroup] as both legacy regexes capture them. */
function fromLegacyParts(account: string | undefined, domain: string | undefined, parts: (string | undefined)[]): GroupsRoute | null {
  const [, group, topicId, messageId, listGroup] = parts;
  const where = { domain: domain === undefined ? null : decode(domain), accountIndex: toIndex(account) };
  if (group !== undefined && topicId !== undefined) {
    return { kind: 'conversation', group: decode(group), ...where, topicId, messageId: messageId ?? null };
  }
  return listGroup === undefined ? null : { kind: 'list', group: decode(listGroup), ...where, query: null };
}

function toIndex(digits: string | undefined): number | null {
  return digits === undefined ? null : Number(digits);
}

function decode(part: string): string {
  try {
    return decodeURIComponent(part);
  } catch {
    return part; // a stray '%' in a hand-typed URL: keep it as typed
  }
}
