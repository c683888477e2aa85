import { parseCsv } from './parse-csv';

/** One ticket as Trac's CSV export gives it; columns Trac did not send are "". */
export interface TracTicketRow {
  id: number;
  summary: string;
  status: string;
  resolution: string;
  type: string;
  priority: string;
  owner: string;
  reporter: string;
  component: string;
  milestone: string;
  version: string;
  keywords: string;
  /** Every column by its header name, custom fields included. */
  fields: Record<string, string>;
}

export type TicketCsvResult = { ok: true; ticket: TracTicketRow } | { ok: false; problem: string };
export type QueryCsvResult = { ok: true; tickets: TracTicketRow[] } | { ok: false; problem: string };

/** Reads `/ticket/N?format=csv`: a header row and one ticket row. */
export function parseTicketCsv(text: string): TicketCsvResult {
  const table = readTable(text);
  if (!table.ok) return table;
  const first = table.tickets[0];
  if (!first) return { ok: false, problem: 'the CSV has a header but no ticket row.' };
  return { ok: true, ticket: first };
}

/** Reads `/query?format=csv…`: a header row and any number of ticket rows (none is fine). */
export function parseQueryCsv(text: string): QueryCsvResult {
  return readTable(text);
}

function readTable(text: string): QueryCsvResult {
  const start = text.replace(/^\uFEFF/, '').trimStart();
  if (start === '') return { ok: false, problem: 'Trac sent an empty answer.' };
  if (start.startsWith('<')) {
    return { ok: false, problem: 'Trac sent a web page instead of CSV, probably its login page or an error page. Log in to Trac in a tab and try again.' };
  }
  const csv = parseCsv(text);
  if (!csv.ok) return { ok: false, problem: `the CSV is broken: ${csv.problem}.` };
  const [header, ...rows] = csv.rows;
  const names = (header ?? []).map((name) => name.trim().toLowerCase());
  if (!names.includes('id')) return { ok: false, problem: 'the CSV has no "id" column, so it is not a Trac ticket list.' };
  const tickets: TracTicketRow[] = [];
  for (const [index, row] of rows.entries()) {
    const fields = Object.fromEntries(names.map((name, column) => [name, row[column] ?? '']));
    const id = Number(fields.id);
    if (!Number.isInteger(id) || id <= 0) return { ok: false, problem: `row ${index + 2} has "${fields.id ?? ''}" as ticket id.` };
    const field = (name: string): string => fields[name] ?? '';
    tickets.push({
      id,
      summary: field('summary'),
      status: field('status'),
      resolution: field('resolution'),
      type: field('type'),
      priority: field('priority'),
      owner: field('owner'),
      reporter: field('reporter'),
      component: field('component'),
      milestone: field('milestone'),
      version: field('version'),
      keywords: field('keywords'),
      fields,
    });
  }
  return { ok: true, tickets };
}
