import type { CaseStatus } from '../../lib/model/case';
import { CASE_STATUSES, STATUS_LABELS } from '../../lib/model/vocabulary';

/** Words a support engineer uses for each status (one table, lib/model/vocabulary.ts). */
export const statusLabels: Record<CaseStatus, string> = STATUS_LABELS;

export const caseStatuses: readonly CaseStatus[] = CASE_STATUSES;

export function statusLabel(status: CaseStatus): string {
  return statusLabels[status];
}
