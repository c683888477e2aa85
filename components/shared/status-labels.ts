import { CaseStatus } from '../../lib/model/case';

/** Words a support engineer uses for each status, in the order of the process. */
export const statusLabels: Record<CaseStatus, string> = {
  new: 'New',
  acknowledged: 'Acknowledged',
  in_progress: 'In progress',
  waiting_customer: 'Waiting on customer',
  waiting_developer: 'Waiting on developer',
  closed: 'Closed',
};

export const caseStatuses: readonly CaseStatus[] = CaseStatus.options;

export function statusLabel(status: CaseStatus): string {
  return statusLabels[status];
}
