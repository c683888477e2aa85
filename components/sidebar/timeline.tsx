import type { JSX } from 'preact';
import type { CaseEvent } from '../../lib/model/case';

export interface TimelineProps {
  events: CaseEvent[];
}

/** The case's history, newest first: who, when, what changed, why. */
export function Timeline({ events }: TimelineProps): JSX.Element {
  const newestFirst = [...events].sort((a, b) => b.at - a.at);
  return (
    <details class="cb-timeline">
      <summary>Timeline ({events.length})</summary>
      <ol aria-label="Case timeline">
        {newestFirst.map((event) => (
          <li key={event.id}>
            <time dateTime={new Date(event.at).toISOString()}>{new Date(event.at).toLocaleString()}</time>{' '}
            <span>{describe(event)}</span> <span class="cb-muted">— {event.actor}</span>
            {event.reason ? <div class="cb-muted">{event.reason}</div> : null}
          </li>
        ))}
      </ol>
    </details>
  );
}

function describe(event: CaseEvent): string {
  const change = event.from !== null || event.to !== null ? `: ${event.from ?? '—'} → ${event.to ?? '—'}` : '';
  return `${event.type.replaceAll('_', ' ')}${change}`;
}
