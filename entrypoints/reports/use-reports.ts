import { useEffect, useRef, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import type { ReportsPageProps } from '../../components/reports/reports-page';
import { downloadText, mimeTypeFor } from '../../components/shared/download-text';
import { zonedDate } from '../../lib/core/calendar/zoned-time';
import { reportCsv } from '../../lib/core/reports/report-csv';
import { defaultPeriod, periodProblem } from '../../lib/core/reports/report-period';
import { onPush } from '../../lib/messaging';
import { useRefreshGeneration } from '../../components/shared/use-refresh-generation';
import { ReportAnswer, ReportPeriod, type Report, type ReportRequest } from '../../lib/model/report';
import type { Settings } from '../../lib/model/settings';
import { followSettingsInEffect } from '../../lib/pages/settings-in-effect';
// Vite bundles the worker as its own file of the extension (a blob: worker would break the pages' CSP).
import ReportWorker from '../../lib/pages/reports/report-worker.ts?worker';

/** Pushes come in bursts (a sync touches many cases): recompute at most this often. */
const REFRESH_DELAY_MS = 2_000;

/** The period in the address (reports.html#2026-11-01..2026-11-28), so a report can be bookmarked. */
function periodFromHash(): ReportPeriod | null {
  const [from = '', to = ''] = location.hash.slice(1).split('..');
  const parsed = ReportPeriod.safeParse({ from, to });
  return parsed.success && periodProblem(from, to) === null ? parsed.data : null;
}

/**
 * Connects the Reports page to its worker (lib/pages/reports/report-worker.ts), which reads the
 * cases and computes off the main thread; answers are checked before they are shown.
 */
export function useReports(): ReportsPageProps {
  const [settings, setSettings] = useState<Settings | null>(null);
  const today = settings ? zonedDate(Date.now(), settings.calendar.timeZone) : new Date().toISOString().slice(0, 10);
  const [period, setPeriod] = useState<ReportPeriod | null>(periodFromHash);
  const shown = period ?? defaultPeriod(today);
  const [member, setMember] = useState<string | null>(null);
  const [report, setReport] = useState<Report | null>(null);
  const [problems, setProblems] = useState<string[]>([]);
  const [problem, setProblem] = useState<string | null>(null);
  const [timing, setTiming] = useState<string | null>(null);
  const [loading, setLoading] = useState(true);
  const worker = useRef<Worker | null>(null);
  const latest = useRef(0);

  // Back, forward or an edited address: the period follows the hash.
  const generation = useRefreshGeneration((refresh, signal) => onPush((message) => {
    if (message.type === 'case.changed') refresh();
  }, signal), REFRESH_DELAY_MS);
  useEffect(() => {
    const follow = (): void => {
      const next = periodFromHash();
      if (next) setPeriod(next);
    };
    addEventListener('hashchange', follow);
    return () => removeEventListener('hashchange', follow);
  }, []);

  // The business calendar is the team's in a team, and follows the admin's changes.
  useEffect(() => followSettingsInEffect(setSettings), []);

  useEffect(() => {
    const started: Worker = new ReportWorker();
    started.onmessage = (event: MessageEvent) => {
      const parsed = ReportAnswer.safeParse(event.data);
      if (!parsed.success) {
        setProblem('The report worker sent a malformed answer.');
        setLoading(false);
        return;
      }
      const answer = parsed.data;
      if (answer.id !== latest.current) return;
      setLoading(false);
      if (!answer.ok) return setProblem(answer.error);
      setProblem(null);
      setReport(answer.report);
      setProblems(answer.problems);
      setTiming(`Read in ${Math.round(answer.readMs)} ms, computed in ${Math.round(answer.computeMs)} ms.`);
    };
    started.onerror = (event) => {
      setProblem(`The report worker stopped: ${event.message || 'unknown error'}`);
      setLoading(false);
    };
    worker.current = started;
    return () => started.terminate();
  }, []);

  // Cases changed (a reply read, a colleague's edit): read again, a little later.

  useEffect(() => {
    if (!settings || !worker.current) return;
    const request: ReportRequest = { id: ++latest.current, period: shown, member, calendar: settings.calendar, now: Date.now(), generation };
    setLoading(true);
    worker.current.postMessage(request);
  }, [settings, shown.from, shown.to, member, generation]);

  return {
    today,
    period: shown,
    onPeriodChange: (next) => {
      setPeriod(next);
      history.replaceState(null, '', `#${next.from}..${next.to}`);
    },
    member,
    onMemberChange: setMember,
    team: settings?.team ?? [],
    report,
    loading,
    problem,
    problems,
    timing,
    onDownloadCsv: (chart) => {
      if (!report) return;
      const filename = `casebook-report-${chart}-${report.period.from}-${report.period.to}.csv`;
      downloadText(`\uFEFF${reportCsv(report, chart)}`, filename, mimeTypeFor(filename));
    },
    onOpenDashboard: () => void browser.tabs.create({ url: browser.runtime.getURL('/dashboard.html') }),
  };
}
