import type { JSX } from 'preact';

export interface CaseCountsProps {
  counts: { needsResponse: number; overdue: number; total: number } | null;
}

/** The two numbers that matter at a glance; overdue is named, not only coloured. */
export function CaseCounts({ counts }: CaseCountsProps): JSX.Element {
  if (!counts) return <p class="cb-counts cb-muted">Counting cases…</p>;
  return (
    <ul class="cb-counts" aria-label="Case counts">
      <li>
        <strong>{counts.needsResponse}</strong> {counts.needsResponse === 1 ? 'needs' : 'need'} a response
      </li>
      <li class={counts.overdue > 0 ? 'cb-counts__overdue' : undefined}>
        <strong>{counts.overdue}</strong> overdue
      </li>
      <li class="cb-muted">
        <strong>{counts.total}</strong> {counts.total === 1 ? 'case' : 'cases'} in all
      </li>
    </ul>
  );
}
