import Dexie, { type DexieOptions, type EntityTable, type Transaction } from 'dexie';
import type { ClassifierCorrection } from '../model/classification';
import type { ReplyTemplate } from '../model/template';
import type { CaseRow } from './case-row';
import { addIndexKeys, packCasesAndTimelines } from './migrations';
import type { TimelineRow } from './timeline-row';

export interface SchemaVersion {
  version: number;
  stores: Record<string, string | null>;
  upgrade?: (tx: Transaction) => Promise<void>;
}

/**
 * Every schema version, oldest first. Never edit a shipped entry: add a new one, with a date,
 * why it exists, and (when data changes) a named upgrade from migrations.ts.
 */
export const SCHEMA_VERSIONS: readonly SchemaVersion[] = [
  // v1 (2026-11-26): first schema. Cases by id (host:account:threadId or phone:<uuid>),
  // status, deadline, last change and owner; events by case and time.
  {
    version: 1,
    stores: {
      cases: 'id, status, dueAt, updatedAt, owner, [host+account+threadId]',
      events: 'id, caseId, [caseId+at]',
      templates: 'id',
      corrections: 'id, at',
    },
  },
  // v2 (2026-11-26): the dashboard's first page must come from an index with 50,000 cases.
  // `sortKey` orders by deadline (undated cases after, most recent first); compound keys give
  // each filter its own ordered range; `*searchWords` finds cases by word prefix;
  // `*openTickets` lists the cases whose Trac tickets need a status refresh. Dropped:
  // status/dueAt/owner (covered by the compounds), [host+account+threadId] (the id already is
  // that key) and events.caseId (a prefix of [caseId+at]).
  {
    version: 2,
    stores: {
      cases: 'id, updatedAt, sortKey, [status+sortKey], [owner+sortKey], *searchWords, *openTickets',
      events: 'id, [caseId+at]',
    },
    upgrade: addIndexKeys,
  },
  // v3 (2026-12-03): storage per case ≤ 2 KB and the JSON backup ≤ 5 s at 50,000 cases (issue
  // #3). The timeline is one `timelines` row per case (timeline-row.ts) instead of one `events`
  // row per event (each repeating a 16-hex id, the case id twice and the field names: 2 KB of a
  // case's 3.6 KB); case rows leave out untouched checklist items (case-row.ts). Dropped:
  // cases.updatedAt, which nothing queries (sortKey orders by recency), one index entry a case.
  {
    version: 3,
    stores: {
      cases: 'id, sortKey, [status+sortKey], [owner+sortKey], *searchWords, *openTickets',
      timelines: 'caseId',
      events: null,
    },
    upgrade: packCasesAndTimelines,
  },
];

/** Declares `versions` on `db`; tests declare only the old ones to build an old database. */
export function declareVersions(db: Dexie, versions: readonly SchemaVersion[] = SCHEMA_VERSIONS): void {
  for (const { version, stores, upgrade } of versions) {
    const declared = db.version(version).stores(stores);
    if (upgrade) declared.upgrade(upgrade);
  }
}

export const DATABASE_NAME = 'casebook';

/**
 * Casebook's IndexedDB. Open it only in the extension's own origin (background, extension
 * pages): a content script would create a separate database in mail.google.com's origin.
 */
export class CasebookDb extends Dexie {
  cases!: EntityTable<CaseRow, 'id'>;
  timelines!: EntityTable<TimelineRow, 'caseId'>;
  templates!: EntityTable<ReplyTemplate, 'id'>;
  corrections!: EntityTable<ClassifierCorrection, 'id'>;

  /** `options` takes a fake IndexedDB in tests ({ indexedDB, IDBKeyRange }). */
  constructor(name = DATABASE_NAME, options?: DexieOptions) {
    super(name, options);
    declareVersions(this);
  }
}
