import type { JSX } from 'preact';
import type { SupportCase } from '../../lib/model/case';
import type { DashboardFilter } from '../../lib/model/messages';
import type { TeamMember } from '../../lib/model/settings';
import { CaseCounts, type CaseCountsProps } from '../shared/case-counts';
import { Field } from '../shared/field';
import { ProblemList } from '../shared/problem-list';
import { CaseTable } from './case-table';
import { ExportButtons, type ExportFormat } from './export-buttons';
import { FilterTabs, filterLabels, filterTabId } from './filter-tabs';
import { Pager } from './pager';

export interface CasePage {
  cases: SupportCase[];
  /** All matching cases; null while still being counted (the page shows first). */
  total: number | null;
  /** Records the background could not read (shown, never hidden). */
  problems: string[];
  /** In a team: who else is on which case, by case id. */
  presence?: Record<string, string[]>;
}

export interface DashboardPageProps {
  now: number;
  counts: CaseCountsProps['counts'];
  filter: DashboardFilter;
  onFilterChange: (filter: DashboardFilter) => void;
  /** The search box's text as typed (the query itself is debounced by the caller). */
  search: string;
  onSearchChange: (text: string) => void;
  page: CasePage | null;
  loading: boolean;
  offset: number;
  limit: number;
  onOffsetChange: (offset: number) => void;
  team: readonly TeamMember[];
  /** The user's own address; "" when Identity is not set, which makes "Mine" empty. */
  me: string;
  problem: string | null;
  onExport: (format: ExportFormat) => Promise<void>;
  onOpenOptions: () => void;
  /** Opens the Reports page (issue #18); the button shows only when given. */
  onOpenReports?: () => void;
}

const PANEL_ID = 'cb-case-panel';

export function DashboardPage(props: DashboardPageProps): JSX.Element {
  return (
    <main class="cb-dashboard">
      <header class="cb-dashboard__header">
        <h1>Cases</h1>
        <CaseCounts counts={props.counts} />
        <div class="cb-row cb-dashboard__actions">
          <ExportButtons onExport={props.onExport} />
          {props.onOpenReports && (
            <button type="button" class="cb-button" onClick={props.onOpenReports}>
              Reports
            </button>
          )}
          <button type="button" class="cb-button" onClick={props.onOpenOptions}>
            Options
          </button>
        </div>
      </header>
      <div class="cb-dashboard__search">
        <Field label="Search cases" type="search" value={props.search} onInput={props.onSearchChange} />
      </div>
      <FilterTabs value={props.filter} onChange={props.onFilterChange} panelId={PANEL_ID} />
      <div id={PANEL_ID} role="tabpanel" aria-labelledby={filterTabId(props.filter)} class="cb-dashboard__panel">
        {props.problem && <ProblemList title="The cases could not be listed:" problems={[props.problem]} />}
        {props.page && props.page.problems.length > 0 && (
          <ProblemList title="Some stored cases could not be read:" problems={props.page.problems} />
        )}
        {props.filter === 'mine' && props.me === '' && (
          <p>
            “Mine” needs your email address.{' '}
            <button type="button" class="cb-button" onClick={props.onOpenOptions}>
              Add it under Identity in Options
            </button>
          </p>
        )}
        <CaseList {...props} />
      </div>
    </main>
  );
}

function CaseList(props: DashboardPageProps): JSX.Element {
  const { page } = props;
  if (!page) return <p class="cb-muted">Loading cases…</p>;
  if (page.cases.length === 0 && props.offset === 0 && !props.loading) return <p>{emptyMessage(props.filter, props.search)}</p>;
  return (
    <>
      <CaseTable cases={page.cases} now={props.now} team={props.team} busy={props.loading} presence={page.presence} />
      <Pager offset={props.offset} limit={props.limit} total={page.total} shown={page.cases.length} onOffsetChange={props.onOffsetChange} />
    </>
  );
}

function emptyMessage(filter: DashboardFilter, search: string): string {
  const where = filter === 'all' ? '' : ` under “${filterLabels[filter]}”`;
  return search.trim() === '' ? `No cases${where}.` : `No cases${where} match “${search.trim()}”.`;
}
