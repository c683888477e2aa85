import type { JSX } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import type { Report, ReportPeriod } from '../../lib/model/report';
import type { TeamMember } from '../../lib/model/settings';
import type { ReportChart } from '../../lib/core/reports/report-csv';
import { addDays } from '../../lib/core/calendar/civil-date';
import { periodProblem } from '../../lib/core/reports/report-period';
import { Field } from '../shared/field';
import { ownerLabel } from '../shared/owner-select';
import { ProblemList } from '../shared/problem-list';
import { ReportCharts } from './report-charts';

export interface ReportsPageProps {
  /** The team's calendar date today (the period's presets end here). */
  today: string;
  period: ReportPeriod;
  onPeriodChange: (period: ReportPeriod) => void;
  /** null: everyone's cases. */
  member: string | null;
  onMemberChange: (member: string | null) => void;
  team: readonly TeamMember[];
  report: Report | null;
  loading: boolean;
  problem: string | null;
  /** Stored rows the report could not read (shown, never hidden). */
  problems: string[];
  /** "Read in 120 ms, computed in 40 ms" — how long the last report took. */
  timing: string | null;
  onDownloadCsv: (chart: ReportChart) => void;
  onOpenDashboard: () => void;
}

const PRESETS: readonly [string, number][] = [['Last 4 weeks', 28], ['Last 13 weeks', 91], ['Last 12 months', 364]];

/** Reports: how the support desk is doing, for a period and (in a team) one member. */
export function ReportsPage(props: ReportsPageProps): JSX.Element {
  const [from, setFrom] = useState(props.period.from);
  const [to, setTo] = useState(props.period.to);
  useEffect(() => {
    setFrom(props.period.from);
    setTo(props.period.to);
  }, [props.period.from, props.period.to]);
  const [error, setError] = useState<string | null>(null);
  const members = props.report?.members ?? [];
  return (
    <main class="cb-reports" aria-busy={props.loading}>
      <header class="cb-reports__header">
        <h1>Reports</h1>
        <div class="cb-row cb-reports__actions">
          <button type="button" class="cb-button" onClick={props.onOpenDashboard}>
            Dashboard
          </button>
        </div>
      </header>
      <form
        class="cb-reports__controls"
        aria-label="Period and member"
        onSubmit={(event) => {
          event.preventDefault();
          const problem = periodProblem(from, to);
          setError(problem);
          if (!problem) props.onPeriodChange({ from, to });
        }}
      >
        <div class="cb-row cb-reports__presets" role="group" aria-label="Quick periods">
          {PRESETS.map(([label, days]) => (
            <button
              key={label}
              type="button"
              class="cb-button"
              aria-pressed={props.period.to === props.today && props.period.from === addDays(props.today, -(days - 1))}
              onClick={() => {
                setError(null);
                props.onPeriodChange({ from: addDays(props.today, -(days - 1)), to: props.today });
              }}
            >
              {label}
            </button>
          ))}
        </div>
        <div class="cb-row cb-reports__range">
          <Field label="From" type="date" value={from} onInput={setFrom} error={error} />
          <Field label="To" type="date" value={to} onInput={setTo} />
          <button type="submit" class="cb-button cb-button--primary">
            Show
          </button>
          {members.length > 0 && (
            <label class="cb-field cb-reports__member">
              <span class="cb-field__label">Member</span>
              <select aria-label="Member" value={props.member ?? ''} onChange={(event) => props.onMemberChange(event.currentTarget.value === '' ? null : event.currentTarget.value)}>
                <option value="">Everyone</option>
                {members.map((email) => (
                  <option key={email} value={email}>
                    {ownerLabel(email, props.team) === email ? email : `${ownerLabel(email, props.team)} (${email})`}
                  </option>
                ))}
              </select>
            </label>
          )}
        </div>
      </form>
      <p class="cb-muted" role="status">
        {props.loading ? 'Computing the report…' : props.report ? `${props.report.period.from} to ${props.report.period.to}, ${props.report.cases} cases looked at${props.report.member ? ` (owned by ${ownerLabel(props.report.member, props.team)})` : ''}. ${props.timing ?? ''}` : ''}
      </p>
      {props.problem && <ProblemList title="The report could not be made:" problems={[props.problem]} />}
      {props.problems.length > 0 && <ProblemList title="Some stored cases could not be read:" problems={props.problems} />}
      {props.report && <ReportCharts report={props.report} team={props.team} onDownloadCsv={props.onDownloadCsv} />}
    </main>
  );
}
