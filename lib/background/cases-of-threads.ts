import { casesForThreads, findCase } from '../db/cases-repository';
import type { SupportCase } from '../model/case';
import type { Host } from '../model/thread';
import type { ListRowSeen } from '../core/team/board-subject-index';
import type { Services } from './services';

/**
 * The tracked cases among a mailbox list's threads, by thread id: this mailbox's own cases
 * (stored under host:account:threadId) and, in a team, the team's cases of these threads
 * (stored under their conversation key) whose row shows this mailbox's thread.
 */
export async function casesOfThreads(services: Services, host: Host, account: string, threadIds: readonly string[]): Promise<Map<string, SupportCase>> {
  const found = await casesForThreads(services.db, host, account, threadIds);
  const team = services.team;
  if (!team?.active) return found;
  for (const [threadId, key] of team.caseKeysForThreads(host, account, threadIds.filter((id) => !found.has(id)))) {
    const stored = await findCase(services.db, key);
    if (stored && stored.case.threadId === threadId) found.set(threadId, stored.case);
  }
  return found;
}

/**
 * Rows of a mailbox list showing team cases this member never opened (no case document names
 * this mailbox's thread): found on the board by subject and sender, for their chips only. Not for
 * re-opening (lib/background/notice-replies): a match on the subject is good enough to show a
 * state, not to change one.
 */
export async function teamCasesOfListRows(services: Services, account: string, rows: readonly ListRowSeen[]): Promise<Map<string, SupportCase>> {
  const found = new Map<string, SupportCase>();
  const team = services.team;
  if (!team?.active) return found;
  for (const [threadId, key] of team.caseKeysForListRows(account, rows)) {
    const stored = await findCase(services.db, key);
    if (stored) found.set(threadId, stored.case);
  }
  return found;
}
