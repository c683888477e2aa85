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

export const REPORT_CHARTS: readonly ReportChart[] = ['firstResponse', 'backlog', 'categories', 'reopened', 'developer', 'owners'];

export interface ReportTable {
  header: string[];
  /** null: no value (no case answered that week). */
  rows: (string | number | null)[][];
}

/** The numbers behind one chart, as a table (the page shows it; reportCsv writes it). */
export function reportTable(report: Report, chart: ReportChart): ReportTable {
  switch (chart) {
    case 'firstResponse':
      return {
        header: ['week_from', 'answered', 'median_business_hours', 'p90_business_hours', 'within_deadline', 'missed_deadline', 'deadline_median_business_hours'],
        rows: report.firstResponse.weeks.map((w) => [w.week, w.answered, w.medianHours, w.p90Hours, w.withinDeadline, w.missedDeadline, w.allowedMedianHours]),
      };
    case 'backlog':
      return { header: ['date', 'needs_response', 'overdue'], rows: report.backlog.map((d) => [d.date, d.needsResponse, d.overdue]) };
    case 'categories':
      return { header: ['week_from', ...report.categories.names], rows: report.categories.weeks.map((w) => [w.week, ...w.counts]) };
    case 'reopened':
      return { header: ['week_from', 'reopenings', 'cases'], rows: report.reopened.map((w) => [w.week, w.reopenings, w.cases]) };
    case 'developer':
      return { header: ['week_from', 'waits_ended', 'median_days', 'waiting_at_week_end'], rows: report.developer.map((w) => [w.week, w.waitsEnded, w.medianDays, w.waitingAtEnd]) };
    case 'owners':
      return {
        header: ['owner', 'new_cases', 'waiting_at_end', 'median_first_response_business_hours'],
        rows: report.owners.map((o) => [o.owner ?? 'unassigned', o.created, o.waitingAtEnd, o.medianFirstResponseHours]),
      };
  }
}

/** The numbers behind one chart as CSV (CRLF, a header row; empty cells where there is no value). */
export function reportCsv(report: Report, chart: ReportChart): string {
  const table = reportTable(report, chart);
  return csv(table.header, table.rows);
}
