import type { JSX } from 'preact';

export interface PagerProps {
  offset: number;
  limit: number;
  total: number;
  /** How many rows the current page really holds. */
  shown: number;
  onOffsetChange: (offset: number) => void;
}

const number = new Intl.NumberFormat('en-GB');

/** "Showing 51–100 of 50,000" with previous / next page buttons. */
export function Pager({ offset, limit, total, shown, onOffsetChange }: PagerProps): JSX.Element {
  const first = total === 0 ? 0 : offset + 1;
  const last = offset + shown;
  return (
    <nav class="cb-pager cb-row" aria-label="Pages">
      <button type="button" class="cb-button" disabled={offset === 0} onClick={() => onOffsetChange(Math.max(0, offset - limit))}>
        Previous page
      </button>
      <span role="status">
        {total === 0 ? 'No cases' : `Showing ${number.format(first)}–${number.format(last)} of ${number.format(total)}`}
      </span>
      <button type="button" class="cb-button" disabled={last >= total} onClick={() => onOffsetChange(offset + limit)}>
        Next page
      </button>
    </nav>
  );
}
