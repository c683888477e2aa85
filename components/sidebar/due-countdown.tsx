import type { JSX } from 'preact';
import { relativeDeadline } from '../../lib/core/calendar/format-duration';
import type { DeadlineWording } from '../../lib/model/messages';

export interface DueCountdownProps {
  dueAt: number | null;
  /** Epoch ms, ticking. */
  now: number;
  /** The clock-time wording, made by the background (Intl date formatting stays out of Gmail's page). */
  wording: DeadlineWording | null;
}

/**
 * The sidebar's deadline: "overdue by 25 min", "due in 3 h 20 min", "due tomorrow 17:30" (far
 * off), in the urgency colour, with the wall-clock time as its title. Counts down by itself.
 */
export function DueCountdown({ dueAt, now, wording }: DueCountdownProps): JSX.Element {
  if (dueAt === null) return <span class="cb-deadline cb-deadline--none">No deadline</span>;
  const { relative, urgency, showClock } = relativeDeadline(dueAt, now);
  return (
    <span class={`cb-deadline cb-deadline--${urgency}`}>
      <time dateTime={new Date(dueAt).toISOString()} title={wording?.absolute}>
        {showClock && wording ? wording.when : relative}
      </time>
    </span>
  );
}
