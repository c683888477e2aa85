import type { JSX } from 'preact';

export interface DeadlineProps {
  dueAt: number | null;
  now: number;
}

/** Live countdown to the response deadline; red once it has passed. */
export function Deadline({ dueAt, now }: DeadlineProps): JSX.Element {
  if (dueAt === null) return <span class="cb-muted">No response due</span>;
  const left = dueAt - now;
  const overdue = left < 0;
  const when = new Date(dueAt).toLocaleString(undefined, { weekday: 'short', hour: '2-digit', minute: '2-digit' });
  return (
    <span class={overdue ? 'cb-overdue' : 'cb-due'} data-testid="deadline" title={new Date(dueAt).toString()}>
      {overdue ? `Overdue by ${duration(-left)}` : `Due in ${duration(left)}`} ({when})
    </span>
  );
}

function duration(ms: number): string {
  const minutes = Math.floor(ms / 60_000);
  if (minutes < 60) return `${minutes} min`;
  const hours = Math.floor(minutes / 60);
  if (hours < 48) return `${hours} h ${minutes % 60} min`;
  return `${Math.floor(hours / 24)} days`;
}
