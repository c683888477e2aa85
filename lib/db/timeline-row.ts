import { CaseEvent } from '../model/case';
import { parseRows, type Rows } from './read-rows';

/**
 * An event as stored, before it is checked: CaseEvent's fields with values of any type, since a
 * row written by an older build (or damaged) is kept as it is and reported when read.
 */
export type StoredEvent = { [K in keyof CaseEvent]: unknown };

/** [id, at, actor, type, from, to, reason]: the last five name their value by its position in `values`. */
export type EncodedEvent = [id: unknown, at: unknown, actor: number, type: number, from: number, to: number, reason: number];

/**
 * One case's timeline as stored (since v3): one row per case instead of one per event, keyed by
 * the case id. Field names and the case id are not repeated per event, and repeated values
 * (actors, types, from/to, reasons, null) are stored once per row.
 */
export interface TimelineRow {
  caseId: string;
  /** Distinct field values of this timeline, in order of first use. */
  values: unknown[];
  /** Oldest first; events at the same moment in the order they were added. */
  events: EncodedEvent[];
}

export function encodeTimeline(caseId: string, events: readonly StoredEvent[]): TimelineRow {
  const values: unknown[] = [];
  const positions = new Map<unknown, number>();
  const position = (value: unknown): number => {
    let at = positions.get(value);
    if (at === undefined) {
      at = values.push(value) - 1;
      positions.set(value, at);
    }
    return at;
  };
  return { caseId, values, events: events.map((e) => [e.id, e.at, position(e.actor), position(e.type), position(e.from), position(e.to), position(e.reason)]) };
}

/** The events of a stored row, unchecked. A row that is not a timeline gives none (parseTimelineRows reports it). */
export function decodeTimeline(row: unknown): StoredEvent[] {
  const { caseId, values, events } = (typeof row === 'object' && row !== null ? row : {}) as Partial<Record<keyof TimelineRow, unknown>>;
  if (!Array.isArray(events)) return [];
  const table: readonly unknown[] = Array.isArray(values) ? values : [];
  const value = (position: unknown): unknown => (typeof position === 'number' ? table[position] : undefined);
  return events.map((encoded: unknown) => {
    const [id, at, actor, type, from, to, reason] = Array.isArray(encoded) ? (encoded as unknown[]) : [];
    return { id, caseId, at, actor: value(actor), type: value(type), from: value(from), to: value(to), reason: value(reason) };
  });
}

type Field = Exclude<keyof CaseEvent, 'id' | 'caseId' | 'at'>;
const SHARED: readonly [Field, number][] = [['actor', 2], ['type', 3], ['from', 4], ['to', 5], ['reason', 6]];
const FIELD = CaseEvent.shape;

/**
 * The events of one row, checked. A row's values are checked once per field that uses them
 * (with CaseEvent's own field schemas), each event's id and time on their own: the same
 * verdict as CaseEvent, at a fraction of the cost for 500,000 events. An event that fails is
 * checked again with CaseEvent as a whole, for the usual problem text.
 */
function fittingEvents(row: Record<string, unknown>, problems: string[]): boolean[] {
  const caseId = row.caseId;
  const values: readonly unknown[] = Array.isArray(row.values) ? row.values : [];
  const verdicts = new Map<string, boolean>();
  const fits = (field: Field, position: unknown): boolean => {
    const key = `${field}:${String(position)}`;
    let ok = verdicts.get(key);
    if (ok === undefined) verdicts.set(key, (ok = typeof position === 'number' && position in values && FIELD[field].safeParse(values[position]).success));
    return ok;
  };
  const caseIdFits = FIELD.caseId.safeParse(caseId).success;
  return (row.events as unknown[]).map((encoded) => {
    const tuple = Array.isArray(encoded) ? (encoded as EncodedEvent) : null;
    if (tuple && caseIdFits && FIELD.id.safeParse(tuple[0]).success && FIELD.at.safeParse(tuple[1]).success && SHARED.every(([field, at]) => fits(field, tuple[at]))) return true;
    const parsed = parseRows(CaseEvent, 'events', decodeTimeline({ caseId, values, events: [encoded] }));
    problems.push(...parsed.problems);
    return parsed.rows.length > 0;
  });
}

/** Each stored row with the verdict on each of its events; rows that are not timelines become problems. */
function checkRows(raw: readonly unknown[], problems: string[]): [Record<string, unknown>, boolean[]][] {
  return raw.flatMap((row): [Record<string, unknown>, boolean[]][] => {
    if (row === undefined) return [];
    const fields = (typeof row === 'object' && row !== null ? row : {}) as Record<string, unknown>;
    if (Array.isArray(fields.events)) return [[fields, fittingEvents(fields, problems)]];
    problems.push(`timelines ${JSON.stringify(String(fields.caseId ?? '(no case id)'))}: events: not a list of events`);
    return [];
  });
}

/** The checked events of stored timeline rows, in row order; events (or rows) that do not fit are problems. */
export function parseTimelineRows(raw: readonly unknown[]): Rows<CaseEvent> {
  const rows: CaseEvent[] = [];
  const problems: string[] = [];
  for (const [row, fitting] of checkRows(raw, problems)) {
    decodeTimeline(row).forEach((event, index) => {
      if (fitting[index]) rows.push(event as CaseEvent);
    });
  }
  return { rows, problems };
}

/**
 * Stored rows as checked timelines, without building an object per event (the backup's
 * 500,000): a row whose events all fit is kept as it is, another is rebuilt from those that do.
 */
export function checkedTimelines(raw: readonly unknown[]): { timelines: TimelineRow[]; events: number; problems: string[] } {
  const problems: string[] = [];
  let events = 0;
  const timelines = checkRows(raw, problems).map(([row, fitting]): TimelineRow => {
    const kept = fitting.filter(Boolean).length;
    events += kept;
    if (kept === fitting.length) return { caseId: row.caseId as string, values: row.values as unknown[], events: row.events as EncodedEvent[] };
    return encodeTimeline(row.caseId as string, decodeTimeline(row).filter((_, index) => fitting[index]));
  });
  return { timelines: timelines.filter((row) => row.events.length > 0), events, problems };
}

/** Events by the timeline row they belong in, in the order given; an event without a case id goes under "". */
export function groupByCase<T extends Pick<StoredEvent, 'caseId'>>(events: readonly T[]): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const event of events) {
    const caseId = typeof event.caseId === 'string' ? event.caseId : '';
    const group = groups.get(caseId);
    if (group) group.push(event);
    else groups.set(caseId, [event]);
  }
  return groups;
}

const time = (event: StoredEvent): number => (typeof event.at === 'number' ? event.at : -Infinity);

/**
 * `timeline` with `added` in it, as putting event rows did: an event whose id is already there
 * replaces it, a new one goes after every event at or before its time (so order holds even
 * when clocks disagree, and same-moment events keep the order they were added in).
 */
export function withEvents(timeline: readonly StoredEvent[], added: readonly StoredEvent[]): StoredEvent[] {
  const events = [...timeline];
  for (const event of added) {
    const same = events.findIndex((existing) => existing.id === event.id);
    if (same >= 0) events.splice(same, 1);
    let at = events.length;
    while (at > 0 && time(events[at - 1]!) > time(event)) at -= 1;
    events.splice(at, 0, event);
  }
  return events;
}
