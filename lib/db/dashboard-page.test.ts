import { beforeAll, describe, expect, it } from 'vitest';
import { DASHBOARD_FILTERS, dashboardPage, type DashboardQuery } from '../core/case/case-queries';
import type { SupportCase } from '../model/case';
import type { CasebookDb } from './database';
import { listCasesPage } from './dashboard-page';
import { mulberry32, seedDatabase, seedCases } from './seed';
import { openTestDb } from './test-db';

const now = Date.parse('2026-11-26T12:00:00Z');
let db: CasebookDb;
let cases: SupportCase[];

beforeAll(async () => {
  db = openTestDb();
  await seedDatabase(db, 400, 0, now, mulberry32(5), 150);
  cases = seedCases(400, 0, now, mulberry32(5)).cases;
});

const query = (extra: Partial<DashboardQuery>): DashboardQuery => ({ filter: 'all', search: '', now, me: 'bob@casebook-vendor.com', limit: 25, offset: 0, ...extra });
const ids = (list: SupportCase[]): string[] => list.map((c) => c.id);

describe('listCasesPage gives the same pages as the in-memory reference', () => {
  it.each(DASHBOARD_FILTERS.flatMap((filter) => [0, 25].map((offset) => [filter, offset] as const)))('%s, offset %i', async (filter, offset) => {
    const page = await listCasesPage(db, query({ filter, offset }));
    expect(ids(page.cases)).toEqual(ids(dashboardPage(cases, query({ filter, offset }))));
    expect(page.total).toBe(dashboardPage(cases, query({ filter, limit: 1e9 })).length);
    expect(page.problems).toEqual([]);
  });

  it.each([
    ['sftp', 'all'],
    ['Müller', 'all'],
    ['north trad', 'needs_response'],
    ['licence renewal', 'closed'],
    ['re: ldap', 'mine'],
    ['zzz-no-such-word', 'all'],
  ] as const)('search %j with %s', async (search, filter) => {
    const page = await listCasesPage(db, query({ search, filter }));
    const expected = dashboardPage(cases, query({ search, filter, limit: 1e9 }));
    expect(ids(page.cases)).toEqual(ids(expected.slice(0, 25)));
    expect(page.total).toBe(expected.length);
  });

  it('the seed is varied enough for these comparisons to mean something', () => {
    for (const filter of DASHBOARD_FILTERS) expect(dashboardPage(cases, query({ filter, limit: 1e9 })).length).toBeGreaterThan(5);
  });
});
