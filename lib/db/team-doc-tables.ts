/**
 * Which table keeps a team document (database.ts v6): the few documents loaded whenever the team
 * is (the board, its members, the shared settings, templates and learning) are kept apart from
 * the thousands of case documents. (Why then: y-dexie's loader woke every loaded document of a
 * table whenever an update was stored in it. Team documents are loaded without it since
 * 2026-12-06, lib/background/team/team-docs.ts; the split stays, v6 is in users' browsers.)
 */
export type TeamDocTable = 'teamDocs' | 'teamBoardDocs';

/** The team-wide documents, by the last part of their name (`team:<id>/board`, …). */
export const TEAM_WIDE_DOCS = ['board', 'members', 'settings', 'templates', 'learning'] as const;

const TEAM_WIDE = new Set<string>(TEAM_WIDE_DOCS);

/** `team:<id>/board` → teamBoardDocs; `team:<id>/cases/<key>` (and anything else) → teamDocs. */
export function teamDocTable(name: string): TeamDocTable {
  const slash = name.lastIndexOf('/');
  return slash >= 0 && !name.includes('/cases/') && TEAM_WIDE.has(name.slice(slash + 1)) ? 'teamBoardDocs' : 'teamDocs';
}
