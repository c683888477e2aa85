import { parseGroupsRoute } from './route';

/**
 * The group's address, the Groups "account" of the case key; '' when the URL names no group.
 * It is derived from the URL, not read: the page shows it only in some views (list header,
 * composer "To:"), and the case key must not change with the view. Consumer groups are always
 * <group>@googlegroups.com; a Workspace group's <group>@<domain> is assumed (G, 2026-11-26).
 */
export function readGroupsAccount(_doc: Document, url: URL): string {
  const route = parseGroupsRoute(url);
  return route.kind === 'other' ? '' : `${route.group}@${route.domain ?? 'googlegroups.com'}`;
}
