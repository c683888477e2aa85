import type { JSX } from 'preact';
import type { Report } from '../../lib/model/report';
import type { TeamMember } from '../../lib/model/settings';
import type { ReportChart } from '../../lib/core/reports/report-csv';
import { formatHours } from '../../lib/core/reports/report-summary';
import { ownerLabel } from '../shared/owner-select';
import { ChartCard, Legend } from './chart-card';
import { UPlotChart, type ChartSeries } from './uplot-chart';

export interface ReportChartsProps {
  report: Report;
  team: readonly TeamMember[];
  onDownloadCsv: (chart: ReportChart) => void;
}

const PALETTE = ['--cb-chart-1', '--cb-chart-2', '--cb-chart-3', '--cb-chart-4', '--cb-chart-5', '--cb-chart-6', '--cb-chart-7', '--cb-chart-8'];
const short = (date: string): string => date.slice(5);
const percent = (part: number, whole: number): number | null => (whole === 0 ? null : Math.round((part / whole) * 100));

function Chart({ series, ...rest }: { labels: string[]; series: ChartSeries[]; yLabel: string; rightLabel?: string; rightRange?: [number, number] }): JSX.Element {
  return (
    <>
      <UPlotChart series={series} {...rest} />
      <Legend items={series.map((s) => ({ label: s.label, color: s.color, dashed: s.kind === 'dashed' }))} />
    </>
  );
}

/** The six charts of the report, each with its summary, numbers and CSV. */
export function ReportCharts({ report, team, onDownloadCsv }: ReportChartsProps): JSX.Element {
  const weeks = report.firstResponse.weeks.map((w) => short(w.week));
  const card = { report, onDownloadCsv };
  const categoryNames = report.categories.names;
  // Stacked bars: each category's bar reaches the sum of it and the ones before; drawn tallest first.
  const stacked = categoryNames.map((_, index) => report.categories.weeks.map((w) => w.counts.slice(0, index + 1).reduce((a, b) => a + b, 0)));
  return (
    <div class="cb-reports__charts">
      <ChartCard
        chart="firstResponse"
        title="First response time"
        explanation={`Business hours (${formatHours(report.businessDayHours)} a day) from a case's first message to the team's first reply, by the week the message arrived. The dashed line is the median time the same-or-next-business-day deadline allowed; bars are the share answered in time (right axis).`}
        {...card}
      >
        <Chart
          labels={weeks}
          yLabel="business hours"
          rightLabel="% within deadline"
          rightRange={[0, 100]}
          series={[
            { label: '% within deadline', kind: 'bars', color: '--cb-chart-3', scale: 'right', values: report.firstResponse.weeks.map((w) => percent(w.withinDeadline, w.withinDeadline + w.missedDeadline)) },
            { label: 'Median', kind: 'line', color: '--cb-chart-1', values: report.firstResponse.weeks.map((w) => w.medianHours) },
            { label: '90th percentile', kind: 'line', color: '--cb-chart-2', values: report.firstResponse.weeks.map((w) => w.p90Hours) },
            { label: 'Deadline (median allowed)', kind: 'dashed', color: '--cb-chart-danger', values: report.firstResponse.weeks.map((w) => w.allowedMedianHours) },
          ]}
        />
      </ChartCard>
      <ChartCard chart="backlog" title="Backlog" explanation="Cases waiting for a response at the end of each day (today: now), and those of them past their deadline." {...card}>
        <Chart
          labels={report.backlog.map((d) => short(d.date))}
          yLabel="cases"
          series={[
            { label: 'Needing a response', kind: 'area', color: '--cb-chart-1', values: report.backlog.map((d) => d.needsResponse) },
            { label: 'Overdue', kind: 'area', color: '--cb-chart-danger', values: report.backlog.map((d) => d.overdue) },
          ]}
        />
      </ChartCard>
      <ChartCard chart="categories" title="New cases by category" explanation="Cases whose first message arrived in the week, by their category (the classifier's, as corrected)." {...card}>
        <UPlotChart
          labels={weeks}
          yLabel="new cases"
          series={categoryNames
            .map((name, index): ChartSeries => ({ label: name, kind: 'bars', color: PALETTE[index % PALETTE.length]!, values: stacked[index]! }))
            .reverse()}
        />
        <Legend items={categoryNames.map((name, index) => ({ label: name.replace(/_/g, ' '), color: PALETTE[index % PALETTE.length]! }))} />
      </ChartCard>
      <ChartCard chart="reopened" title="Re-opened cases" explanation="Customer messages that re-opened a case waiting on the customer, on a developer, or closed." {...card}>
        <Chart
          labels={weeks}
          yLabel="re-openings"
          series={[
            { label: 'Re-openings', kind: 'bars', color: '--cb-chart-4', values: report.reopened.map((w) => w.reopenings) },
            { label: 'Cases re-opened', kind: 'line', color: '--cb-chart-1', values: report.reopened.map((w) => w.cases) },
          ]}
        />
      </ChartCard>
      <ChartCard chart="developer" title="Waiting on a developer (Trac)" explanation="Cases waiting on a developer at the end of each week (bars), and the median length in days of the waits that ended that week (line, right axis)." {...card}>
        <Chart
          labels={weeks}
          yLabel="cases waiting"
          rightLabel="median days"
          series={[
            { label: 'Waiting at the week’s end', kind: 'bars', color: '--cb-chart-5', values: report.developer.map((w) => w.waitingAtEnd) },
            { label: 'Median days of the waits ended', kind: 'line', color: '--cb-chart-2', scale: 'right', values: report.developer.map((w) => w.medianDays) },
          ]}
        />
      </ChartCard>
      <ChartCard chart="owners" title="Cases per owner" explanation="New cases in the period by their owner now, and cases waiting for a response at the period's end." {...card}>
        <Chart
          labels={report.owners.map((o) => ownerLabel(o.owner, team))}
          yLabel="cases"
          series={[
            { label: 'New in the period', kind: 'bars', color: '--cb-chart-1', barAlign: -1, values: report.owners.map((o) => o.created) },
            { label: 'Waiting at the end', kind: 'bars', color: '--cb-chart-danger', barAlign: 1, values: report.owners.map((o) => o.waitingAtEnd) },
          ]}
        />
      </ChartCard>
    </div>
  );
}
