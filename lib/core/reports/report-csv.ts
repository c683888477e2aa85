import type { Report } from '../../model/report';

/** One CSV field (RFC 4180); text a spreadsheet would run as a formula gets a leading apostrophe (owner addresses, categories). */
function field(value: string | number | null): string {
  if (value === null) return '';
  if (typeof value === 'number') return String(value);
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

function csv(header: readonly string[], rows: readonly (readonly (string | number | null)[])[]): string {
  return [header, ...rows].map((row) => row.map(field).join(',')).join('\r\n') + '\r\n';
}

export type ReportChart = 'firstResponse' | 'backlog' | 'categories' | 'reopened' | 'developer' | 'owners';

/** The numbers behind one chart as CSV (CRLF, a header row; empty cells where there is no value). */
export function reportCsv(report: Report, chart: ReportChart): string {
  switch (chart) {
    case 'firstResponse':
      return csv(
        ['week_from', 'answered', 'median_business_hours', 'p90_business_hours', 'within_deadline', 'missed_deadline', 'deadline_median_business_hours'],
        report.firstResponse.weeks.map((w) => [w.week, w.answered, w.medianHours, w.p90Hours, w.withinDeadline, w.missedDeadline, w.allowedMedianHours]),
      );
    case 'backlog':
      return csv(['date', 'needs_response', 'overdue'], report.backlog.map((d) => [d.date, d.needsResponse, d.overdue]));
    case 'categories':
      return csv(['week_from', ...report.categories.names], report.categories.weeks.map((w) => [w.week, ...w.counts]));
    case 'reopened':
      return csv(['week_from', 'reopenings', 'cases'], report.reopened.map((w) => [w.week, w.reopenings, w.cases]));
    case 'developer':
      return csv(['week_from', 'waits_ended', 'median_days', 'waiting_at_week_end'], report.developer.map((w) => [w.week, w.waitsEnded, w.medianDays, w.waitingAtEnd]));
    case 'owners':
      return csv(['owner', 'new_cases', 'waiting_at_end', 'median_first_response_business_hours'], report.owners.map((o) => [o.owner ?? 'unassigned', o.created, o.waitingAtEnd, o.medianFirstResponseHours]));
  }
}
