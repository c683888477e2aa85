import type { JSX } from 'preact';
import { formatDeadline } from '../../lib/core/calendar/format-deadline';

export interface CountdownProps {
  /** Epoch ms of the deadline; null when nothing waits for an answer. */
  dueAt: number | null;
  /** Epoch ms; pass a ticking value (see useNow) for a live countdown. */
  now: number;
  /** IANA zone for the clock time; the browser's own zone when omitted. */
  timeZone?: string;
  /** Also print the wall-clock time under the countdown (lists, where there is no tooltip on touch). */
  showAbsolute?: boolean;
}

/**
 * A deadline as words: "due in 3 h 20 min", "overdue by 25 min" (in the overdue colour, and
 * the words say it too, so colour is never the only signal).
 */
export function Countdown({ dueAt, now, timeZone, showAbsolute = false }: CountdownProps): JSX.Element {
  const deadline = formatDeadline(dueAt, now, timeZone);
  if (dueAt === null) return <span class="cb-deadline cb-deadline--none">No deadline</span>;
  return (
    <span class={`cb-deadline cb-deadline--${deadline.urgency}`}>
      <time dateTime={new Date(dueAt).toISOString()} title={deadline.absolute}>
        {showAbsolute ? deadline.relative : deadline.text}
      </time>
      {showAbsolute && <span class="cb-deadline__absolute">{deadline.absolute}</span>}
    </span>
  );
}
