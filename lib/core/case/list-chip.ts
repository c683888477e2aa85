import { STATUS_LABELS } from '../../model/vocabulary';
import type { SupportCase } from '../../model/case';
import type { TeamMember } from '../../model/settings';
import { clockTime, formatDeadline, formatDuration, type DeadlineUrgency } from '../calendar/format-deadline';

/** What a tracked conversation's row in the host's list shows, worded here (the page only paints it). */
export interface ListChip {
  threadId: string;
  /** "New · due 17:30 · LM", "In progress · overdue 2 h", "Waiting on customer". */
  text: string;
  /** Colour of the chip: the deadline's urgency ("none" when no response is due). */
  tone: DeadlineUrgency;
  /** Tooltip: the status and the deadline in full, and the owner's name. */
  title: string;
}

const STATUS: Record<SupportCase['status'], string> = STATUS_LABELS;

/** "Lena Marquardt" → "LM"; "yusuf.demir@example.net" → "YD"; one word → its first two letters. */
export function initials(name: string): string {
  const words = name.split('@')[0]!.split(/[\s._-]+/).filter((w) => w !== '');
  const letters = words.length > 1 ? words[0]!.charAt(0) + words[words.length - 1]!.charAt(0) : (words[0] ?? '').slice(0, 2);
  return letters.toUpperCase();
}

/**
 * The chip of one case. The deadline shows only while a response is due (`dueAt` is set exactly
 * then): "overdue 2 h" once passed, else the clock time ("due 17:30" today, "due tomorrow 09:00").
 */
export function listChip(threadId: string, c: SupportCase, team: readonly TeamMember[], now: number, timeZone?: string): ListChip {
  const parts = [STATUS[c.status]];
  const titles = [STATUS[c.status]];
  let tone: DeadlineUrgency = 'none';
  if (c.dueAt !== null) {
    const deadline = formatDeadline(c.dueAt, now, timeZone);
    tone = deadline.urgency;
    parts.push(
      deadline.overdue
        ? `overdue ${formatDuration(now - c.dueAt)}`
        : deadline.text.startsWith('due in ') || deadline.text.startsWith('due today ')
          ? `due ${clockTime(c.dueAt, timeZone)}`
          : deadline.text,
    );
    titles.push(`response due ${deadline.absolute} (${deadline.relative})`);
  }
  if (c.owner) {
    const name = team.find((m) => m.email.toLowerCase() === c.owner!.toLowerCase())?.name || c.owner;
    parts.push(initials(name));
    titles.push(`owner ${name}`);
  }
  return { threadId, text: parts.join(' · '), tone, title: `Casebook: ${titles.join(', ')}` };
}
