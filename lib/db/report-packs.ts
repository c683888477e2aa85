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
  /** Summary rows left out of the packs because they do not fit (reported with every report). */
  problems?: string[];
}

export const PACK_STATE = -1;
export const CASES_PER_PACK = 2_000;

const WAIT_FIELDS = 3;

/** Packs `rows` (any order) CASES_PER_PACK at a time, numbered from 0. */
export function packSummaries(rows: readonly (ReportSummaryRow | UnnumberedSummaryRow)[]): ReportPackRow[] {
  const packs: ReportPackRow[] = [];
  for (let from = 0; from < rows.length; from += CASES_PER_PACK) {
    const slice = rows.slice(from, from + CASES_PER_PACK);
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
    packs.push({ n: packs.length, ids: slice.map((row) => row.id), texts, data: Float64Array.from(numbers) });
  }
  return packs;
}

/**
 * The summary rows of one pack whose activeUntil is at least `since`, into `into` by id. A pack
 * that does not have the shape packSummaries writes gives none and returns false.
 */
export function unpackSummaries(pack: unknown, since: number, into: Map<string, UnnumberedSummaryRow>): boolean {
  const { ids, texts, data } = (typeof pack === 'object' && pack !== null ? pack : {}) as Partial<Record<keyof ReportPackRow, unknown>>;
  if (!Array.isArray(ids) || !Array.isArray(texts) || !(data instanceof Float64Array)) return false;
  const found: UnnumberedSummaryRow[] = [];
  const orNull = (value: number): number | null => (Number.isNaN(value) ? null : value);
  const textAt = (position: number): string | null => (position < 0 ? null : typeof texts[position] === 'string' ? (texts[position] as string) : null);
  let at = 0;
  for (const id of ids) {
    if (typeof id !== 'string' || at + 5 > data.length) return false;
    const activeUntil = data[at]!;
    const createdAt = data[at + 1]!;
    const owner = textAt(data[at + 2]!);
    const category = textAt(data[at + 3]!);
    const waitCount = data[at + 4]!;
    const waitsAt = at + 5;
    const reopenAt = waitsAt + waitCount * WAIT_FIELDS;
    const reopenCount = data[reopenAt]!;
    const developerAt = reopenAt + 1 + reopenCount;
    const developerCount = data[developerAt]!;
    const next = developerAt + 1 + developerCount * 2;
    if (!(next <= data.length)) return false;
    if (activeUntil >= since) {
      found.push({
        id, activeUntil, createdAt, owner, category,
        waits: Array.from(data.subarray(waitsAt, reopenAt), orNull),
        reopenedAt: Array.from(data.subarray(reopenAt + 1, developerAt)),
        developer: Array.from(data.subarray(developerAt + 1, next), orNull),
      });
    }
    at = next;
  }
  if (at !== data.length) return false;
  for (const row of found) into.set(row.id, row);
  return true;
}
