import type { Span, Wait, WaitEnd } from '../core/reports/case-history';
import type { CaseSummary } from '../core/reports/case-summary';
import type { ReportSummaryRow, UnnumberedSummaryRow } from './report-summaries';

/**
 * The report summaries of every case packed into a few large rows (`reportPacks`): IndexedDB
 * costs ~50 µs a row on this project's machines whatever its size, so 50,000 summary rows take
 * seconds to read while 25 packs of 2,000 take a fraction of one. A cache, never the record: the
 * summaries in `reportSummaries` are, and a pack says up to which write (`seq`) it holds them.
 * The reader adds the summaries written since (one range of the seq index) and rewrites the
 * packs when those grow many; deleting a case drops the packs (rebuilt at the next report).
 *
 * One pack: the cases' ids, and their summaries as one Float64Array (copied, not parsed, when
 * read) with owners and categories as positions in a short list of texts.
 */
export interface ReportPackRow {
  /** Pack number; PACK_STATE is the bookkeeping row. */
  n: number;
  /** The largest activeUntil in the pack (packs are in activeUntil order). */
  until: number;
  ids: string[];
  texts: string[];
  /** Per case: activeUntil, createdAt, owner, category (text positions, −1: none), then waits, re-openings, developer spans, each count first; null as NaN. */
  data: Float64Array;
}

/** The bookkeeping row: which write the packs hold up to (null: no packs), and a number every drop changes. */
export interface ReportPackState {
  n: typeof PACK_STATE;
  upTo: number | null;
  epoch: number;
  /** Each pack's `until`, by pack number: which packs a period needs, known before reading them. */
  until?: number[];
  /** Summary rows left out of the packs because they do not fit (reported with every report). */
  problems?: string[];
}

export const PACK_STATE = -1;
export const CASES_PER_PACK = 2_000;

const WAIT_FIELDS = 3;

/**
 * Packs `rows` CASES_PER_PACK at a time, numbered from 0, in activeUntil order: a report of a
 * recent period skips the packs that end before it (`until`, kept in the bookkeeping row).
 */
export function packSummaries(rows: readonly (ReportSummaryRow | UnnumberedSummaryRow)[], size = CASES_PER_PACK): ReportPackRow[] {
  const sorted = [...rows].sort((a, b) => a.activeUntil - b.activeUntil);
  const packs: ReportPackRow[] = [];
  for (let from = 0; from < sorted.length; from += size) {
    const slice = sorted.slice(from, from + size);
    const texts: string[] = [];
    const positions = new Map<string, number>();
    const text = (value: string | null): number => {
      if (value === null) return -1;
      let at = positions.get(value);
      if (at === undefined) positions.set(value, (at = texts.push(value) - 1));
      return at;
    };
    const numbers: number[] = [];
    const time = (value: number | null): number => (value === null ? Number.NaN : value);
    for (const row of slice) {
      numbers.push(row.activeUntil, row.createdAt, text(row.owner), text(row.category));
      numbers.push(row.waits.length / WAIT_FIELDS, ...row.waits.map(time));
      numbers.push(row.reopenedAt.length, ...row.reopenedAt);
      numbers.push(row.developer.length / 2, ...row.developer.map(time));
    }
    packs.push({ n: packs.length, until: slice.at(-1)!.activeUntil, ids: slice.map((row) => row.id), texts, data: Float64Array.from(numbers) });
  }
  return packs;
}

const WAIT_ENDS: readonly WaitEnd[] = ['response', 'closed', 'untimed'];

/**
 * The summaries of one pack whose activeUntil is at least `since`, into `into` by id, straight
 * from the numbers (no row object in between). A pack that does not have the shape
 * packSummaries writes gives none and returns false.
 */
export function unpackSummaries(pack: unknown, since: number, into: Map<string, CaseSummary>): boolean {
  const { ids, texts, data } = (typeof pack === 'object' && pack !== null ? pack : {}) as Partial<Record<keyof ReportPackRow, unknown>>;
  if (!Array.isArray(ids) || !Array.isArray(texts) || !(data instanceof Float64Array)) return false;
  const found: CaseSummary[] = [];
  const orNull = (value: number): number | null => (Number.isNaN(value) ? null : value);
  const textAt = (position: number): string | null => (position < 0 ? null : typeof texts[position] === 'string' ? (texts[position] as string) : null);
  let at = 0;
  for (const id of ids) {
    if (typeof id !== 'string' || at + 5 > data.length) return false;
    const activeUntil = data[at]!;
    const waitCount = data[at + 4]!;
    const waitsAt = at + 5;
    const reopenAt = waitsAt + waitCount * WAIT_FIELDS;
    const reopenCount = data[reopenAt]!;
    const developerAt = reopenAt + 1 + reopenCount;
    const developerCount = data[developerAt]!;
    const next = developerAt + 1 + developerCount * 2;
    if (!(next <= data.length)) return false;
    if (activeUntil >= since) {
      const waits: Wait[] = [];
      for (let w = waitsAt; w < reopenAt; w += WAIT_FIELDS) {
        const how = data[w + 2]!;
        const endedBy = Number.isNaN(how) ? null : WAIT_ENDS[how];
        if (endedBy === undefined) return false;
        waits.push({ start: data[w]!, end: orNull(data[w + 1]!), endedBy });
      }
      const developerSpans: Span[] = [];
      for (let d = developerAt + 1; d < next; d += 2) developerSpans.push({ start: data[d]!, end: orNull(data[d + 1]!) });
      found.push({
        id, activeUntil, createdAt: data[at + 1]!, owner: textAt(data[at + 2]!), category: textAt(data[at + 3]!),
        history: { waits, reopenedAt: Array.from(data.subarray(reopenAt + 1, developerAt)), developerSpans },
      });
    }
    at = next;
  }
  if (at !== data.length) return false;
  for (const summary of found) into.set(summary.id, summary);
  return true;
}
