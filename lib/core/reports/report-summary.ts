import type { Report } from '../../model/report';
import type { ReportChart } from './report-csv';

/** 3.25 -> "3.3 h"; null -> "no data". Business hours, one decimal. */
export function formatHours(value: number | null): string {
  return value === null ? 'no data' : `${(Math.round(value * 10) / 10).toFixed(1)} h`;
}

function percent(part: number, whole: number): string {
  return whole === 0 ? 'no cases due' : `${Math.round((part / whole) * 100)}%`;
}

const plural = (count: number, one: string, many = `${one}s`): string => `${count} ${count === 1 ? one : many}`;

function sum(values: readonly number[]): number {
  return values.reduce((total, value) => total + value, 0);
}

/**
 * One plain sentence per chart with the figures that matter, for screen readers and for anyone
 * who reads faster than they look (the charts themselves are pictures).
 */
export function reportSummary(report: Report, chart: ReportChart): string {
  switch (chart) {
    case 'firstResponse': {
      const o = report.firstResponse.overall;
      const due = o.withinDeadline + o.missedDeadline;
      return `First response: ${plural(o.answered, 'case')} answered, median ${formatHours(o.medianHours)}, 90th percentile ${formatHours(o.p90Hours)} in business hours; ${o.withinDeadline} of ${due} within the deadline (${percent(o.withinDeadline, due)}).`;
    }
    case 'backlog': {
      const last = report.backlog.at(-1);
      if (!last) return 'Backlog: no days in the period yet.';
      const peak = report.backlog.reduce((top, day) => (day.needsResponse > top.needsResponse ? day : top), report.backlog[0]!);
      const peakOverdue = Math.max(...report.backlog.map((day) => day.overdue));
      return `Backlog on ${last.date}: ${plural(last.needsResponse, 'case')} needing a response, ${last.overdue} overdue; highest ${peak.needsResponse} on ${peak.date}, most overdue on one day ${peakOverdue}.`;
    }
    case 'categories': {
      const totals = report.categories.names.map((name, index) => [name, sum(report.categories.weeks.map((w) => w.counts[index] ?? 0))] as const);
      const all = sum(totals.map(([, count]) => count));
      if (all === 0) return 'New cases: none in the period.';
      return `New cases: ${all} in the period — ${totals.map(([name, count]) => `${name.replace(/_/g, ' ')} ${count}`).join(', ')}.`;
    }
    case 'reopened': {
      const reopenings = sum(report.reopened.map((w) => w.reopenings));
      const busiest = report.reopened.reduce<Report['reopened'][number] | null>((top, w) => (top === null || w.reopenings > top.reopenings ? w : top), null);
      return `Re-opened: ${plural(reopenings, 're-opening')} in the period${busiest && reopenings > 0 ? `, most in the week from ${busiest.week} (${busiest.reopenings})` : ''}.`;
    }
    case 'developer': {
      const ended = sum(report.developer.map((w) => w.waitsEnded));
      const last = report.developer.at(-1);
      const medians = report.developer.filter((w) => w.medianDays !== null).map((w) => `${w.week}: ${w.medianDays} d`);
      return `Waiting on a developer: ${plural(ended, 'wait')} ended in the period${medians.length > 0 ? ` (median by week ${medians.join(', ')})` : ''}; ${plural(last?.waitingAtEnd ?? 0, 'case')} still waiting at the end.`;
    }
    case 'owners': {
      if (report.owners.length === 0) return 'Owners: no new or waiting cases in the period.';
      return `Owners: ${report.owners.map((o) => `${o.owner ?? 'unassigned'} ${o.created} new, ${o.waitingAtEnd} waiting`).join('; ')}.`;
    }
  }
}
