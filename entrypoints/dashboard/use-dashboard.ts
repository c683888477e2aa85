import { exportFile } from '../../lib/pages/data-files';
import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import type { CasePage, DashboardPageProps } from '../../components/dashboard/dashboard-page';
import { downloadText, mimeTypeFor } from '../../components/shared/download-text';
import { errorMessage } from '../../components/shared/error-message';
import { myAddress } from '../../components/shared/my-address';
import { useNow } from '../../components/shared/use-now';
import { ask, onPush } from '../../lib/messaging';
import { useRefreshGeneration } from '../../components/shared/use-refresh-generation';
import { DashboardFilter } from '../../lib/model/messages';
import { defaultSettings, type Settings } from '../../lib/model/settings';
import { loadSettings, settingsItem } from '../../lib/settings-storage';
import { useDebounced } from './use-debounced';

export const PAGE_SIZE = 50;
const SEARCH_DELAY_MS = 250;
/** Pushes come in bursts (a sync touches many cases): refresh at most this often. */
const REFRESH_DELAY_MS = 400;

/** Connects the dashboard to the background: one page of cases, counts, live updates, export. */
export function useDashboard(): DashboardPageProps {
  const now = useNow(30_000);
  const [settings, setSettings] = useState<Settings | null>(null);
  const [filter, setFilter] = useState<DashboardFilter>(filterFromHash);
  const [search, setSearch] = useState('');
  const query = useDebounced(search.trim(), SEARCH_DELAY_MS);
  // The page position belongs to one filter + query: a new one starts at the first page.
  const listKey = `${filter}\n${query}`;
  const [position, setPosition] = useState({ listKey, offset: 0 });
  const offset = position.listKey === listKey ? position.offset : 0;
  const setOffset = (next: number): void => setPosition({ listKey, offset: next });
  const [page, setPage] = useState<CasePage | null>(null);
  const [loading, setLoading] = useState(true);
  const [problem, setProblem] = useState<string | null>(null);
  const [counts, setCounts] = useState<DashboardPageProps['counts']>(null);
  const me = settings ? myAddress(settings) : '';

  // A case changed, or who is on which case did (team presence).
  const generation = useRefreshGeneration((refresh, signal) => onPush((message) => {
    if (message.type === 'case.changed' || message.type === 'team') refresh();
  }, signal), REFRESH_DELAY_MS);
  useEffect(() => {
    void loadSettings().then(setSettings);
    return settingsItem.watch(() => void loadSettings().then(setSettings));
  }, []);

  // Only the newest request may update the list: answers can arrive out of order.
  const latest = useRef(0);
  // The page emptied under us (cases closed or removed): step back to the last page.
  const stepBackIfEmpty = (total: number): void => {
    if (total > 0 && offset >= total) setOffset(lastPageOffset(total));
  };
  useEffect(() => {
    if (!settings) return;
    const request = ++latest.current;
    setLoading(true);
    ask('case.list', { filter, search: query, offset, limit: PAGE_SIZE, me })
      .then((result) => {
        if (request !== latest.current) return;
        setPage(result);
        setProblem(null);
        if (result.total !== null) return stepBackIfEmpty(result.total);
        // The page shows at once; the total (a slower count) follows.
        return ask('case.listTotal', { filter, search: query, me }).then(({ total }) => {
          if (request !== latest.current) return;
          setPage({ ...result, total });
          stepBackIfEmpty(total);
        });
      })
      .catch((error: unknown) => {
        if (request === latest.current) setProblem(errorMessage(error));
      })
      .finally(() => {
        if (request === latest.current) setLoading(false);
      });
  }, [settings, filter, query, offset, me, generation]);

  const refreshCounts = useCallback((): void => {
    ask('case.counts', {}).then(setCounts, (error: unknown) => setProblem(`Counts could not be read: ${errorMessage(error)}`));
  }, []);
  useEffect(refreshCounts, [refreshCounts, generation]);


  return {
    now,
    counts,
    filter,
    onFilterChange: (next) => {
      setFilter(next);
      history.replaceState(null, '', `#${next}`);
    },
    search,
    onSearchChange: setSearch,
    page,
    loading,
    offset,
    limit: PAGE_SIZE,
    onOffsetChange: setOffset,
    team: (settings ?? defaultSettings).team,
    me,
    problem,
    onExport: async (format) => {
      const file = await exportFile(format, Date.now());
      downloadText(file.text, file.filename, mimeTypeFor(file.filename));
    },
    onOpenOptions: () => void browser.runtime.openOptionsPage(),
    onOpenReports: () => location.assign(browser.runtime.getURL('/reports.html')),
  };
}

/** The dashboard can be opened on a filter: dashboard.html#overdue. */
function filterFromHash(): DashboardFilter {
  const parsed = DashboardFilter.safeParse(location.hash.slice(1));
  return parsed.success ? parsed.data : 'all';
}

function lastPageOffset(total: number): number {
  return Math.max(0, Math.floor((total - 1) / PAGE_SIZE) * PAGE_SIZE);
}
