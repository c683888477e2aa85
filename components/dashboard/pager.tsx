import type { JSX } from 'preact';

export interface PagerProps {
  offset: number;
  limit: number;
  /** Null while the background is still counting. */
  total: number | null;
  /** How many rows the current page really holds. */
  shown: number;
  onOffsetChange: (offset: number) => void;
}

const number = new Intl.NumberFormat('en-GB');

/** "Showing 51–100 of 50,000" with previous / next page buttons. */
export function Pager({ offset, limit, total, shown, onOffsetChange }: PagerProps): JSX.Element {
  const first = shown === 0 ? 0 : offset + 1;
  const last = offset + shown;
  const of = total === null ? '…' : number.format(total);
  const hasNext = total === null ? shown === limit : last < total;
  return (
    <nav class="cb-pager cb-row" aria-label="Pages">
      <button type="button" class="cb-button" disabled={offset === 0} onClick={() => onOffsetChange(Math.max(0, offset - limit))}>
        Previous page
      </button>
      <span role="status">
        {total === 0 ? 'No cases' : `Showing ${number.format(first)}–${number.format(last)} of ${of}`}
      </span>
      <button type="button" class="cb-button" disabled={!hasNext} onClick={() => onOffsetChange(offset + limit)}>
        Next page
      </button>
    </nav>
  );
}
