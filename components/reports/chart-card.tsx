import type { ComponentChildren, JSX } from 'preact';
import { useState } from 'preact/hooks';
import type { Report } from '../../lib/model/report';
import { reportTable, type ReportChart } from '../../lib/core/reports/report-csv';
import { reportSummary } from '../../lib/core/reports/report-summary';

export interface ChartCardProps {
  chart: ReportChart;
  title: string;
  report: Report;
  /** One line on how to read the chart (what counts, how it is measured). */
  explanation: string;
  onDownloadCsv: (chart: ReportChart) => void;
  /** The chart itself, and its legend. */
  children: ComponentChildren;
}

const cell = (value: string | number | null): string => (value === null ? '—' : String(value));

/**
 * One chart of the report: its title, a summary sentence (what a screen reader reads instead of
 * the picture), the picture, its numbers as a table under a disclosure, and its CSV.
 */
export function ChartCard({ chart, title, report, explanation, onDownloadCsv, children }: ChartCardProps): JSX.Element {
  const headingId = `cb-report-${chart}`;
  // The table is built when opened: a year's backlog is 365 rows nobody may look at.
  const [open, setOpen] = useState(false);
  const table = open ? reportTable(report, chart) : null;
  return (
    <section class="cb-report" aria-labelledby={headingId} data-chart={chart}>
      <h2 id={headingId}>{title}</h2>
      <p class="cb-report__summary" data-summary={chart}>
        {reportSummary(report, chart)}
      </p>
      <p class="cb-muted cb-report__explanation">{explanation}</p>
      {children}
      <div class="cb-row cb-report__actions">
        <details class="cb-report__numbers" onToggle={(event) => setOpen((event.currentTarget as HTMLDetailsElement).open)}>
          <summary>Numbers</summary>
          {/* Scrolls when long: focusable, so the keyboard can scroll it too. */}
          {table && (
            <div class="cb-report__table-box" tabIndex={0} role="region" aria-label={`${title}: numbers`}>
              <table class="cb-report__table">
                <thead>
                  <tr>
                    {table.header.map((name) => (
                      <th key={name} scope="col">
                        {name.replace(/_/g, ' ')}
                      </th>
                    ))}
                  </tr>
                </thead>
                <tbody>
                  {table.rows.map((row) => (
                    <tr key={String(row[0])}>
                      {row.map((value, index) => (index === 0 ? <th key={index} scope="row">{cell(value)}</th> : <td key={index}>{cell(value)}</td>))}
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )}
        </details>
        <button type="button" class="cb-button" onClick={() => onDownloadCsv(chart)} aria-label={`Download CSV: ${title}`}>
          Download CSV
        </button>
      </div>
    </section>
  );
}

/** The colours and names under a chart (the canvas has no legend of its own). */
export function Legend({ items }: { items: { label: string; color: string; dashed?: boolean }[] }): JSX.Element {
  return (
    <ul class="cb-legend">
      {items.map((item) => (
        <li key={item.label}>
          <span class={item.dashed ? 'cb-legend__swatch cb-legend__swatch--dashed' : 'cb-legend__swatch'} style={{ '--swatch': `var(${item.color})` }} aria-hidden="true" />
          {item.label}
        </li>
      ))}
    </ul>
  );
}
