import type { CaseStatus } from '../../lib/model/case';
import { CASE_STATUSES } from '../../lib/model/vocabulary';

/** Words a support engineer uses for each status, in the order of the process. */
export const statusLabels: Record<CaseStatus, string> = {
  new: 'New',
  acknowledged: 'Acknowledged',
  in_progress: 'In progress',
  waiting_customer: 'Waiting on customer',
  waiting_developer: 'Waiting on developer',
  closed: 'Closed',
};

export const caseStatuses: readonly CaseStatus[] = CASE_STATUSES;

export function statusLabel(status: CaseStatus): string {
  return statusLabels[status];
}
