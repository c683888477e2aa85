import type { JSX } from 'preact';
import { useRef } from 'preact/hooks';
import { DashboardFilter } from '../../lib/model/messages';

export const filterLabels: Record<DashboardFilter, string> = {
  all: 'All',
  needs_response: 'Needs response',
  overdue: 'Overdue',
  waiting_customer: 'Waiting on customer',
  waiting_developer: 'Waiting on developer',
  mine: 'Mine',
  unassigned: 'Unassigned',
  closed: 'Closed',
};

const filters: readonly DashboardFilter[] = DashboardFilter.options;

export interface FilterTabsProps {
  value: DashboardFilter;
  onChange: (filter: DashboardFilter) => void;
  /** Id of the element the tabs control (the case list). */
  panelId: string;
}

/** The tab id for a filter, so the panel can be labelled by its tab. */
export function filterTabId(filter: DashboardFilter): string {
  return `cb-filter-${filter}`;
}

/**
 * A WAI-ARIA tab list: one tab stop, arrow keys / Home / End move and select (the list is
 * paged, so selecting on focus costs one small request).
 */
export function FilterTabs({ value, onChange, panelId }: FilterTabsProps): JSX.Element {
  const list = useRef<HTMLDivElement>(null);
  const move = (event: KeyboardEvent): void => {
    const index = filters.indexOf(value);
    const next = nextIndex(event.key, index, filters.length);
    if (next === null) return;
    event.preventDefault();
    const filter = filters[next];
    if (!filter) return;
    onChange(filter);
    list.current?.querySelector<HTMLButtonElement>(`#${filterTabId(filter)}`)?.focus();
  };
  return (
    <div class="cb-tabs" role="tablist" aria-label="Filter cases" ref={list} onKeyDown={move}>
      {filters.map((filter) => (
        <button
          key={filter}
          type="button"
          role="tab"
          id={filterTabId(filter)}
          aria-selected={filter === value}
          aria-controls={panelId}
          tabIndex={filter === value ? 0 : -1}
          onClick={() => onChange(filter)}
        >
          {filterLabels[filter]}
        </button>
      ))}
    </div>
  );
}

function nextIndex(key: string, index: number, count: number): number | null {
  switch (key) {
    case 'ArrowRight':
      return (index + 1) % count;
    case 'ArrowLeft':
      return (index - 1 + count) % count;
    case 'Home':
      return 0;
    case 'End':
      return count - 1;
    default:
      return null;
  }
}
