import Dexie, { type DexieOptions, type EntityTable, type Table, type Transaction } from 'dexie';
import yDexie from 'y-dexie';
import type * as Y from 'yjs';
import type { ClassifierCorrection } from '../model/classification';
import type { ReplyTemplate } from '../model/template';
import type { CaseRow } from './case-row';
import { addIndexKeys, addReportSummaries, addTeamDocuments, moveTeamWideDocs, packCasesAndTimelines } from './migrations';
import type { ReportPackRow, ReportPackState } from './report-packs';
import type { ReportSummaryRow } from './report-summaries';
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
  // v4 (2026-12-10): the team workspace (issue #12). `teamDocs` keeps each shared Yjs document
  // (one per team case, one board per team) by its document name on the team server; y-dexie
  // stores its updates in its own table (`$teamDocs.doc_updates`), so a document loads offline
  // and edits made offline are kept until the server has them. `teamSync` is the bookkeeping per
  // document (what the server confirmed). Alone (no team) both stay empty.
  {
    version: 4,
    stores: {
      teamDocs: 'name, doc: Y.Doc',
      teamSync: 'name',
    },
    upgrade: addTeamDocuments,
  },
  // v5 (2026-12-05): the Reports page's budgets (issue #18: 50,000 cases, 4 weeks ≤ 300 ms, a
  // year ≤ 2 s). Reading every case and its timeline took 18 s for 4 weeks; `reportSummaries`
  // holds one ~100-byte row per case with what a report reads (report-summaries.ts), written with
  // the case, and `activeUntil` (the case's last moment in any report; 2^53 while it waits)
  // makes a period's rows one index range; `seq` numbers the writes. IndexedDB costs ~50 µs a row
  // however small, so the reader also keeps `reportPacks` (report-packs.ts): all summaries in a
  // few rows up to one `seq`, plus the rows written since. A cache: dropped on any delete.
  {
    version: 5,
    stores: {
      reportSummaries: 'id, activeUntil, seq',
      reportPacks: 'n',
    },
    upgrade: addReportSummaries,
  },
  // v6 (2026-12-05): the team-wide documents (board, members, settings, templates, learning) get
  // their own table, away from the case documents. y-dexie keeps each loaded document in step
  // with a live query over *its table's* updates after the document's last one; in one table
  // with thousands of case documents, every case update stored re-read every case update since
  // the board's last change, for each of these five always-loaded documents: a first sync grew
  // with the square of the board (issue #12's budgets).
  {
    version: 6,
    stores: {
      teamBoardDocs: 'name, doc: Y.Doc',
    },
    upgrade: moveTeamWideDocs,
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

interface DbCoreMiddleware {
  stack: 'dbcore';
  name?: string;
  level: number;
  create: (down: { table: (name: string) => unknown }) => { table: (name: string) => unknown };
}

/**
 * y-dexie 4.4.0's middleware looks every table up in the current schema and throws for one that
 * is not there, which an upgrade from v1/v2 reaches (v3 drops `events` after reading it). Tables
 * it does not know hold no Y.Doc, so they go straight to the layer below. Checked by the
 * migration tests from every version; drop this when y-dexie guards the lookup itself.
 */
function letUpgradesReachDroppedTables(db: Dexie): void {
  const internals = db as unknown as { _middlewares: { dbcore?: DbCoreMiddleware[] }; _dbSchema: Record<string, unknown> };
  const yjs = internals._middlewares.dbcore?.find((middleware) => middleware.name === 'yjsMiddleware');
  if (!yjs) return;
  db.use({
    stack: 'dbcore',
    name: yjs.name,
    level: yjs.level,
    create: (down: { table: (name: string) => unknown }) => {
      const withY = yjs.create(down);
      return { ...withY, table: (name: string) => (name in internals._dbSchema ? withY.table(name) : down.table(name)) };
    },
  } as unknown as Parameters<Dexie['use']>[0]);
}

/** A shared document (y-dexie keeps `doc`'s content in `$teamDocs.doc_updates`, never in the row). */
export interface TeamDocRow {
  /** The document's name on the team server, e.g. `case/conv-Ab3dE5gH7jK` (lib/team/doc-names.ts). */
  name: string;
  /** Always there on a read row; given on `add` only (its state becomes the first update). */
  doc: Y.Doc;
}

/** Per-document sync bookkeeping, written by the background's connection. */
export interface TeamSyncRow {
  name: string;
  /** Epoch ms when the server last confirmed having every local change (Hocuspocus "synced"); null before. */
  syncedAt: number | null;
  /** Epoch ms of the oldest local change the server has not confirmed yet; null when none waits. */
  pendingSince: number | null;
  /**
   * For a case document: the case as this browser last wrote it to the document or read it
   * from it, the base of the next write (only what changed since is written, so a row not yet
   * caught up with a colleague's edit cannot undo it). Kept here: the service worker stops.
   */
  base?: unknown;
  /** For a case document: this mailbox's threads of the case (`host:account:threadId`), for the inbox list after a restart. */
  threads?: unknown;
  /**
   * For a case document: the case row was made from the board's entry (lib/team/board-row.ts)
   * and the document is not read yet. The case stays queued to be read, across restarts, and a
   * change made here waits for the document before it is written to it.
   */
  fromBoard?: boolean;
}

/**
 * Casebook's IndexedDB. Open it only in the extension's own origin (background, extension
 * pages): a content script would create a separate database in mail.google.com's origin.
 */
export class CasebookDb extends Dexie {
  cases!: EntityTable<CaseRow, 'id'>;
  timelines!: EntityTable<TimelineRow, 'caseId'>;
  templates!: EntityTable<ReplyTemplate, 'id'>;
  corrections!: EntityTable<ClassifierCorrection, 'id'>;
  /** Case documents and their archives (many, loaded a few at a time). */
  teamDocs!: EntityTable<TeamDocRow, 'name'>;
  /** The board and the other team-wide documents, loaded whenever the team is (lib/team/doc-tables.ts). */
  teamBoardDocs!: EntityTable<TeamDocRow, 'name'>;
  teamSync!: EntityTable<TeamSyncRow, 'name'>;
  reportSummaries!: EntityTable<ReportSummaryRow, 'id'>;
  reportPacks!: Table<ReportPackRow | ReportPackState, number>;

  /** `options` takes a fake IndexedDB in tests ({ indexedDB, IDBKeyRange }). */
  constructor(name = DATABASE_NAME, options?: DexieOptions) {
    // y-dexie must be there before the versions are declared: it reads the `doc: Y.Doc` declarations.
    // Without y-dexie's own timer: the team sync merges stored updates when it is idle (lib/background/team/compaction.ts).
    super(name, { ...options, addons: [...(options?.addons ?? []), yDexie({ gc: false }) as (db: Dexie) => void] });
    declareVersions(this);
    letUpgradesReachDroppedTables(this);
  }
}
