import Dexie from 'dexie';
import { SupportCase } from '../model/case';
import { compareByDeadline, matchesFilter, UNDATED_FROM, type DashboardQuery } from '../core/case/case-queries';
import { queryWords, wordsMatch } from '../core/case/case-search';
import { parseCaseRows } from './case-row';
import type { CasebookDb } from './database';
import { uniqueById } from './read-rows';

export interface DashboardPage {
  cases: SupportCase[];
  /** Cases matching filter and search, all pages together; null when not counted. */
  total: number | null;
  problems: string[];
}

type CaseCollection = ReturnType<CasebookDb['cases']['toCollection']>;

/** The index range that holds exactly the filter's cases, already in deadline order. */
function filterRange(db: CasebookDb, query: DashboardQuery): CaseCollection {
  const byDeadline = (index: string, first: string): CaseCollection =>
    db.cases.where(index).between([first, Dexie.minKey], [first, Dexie.maxKey]);
  switch (query.filter) {
    case 'all':
      return db.cases.orderBy('sortKey');
    case 'needs_response':
      return db.cases.where('sortKey').below(UNDATED_FROM);
    case 'overdue':
      return db.cases.where('sortKey').below(Math.min(query.now, UNDATED_FROM));
    case 'mine':
      return byDeadline('[owner+sortKey]', query.me.trim().toLowerCase());
    case 'unassigned':
      // No index holds a null owner: the deadline order, filtered (open cases are few).
      return db.cases.orderBy('sortKey').filter((row) => row.owner == null && row.status !== 'closed');
    default:
      return byDeadline('[status+sortKey]', query.filter);
  }
}

/**
 * One dashboard page, sorted by deadline. Without search it reads only the page's rows from
 * an index range; with search, the longest query word narrows the cases through the word
 * index and the other words and the filter are checked in memory. Same results as core
 * dashboardPage (dashboard-page.test.ts compares them). With search the total is always known.
 */
export async function listCasesPage(db: CasebookDb, query: DashboardQuery, options: { total: boolean } = { total: true }): Promise<DashboardPage> {
  const wanted = queryWords(query.search);
  if (wanted.length === 0) {
    const range = filterRange(db, query);
    // Counting an index range walks it (≈200 ms for 50,000 cases in Chromium), while the page
    // itself takes a few ms: callers that show the page first ask for the total separately.
    const [raw, total] = await Promise.all([range.clone().offset(query.offset).limit(query.limit).toArray(), options.total ? range.count() : null]);
    const { rows, problems } = parseCaseRows(raw);
    return { cases: rows, total, problems };
  }
  const longest = wanted.reduce((a, b) => (b.length > a.length ? b : a));
  // Filter and sort the stored rows by their index keys; only the page's rows are validated.
  const found = uniqueById(await db.cases.where('searchWords').startsWith(longest).toArray());
  const matching = found.filter((row) => wordsMatch(row.searchWords, wanted) && matchesFilter(row, query.filter, query)).sort(compareByDeadline);
  const { rows, problems } = parseCaseRows(matching.slice(query.offset, query.offset + query.limit));
  return { cases: rows, total: matching.length, problems };
}
