import { AUTOMATIC_ACTOR } from '../core/case/case-change';
import { applyNoticedReply, noticeListReplies } from '../core/case/list-replies';
import { withMailbox } from '../core/case/staff';
import { knownSendAs } from './send-as-store';
import { findCase, saveCase } from '../db/cases-repository';
import type { ListRow } from '../hosts/host-adapter';
import type { Host } from '../model/thread';
import { casesOfThreads } from './cases-of-threads';
import type { KeyedQueue } from './keyed-queue';
import type { Services } from './services';

/** Unread list rows of tracked threads whose latest sender is not staff re-open their cases. */
export async function noticeReplies(services: Services, host: Host, account: string, rows: ListRow[], perCase: KeyedQueue): Promise<string[]> {
  const settings = withMailbox(await services.settings(), account, await knownSendAs(account));
  const tracked = await casesOfThreads(services, host, account, rows.map((row) => row.threadId));
  const reopened: string[] = [];
  for (const candidate of noticeListReplies(rows, tracked, settings)) {
    await perCase.run(candidate.caseId, async () => {
      // Decide again on the case as it is now: another list report may have handled it meanwhile.
      const stored = await findCase(services.db, candidate.caseId);
      const row = rows.find((r) => stored && r.threadId === stored.case.threadId);
      if (!stored || !row) return;
      const [notice] = noticeListReplies([row], new Map([[row.threadId, stored.case]]), settings);
      if (!notice) return;
      const change = applyNoticedReply(stored.case, notice, {
        settings,
        now: services.now(),
        newId: services.newId,
        actor: AUTOMATIC_ACTOR,
        holidays: services.holidays(settings.calendar.holidayRegion),
      });
      await saveCase(services.db, change.case, stored.case, change.events);
      reopened.push(notice.caseId);
    });
  }
  return reopened;
}
