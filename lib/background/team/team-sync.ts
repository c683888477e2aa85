import { Awareness } from 'y-protocols/awareness';
import * as Y from 'yjs';
import { adoptionKey } from '../../core/case/adoption-key';
import { linksBySearch, mailboxSearchUrl } from '../../core/case/mailbox-search-url';
import { conversationKey, isConversationKey } from '../../core/case/conversation-key';
import { deepEqual } from '../../core/case/deep-equal';
import { mergeCase } from '../../core/case/merge';
import { describeSyncStatus, type SyncStatus } from '../../core/team/sync-status';
import { presenceOn, type PresenceState } from '../../core/team/presence';
import { BoardSubjectIndex, type ListRowSeen } from '../../core/team/board-subject-index';
import { parseCaseRows } from '../../db/case-row';
import { findCase, loadEvents } from '../../db/cases-repository';
import { rekeyCase, saveBoardRows, saveSharedCase, saveSharedCases } from '../../db/shared-cases';
import { SupportCase, type CaseEvent } from '../../model/case';
import type { TeamMember } from '../../model/settings';
import type { Host } from '../../model/thread';
import type { TeamMembership } from '../../model/team';
import type { ClassifierCorrection } from '../../model/classification';
import type { TeamSettingKey, TeamSettings } from '../../model/team-documents';
import { boardEntry, listBoardEntries, updateBoardEntry, type BoardEntry } from '../../team/board-doc';
import { boardPatch, caseOfBoardEntry } from '../../team/board-row';
import { deleteTeamTemplate, readSharedCorrections, readTeamSettings, readTeamTemplates, shareCorrection, writeTeamSettings, writeTeamTemplate, type SharedTemplate } from '../../team/shared-docs';
import { caseThreads, readCase, threadKeyOf, writeCase } from '../../team/case-doc';
import { mergeLocalIntoDoc } from '../../team/merge-local';
import { archiveOldEvents, historyDocRest, historyPeriods, periodsToArchive, readArchive } from '../../team/timeline-archive';
import type { TeamSyncRow } from '../../db/database';
import type { Services } from '../services';
import { KeyedQueue } from '../keyed-queue';
// A template as an editor opened it (what a save of a team template is rebased on).
import type { TemplateBase } from '../../team/shared-docs';
import { COMPACT_EVERY_MS, compactTeamDocs } from './compaction';
import { TeamConnection } from './team-connection';
import { LiveDocs } from './live-docs';
import { loadTeamDoc, readStoredUpdates, releaseTeamDoc } from './team-docs';

/** How many case documents a member brings up to date at once (each waits on a round trip to the server). */
const FOLLOW_LANES = 16;
/** Unused case documents kept loaded (recently changed or opened), and for how long (live-docs.ts). */
const LIVE_DOCS_MAX = 8;
const LIVE_DOCS_IDLE_MS = 60_000;
/** How many times, and after how long (times the try), a row still behind its board entry is followed again. */
const FOLLOW_AGAIN_TIMES = 3;
const FOLLOW_AGAIN_MS = 1_000;
/** Rows made from the board per transaction (a new member's first sync: thousands). */
const BOARD_ROWS_PER_WRITE = 500;
/** Fetched case documents projected in one transaction at most (a new member's first sync: thousands). */
const PROJECT_BATCH = 32;
/** How long a case document may take to come in step with the server before the next one is tried. */
const SYNC_PATIENCE_MS = 10_000;

/** The origin of changes this browser makes, so their echoes are not projected back. */
const LOCAL = Symbol('casebook-local');

/** The events a case's archive documents hold, and those documents' state (a projection redone only when it changes). */
interface ArchivedEvents {
  events: CaseEvent[];
  state: string;
}

/**
 * A case document to project. `keep`: it was fetched outside the pool (#fetchWhole) and is
 * stored with the projection, whole (new here) or as the updates the server added.
 */
interface Fetched {
  key: string;
  doc: Y.Doc;
  keep?: 'whole' | { updates: Uint8Array[] };
}

/** What one projection will write (#planProjection): `write` is null when it has nothing to write. */
interface ProjectionPlan {
  key: string;
  local: { case: SupportCase } | null;
  documents: string;
  write: { merged: SupportCase; fromDoc: SupportCase; events: CaseEvent[]; base: SupportCase; threads: string[] } | null;
}

/** What one projection read and wrote (#projectWithin): `done` is null when it had nothing to write. */
interface Projection {
  local: { case: SupportCase } | null;
  documents: string;
  done: { saved: SupportCase | null; pending: boolean } | null;
}

export interface TeamSyncHooks {
  /** A case changed because of the team (a colleague's edit): store done, tell the views. */
  caseChanged: (caseId: string) => Promise<void>;
  /** A colleague made this browser's member the owner of a case. */
  assignedToMe?: (c: SupportCase) => void;
  /** What the sidebars show about the team changed (status, presence). */
  linesChanged: () => void;
  /** The team's settings, templates or learning changed (a colleague's edit, or the first sync). */
  sharedChanged?: (kind: SharedKind) => void;
  WebSocketImpl?: unknown;
}

export type SharedKind = 'settings' | 'templates' | 'learning';

export interface TeamView {
  status: string;
  presence: string[];
}

/**
 * The team workspace in the background (PRODUCT F8): keeps each shared case's document in step
 * with the case rows the dashboard queries, the board (which cases exist) and who is on which
 * case. Cases are keyed by their conversation key (lib/core/case/conversation-key.ts), the same
 * in every member's browser. Alone (no membership) it does nothing and sends nothing.
 */
export class TeamSync {
  #membership: TeamMembership | null = null;
  #connection: TeamConnection | null = null;
  #board: Y.Doc | null = null;
  #members: Y.Doc | null = null;
  #shared: Partial<Record<SharedKind, Y.Doc>> = {};
  #awareness: Awareness | null = null;
  /** Case documents and their archives (lib/team/timeline-archive) in use or recently changed. */
  #live: LiveDocs | null = null;
  /** `host:account:threadId` → conversation key, from the case documents read (inbox chips, list replies); kept in teamSync rows. */
  readonly #threadIndex = new Map<string, string>();
  /**
   * The board's open cases by subject: the inbox chip of a team case this member never opened.
   * Built when a list first asks (a board of 52,000 entries takes ~100 ms to read, and the
   * worker starts often), then kept up to date entry by entry.
   */
  #subjects: BoardSubjectIndex | null = null;
  /** Cases whose documents wait to be brought up to date (a colleague changed them; a first sync). */
  readonly #toFollow = new Set<string>();
  /** How often a case whose row still lags its board entry was followed again since the entry changed. */
  readonly #tries = new Map<string, number>();
  /** Which case documents (`cases/<key>`, archives too) IndexedDB holds: read once at start, then kept (one query less per case followed). */
  #stored = new Set<string>();
  /** Case documents being fetched whole, not through the pool (#fetchWhole), by `cases/<key>`. */
  readonly #fetching = new Map<string, Promise<void>>();
  /** Fetched documents waiting for their projection (#projectFetched), and whether one is being written. */
  readonly #toProject: (Fetched & { resolve: (row: SupportCase | null) => void; reject: (error: unknown) => void })[] = [];
  #projecting = false;
  /** Lanes bringing queued cases up to date now (at most FOLLOW_LANES). */
  #lanes = 0;
  /** What each case's last projection read (documents' state vectors, the row's version). */
  readonly #projected = new Map<string, string>();
  /** Cases whose teamSync row may say "not sent yet" (marked here, or found so after a restart): only these are cleared on release. */
  readonly #maybePending = new Set<string>();
  #status: SyncStatus = { kind: 'alone' };
  #here: { caseKey: string | null; replyingSince: number | null } = { caseKey: null, replyingSince: null };
  #heartbeat: ReturnType<typeof setInterval> | undefined;
  readonly #perCase = new KeyedQueue();

  constructor(
    private readonly services: Services,
    private readonly hooks: TeamSyncHooks,
  ) {}

  get active(): boolean {
    return this.#membership !== null;
  }

  get membership(): TeamMembership | null {
    return this.#membership;
  }

  /** Joins (or leaves, with null) the team's documents. */
  async use(membership: TeamMembership | null): Promise<void> {
    if (JSON.stringify(membership) === JSON.stringify(this.#membership)) return;
    this.stop();
    this.#membership = membership;
    if (!membership) return;
    this.#status = { kind: 'connecting' };
    const connection = new TeamConnection({
      membership,
      onStatus: (status) => {
        this.#status = status;
        // Back online: cases left behind while offline are brought up to date.
        if (status.kind === 'synced') this.#startFollowing();
        this.hooks.linesChanged();
      },
      ...(this.hooks.WebSocketImpl ? { WebSocketImpl: this.hooks.WebSocketImpl } : {}),
    });
    this.#connection = connection;
    this.#live = this.#liveDocs(connection);
    const kinds: SharedKind[] = ['settings', 'templates', 'learning'];
    const [board, members, ...shared] = await Promise.all([...['board', 'members'], ...kinds].map((rest) => loadTeamDoc(this.services.db, this.#docName(rest))));
    // Presence lives in the awareness, never in the document: nothing to keep in IndexedDB.
    const presence = new Y.Doc();
    if (this.#connection !== connection) {
      for (const doc of [board, members, ...shared]) releaseTeamDoc(this.services.db, doc!);
      return;
    }
    kinds.forEach((kind, i) => {
      const doc = shared[i]!;
      this.#shared[kind] = doc;
      connection.open(kind, doc);
      doc.on('update', () => this.hooks.sharedChanged?.(kind));
    });
    for (const kind of kinds) this.hooks.sharedChanged?.(kind);
    this.#board = board!;
    this.#members = members!;
    this.#awareness = new Awareness(presence);
    this.#awareness.on('change', () => this.hooks.linesChanged());
    connection.open('members', members!);
    connection.open('presence', presence, this.#awareness);
    connection.open('board', board!);
    // Only the entries a colleague changed are looked at: the board has one per team case.
    board!.getMap('cases').observe((event) => {
      if (this.#subjects) for (const key of event.keysChanged) this.#subjects.set(key, boardEntry(board!, key));
      for (const key of event.keysChanged) this.#tries.delete(key);
      if (event.transaction.origin !== LOCAL) void this.#followStale([...event.keysChanged]);
    });
    await this.#loadThreadIndex();
    this.#publishHere();
    this.#heartbeat = setInterval(() => {
      this.#publishHere();
      this.#live?.sweep();
      void this.compactIfIdle();
    }, 10_000);
    void this.#followStale([...board!.getMap('cases').keys()]);
    this.adopting = this.#adoptAll(connection);
  }

  /** The pool of case and archive documents, kept in step through `connection` while loaded. */
  #liveDocs(connection: TeamConnection): LiveDocs {
    return new LiveDocs({
      // A document being fetched whole (#fetchWhole) is loaded once that fetch is off the
      // connection: one copy at a time is connected under its name.
      load: async (rest) => {
        await this.#fetching.get(rest);
        const doc = await loadTeamDoc(this.services.db, this.#docName(rest));
        this.#stored.add(rest);
        return doc;
      },
      open: (rest, doc) => {
        const provider = connection.open(rest, doc);
        return () => provider.isSynced && !provider.hasUnsyncedChanges;
      },
      release: (rest, doc, inStep) => {
        connection.close(rest);
        releaseTeamDoc(this.services.db, doc);
        const key = caseKeyOfRest(rest);
        if (inStep && key !== null && !rest.includes('/history/') && this.#maybePending.delete(key)) void this.#markPending(key, false);
      },
      loaded: (rest, doc) => this.#listen(rest, doc),
      max: LIVE_DOCS_MAX,
      idleMs: LIVE_DOCS_IDLE_MS,
      now: () => this.services.now(),
    });
  }

  /** A colleague's change to a loaded document reaches the case row (archives: their case's). */
  #listen(rest: string, doc: Y.Doc): () => void {
    const key = caseKeyOfRest(rest);
    if (key === null) return () => {};
    const archive = rest.includes('/history/');
    const onUpdate = (_update: Uint8Array, origin: unknown): void => {
      if (origin === LOCAL) return;
      if (!archive || this.#live?.has(`cases/${key}`)) void this.#perCase.run(key, () => this.#project(key));
    };
    doc.on('update', onUpdate);
    if (!archive) void this.#perCase.run(key, () => this.#project(key));
    return () => doc.off('update', onUpdate);
  }

  /** The bulk adoption started by the last join (tests and the options page wait on it). */
  adopting: Promise<number> = Promise.resolve(0);

  /**
   * Joining merges this browser's own open cases into the board (issue #12), once per team: each
   * case whose conversation key can be known without its page (lib/core/case/adoption-key) is
   * adopted like a case opened in a team. The others are adopted when their conversation is
   * opened. Returns how many were adopted.
   */
  async #adoptAll(connection: TeamConnection): Promise<number> {
    const marker = this.#docName('adopted');
    if (await this.services.db.teamSync.get(marker)) return 0;
    const { rows } = parseCaseRows(await this.services.db.cases.toArray());
    let adopted = 0;
    for (const local of rows) {
      if (this.#connection !== connection) return adopted;
      // Closed cases stay this browser's until reopened: each adopted case is a live document.
      if (isConversationKey(local.id) || local.status === 'closed') continue;
      const created = (await loadEvents(this.services.db, local.id)).find((event) => event.type === 'created');
      const key = adoptionKey(local, created);
      if (key === null) continue;
      await this.#perCase.run(key, () => this.adopt(local, key));
      adopted += 1;
    }
    await this.services.db.teamSync.put({ name: marker, syncedAt: null, pendingSince: null });
    return adopted;
  }

  stop(): void {
    clearInterval(this.#heartbeat);
    this.#live?.clear();
    this.#live = null;
    this.#connection?.destroy();
    this.#connection = null;
    this.#awareness?.destroy();
    this.#awareness = null;
    this.#toFollow.clear();
    // Fetched documents not stored yet are dropped (a later start fetches them again).
    for (const { resolve } of this.#toProject.splice(0)) resolve(null);
    this.#tries.clear();
    this.#stored = new Set();
    this.#projected.clear();
    this.#maybePending.clear();
    this.#threadIndex.clear();
    this.#subjects = null;
    for (const doc of [this.#board, this.#members, ...Object.values(this.#shared)]) if (doc) releaseTeamDoc(this.services.db, doc);
    this.#board = this.#members = null;
    this.#shared = {};
    this.#membership = null;
    this.#status = { kind: 'alone' };
  }

  /** The team's key for a case of this conversation; null when alone or when the page gives none. */
  keyFor(thread: Parameters<typeof conversationKey>[0]): string | null {
    return this.active ? conversationKey(thread) : null;
  }

  /** The team's members, for the owner picker (the server keeps the list). */
  members(): TeamMember[] {
    const map = this.#members?.getMap('members');
    if (!map) return [];
    return [...map.entries()].flatMap(([email, value]) => {
      const name = typeof (value as { name?: unknown })?.name === 'string' ? (value as { name: string }).name : '';
      return email.includes('@') ? [{ email, name: name || email }] : [];
    });
  }

  /** The sections of the settings the team's admin set (empty alone). */
  teamSettings(): TeamSettings {
    return this.#shared.settings ? readTeamSettings(this.#shared.settings) : {};
  }

  /** The team's templates (none alone). */
  teamTemplates(): SharedTemplate[] {
    return this.#shared.templates ? readTeamTemplates(this.#shared.templates) : [];
  }

  /** Every member's shared corrections, oldest first (none alone). */
  sharedCorrections(): ClassifierCorrection[] {
    return this.#shared.learning ? readSharedCorrections(this.#shared.learning) : [];
  }

  /** Shares this member's correction (hashed features only). A viewer's is refused by the server and stays local. */
  shareCorrection(correction: ClassifierCorrection): void {
    if (this.#shared.learning) shareCorrection(this.#shared.learning, correction, LOCAL);
  }

  /** An admin's change to team settings (the server refuses it from anyone else). */
  saveTeamSettings(sections: Partial<Record<TeamSettingKey, unknown>>): void {
    if (!this.#shared.settings) throw new Error('Not connected to a team.');
    writeTeamSettings(this.#shared.settings, sections, LOCAL);
  }

  /** Saves (or, with null, deletes) a team template; `base`: the template as the editor opened it. */
  saveTeamTemplate(id: string, template: Pick<SharedTemplate, 'name' | 'body' | 'category' | 'updatedAt'> | null, base?: TemplateBase): void {
    if (!this.#shared.templates) throw new Error('Not connected to a team.');
    if (template === null) deleteTeamTemplate(this.#shared.templates, id, LOCAL);
    else writeTeamTemplate(this.#shared.templates, id, { name: template.name, body: template.body, category: template.category, updatedAt: template.updatedAt, updatedBy: this.#membership?.member.email ?? '' }, LOCAL, base);
  }

  /** Every member's published presence (this browser's included), as received. */
  presence(): PresenceState[] {
    return [...(this.#awareness?.getStates().values() ?? [])].flatMap((state) => (isPresence(state.here) ? [state.here] : []));
  }

  /** What a sidebar shows about the team for a case: the connection, and who else is on it. */
  view(caseId: string | null): TeamView | null {
    if (!this.active) return null;
    const me = this.#membership?.member.email ?? '';
    const states = this.presence();
    return {
      status: describeSyncStatus(this.#status),
      presence: caseId && isConversationKey(caseId) ? presenceOn(caseId, states, me, this.services.now()).map((line) => line.text) : [],
    };
  }

  /**
   * The team cases of these threads of this mailbox (thread id → conversation key): a team case
   * is stored under its key, not under the mailbox's thread id, so the inbox list finds it here.
   * Known: every case whose document this browser has read since joining (kept across restarts in teamSync rows).
   */
  caseKeysForThreads(host: Host, account: string, threadIds: readonly string[]): Map<string, string> {
    const found = new Map<string, string>();
    for (const threadId of threadIds) {
      const key = this.#threadIndex.get(threadIndexKey(host, account, threadId));
      if (key) found.set(threadId, key);
    }
    return found;
  }

  /**
   * The team cases of list rows whose thread this member never opened (so no case document
   * names it): matched on the board by subject and sender (lib/core/team/board-subject-index).
   */
  caseKeysForListRows(account: string, rows: readonly ListRowSeen[]): Map<string, string> {
    const found = new Map<string, string>();
    if (!this.active || rows.length === 0 || !this.#board) return found;
    if (!this.#subjects) {
      this.#subjects = new BoardSubjectIndex();
      for (const { key, entry } of listBoardEntries(this.#board)) this.#subjects.set(key, entry);
    }
    const staff = new Set([account, ...this.members().map((m) => m.email)].map((email) => email.trim().toLowerCase()));
    for (const row of rows) {
      const key = this.#subjects.match(row, staff);
      if (key) found.set(row.threadId, key);
    }
    return found;
  }

  /** Which case this browser has open, and whether a reply is being written (from the tabs). */
  showing(caseId: string | null, replyOpen: boolean): void {
    const caseKey = caseId && isConversationKey(caseId) ? caseId : null;
    const replying = caseKey !== null && replyOpen;
    const replyingSince = replying ? (this.#here.caseKey === caseKey && this.#here.replyingSince !== null ? this.#here.replyingSince : this.services.now()) : null;
    if (this.#here.caseKey === caseKey && (this.#here.replyingSince === null) === (replyingSince === null)) return;
    this.#here = { caseKey, replyingSince };
    // The case in front of the user stays loaded: a colleague's edit reaches it directly.
    this.#live?.pin(caseKey ? [`cases/${caseKey}`] : []);
    if (caseKey) void this.#live?.get(`cases/${caseKey}`);
    this.#publishHere();
  }

  /**
   * A case this browser tracked under its own mailbox's id becomes the team's case of its
   * conversation: joined with what the team has (both timelines kept, lib/team/merge-local.ts)
   * and stored under the team's key from then on.
   */
  async adopt(local: SupportCase, key: string): Promise<SupportCase> {
    const live = this.#requireLive();
    return live.use(`cases/${key}`, async (doc) => {
      const events = await loadEvents(this.services.db, local.id);
      const meta = { actor: this.#membership?.member.email ?? 'casebook', at: this.services.now(), eventId: this.services.newId() };
      const merged = mergeLocalIntoDoc(doc, key, local, events, meta, LOCAL);
      await this.#markPending(key, true);
      await this.#archive(key, doc);
      const saved = await rekeyCase(this.services.db, local.id, { ...merged.case, id: key, version: local.version }, merged.events.map((event) => ({ ...event, caseId: key })));
      await this.#setBase(key, saved);
      if (this.#board) updateBoardEntry(this.#board, key, saved, LOCAL);
      return saved;
    });
  }

  #requireLive(): LiveDocs {
    if (!this.#live) throw new Error('Not connected to a team.');
    return this.#live;
  }

  /** A case was saved in this browser: share what changed (nothing for personal cases). */
  async localChange(caseId: string): Promise<void> {
    if (!this.active || !isConversationKey(caseId)) return;
    // One write or projection of a case at a time: two writes from one base would both add a note.
    await this.#perCase.run(caseId, () => this.#share(caseId));
  }

  async #share(caseId: string): Promise<void> {
    const [stored, events, sync] = await Promise.all([findCase(this.services.db, caseId), loadEvents(this.services.db, caseId), this.services.db.teamSync.get(this.#docName(`cases/${caseId}`))]);
    if (!stored || !this.#live) return;
    if (sync?.fromBoard) {
      // A row made from the board holds no thread, customer name or timeline: writing it would
      // put its blanks into the document. The change waits for the document to be read; the
      // projection then merges it (three-way, on the board row as base) and shares it.
      await this.#markPending(caseId, true);
      // Ahead of the queue (a first sync may hold thousands): the user is waiting for this one.
      this.#toFollow.delete(caseId);
      const live = this.#live;
      void this.#follow(live, caseId);
      return;
    }
    await this.#live.use(`cases/${caseId}`, async (doc) => {
      const base = (await this.#base(caseId)) ?? readCase(doc, stored.case)?.case ?? null;
      // A colleague's thread is shown here as a search of this mailbox (#projectDoc); written
      // back, the search would replace the colleague's own link in their thread's entry.
      const colleagues = base !== null && linksBySearch(stored.case) && threadKeyOf(stored.case) === threadKeyOf(base) && stored.case.threadId === base.threadId;
      writeCase(doc, { ...stored.case, id: caseId, ...(colleagues ? { threadUrl: base.threadUrl } : {}) }, events, LOCAL, base);
      await this.#markPending(caseId, true);
      await this.#archive(caseId, doc);
      await this.#setBase(caseId, stored.case);
      if (this.#board) updateBoardEntry(this.#board, caseId, stored.case, LOCAL);
    });
  }

  /** The base of the next write of a case (see TeamSyncRow.base); null when none was kept. */
  async #base(key: string): Promise<SupportCase | null> {
    const row = await this.services.db.teamSync.get(this.#docName(`cases/${key}`));
    const parsed = SupportCase.safeParse(row?.base);
    return parsed.success ? parsed.data : null;
  }

  /** The case as the document has it becomes the base (and the row is no longer the board's stand-in). */
  async #setBase(key: string, c: SupportCase, threads?: string[]): Promise<void> {
    await this.#setBases([{ key, base: c, ...(threads ? { threads } : {}) }]);
  }

  /** #setBase for many cases in one transaction (a batch of projections). */
  async #setBases(bases: readonly { key: string; base: SupportCase; threads?: string[] }[]): Promise<void> {
    // Unchanged (a projection of a document with nothing new for the row): nothing written.
    await this.#updateSyncRows(bases.map(({ key, base, threads }) => [key, (row) => {
      if (deepEqual(row.base, base) && !row.fromBoard && (!threads || deepEqual(row.threads, threads))) return row;
      const { fromBoard: _, ...rest } = row;
      return { ...rest, base, ...(threads ? { threads } : {}) };
    }]));
  }

  /**
   * A case document holds a change the server may not have: it is loaded again after the
   * worker restarts, so the change goes out (only loaded documents are kept in step).
   */
  async #markPending(key: string, pending: boolean): Promise<void> {
    if (pending) this.#maybePending.add(key);
    await this.#updateSyncRow(key, (row) => (pending ? (row.pendingSince === null ? { ...row, pendingSince: this.services.now() } : row) : row.pendingSince === null ? row : { ...row, pendingSince: null }));
  }

  async #updateSyncRow(key: string, change: (row: TeamSyncRow) => TeamSyncRow): Promise<void> {
    await this.#updateSyncRows([[key, change]]);
  }

  /** Changes teamSync rows in one transaction, in order (a key given twice: the second change sees the first). */
  async #updateSyncRows(changes: readonly [key: string, change: (row: TeamSyncRow) => TeamSyncRow][]): Promise<void> {
    const named = changes.map(([key, change]) => [this.#docName(`cases/${key}`), change] as const);
    const names = [...new Set(named.map(([name]) => name))];
    const table = this.services.db.teamSync;
    await this.services.db.transaction('rw', table, async () => {
      const read = await table.bulkGet(names);
      const rows = new Map(names.map((name, i) => [name, read[i] ?? { name, syncedAt: null, pendingSince: null }]));
      const changed = new Set<string>();
      for (const [name, change] of named) {
        const row = rows.get(name)!;
        const next = change(row);
        if (next === row) continue;
        rows.set(name, next);
        changed.add(name);
      }
      if (changed.size > 0) await table.bulkPut([...changed].map((name) => rows.get(name)!));
    });
  }

  #docName(rest: string): string {
    return `team:${this.#membership?.team.id ?? ''}/${rest}`;
  }

  /** Every event the case's archive documents hold (their months are listed in the case document). */
  async #archivedEvents(key: string, doc: Y.Doc): Promise<ArchivedEvents> {
    const rests = historyPeriods(doc).map((period) => historyDocRest(key, period));
    if (rests.length === 0 || !this.#live) return { events: [], state: '' };
    return this.#live.useAll(rests, (archives) => ({ events: archives.flatMap((archive) => readArchive(archive, key)), state: archives.map(stateOf).join('|') }));
  }

  /** Moves the case document's older events to their months' archives once it holds too many. */
  async #archive(key: string, doc: Y.Doc): Promise<void> {
    const periods = periodsToArchive(doc);
    if (periods.length === 0 || !this.#live) return;
    // Held while written: a released archive would neither store nor send the events moved into it.
    await this.#live.useAll(periods.map((period) => historyDocRest(key, period)), (archives) => {
      archiveOldEvents(doc, new Map(periods.map((period, i) => [period, archives[i]!])), LOCAL);
    });
  }

  /**
   * A colleague's change (or the first sync) reaches the case row the views read. A change made
   * here and not written to the document yet (the worker woke for it while the team was still
   * connecting) is kept: three-way per field against the last shared state (core/case/merge),
   * then written to the document.
   */
  async #project(key: string): Promise<SupportCase | null> {
    return (await this.#live?.use(`cases/${key}`, (doc) => this.#projectDoc(key, doc))) ?? null;
  }

  /** Returns the case row as the projection left it. */
  async #projectDoc(key: string, doc: Y.Doc): Promise<SupportCase | null> {
    const [outcome] = await this.#projectDocs([{ key, doc }]);
    if (outcome instanceof Error) throw outcome;
    return outcome ?? null;
  }

  /**
   * #projectDoc for several documents in one transaction (a first sync projects thousands: one
   * transaction each cost more than the projections). A fetched document (`keep`) is stored in
   * the same transaction. Each document's outcome is its row, or the error that stopped its own
   * projection (the others are kept).
   */
  async #projectDocs(items: readonly Fetched[]): Promise<(SupportCase | null | Error)[]> {
    const archives: ArchivedEvents[] = [];
    for (const { key, doc } of items) archives.push(await this.#archivedEvents(key, doc));
    const db = this.services.db;
    const docTables = items.some(({ keep }) => keep) ? [db.teamDocs, db.table('$teamDocs.doc_updates')] : [];
    // Read, merged and written in one transaction: nothing written here in between can be
    // overwritten by what was read before it. (An async callback: Dexie keeps its transaction
    // across native awaits only then.)
    const outcomes = await db.transaction('rw', [db.cases, db.timelines, db.reportSummaries, db.teamSync, ...docTables], async () => this.#projectWithin(items, archives));
    const rows: (SupportCase | null | Error)[] = [];
    for (const [i, outcome] of outcomes.entries()) rows.push(outcome instanceof Error ? outcome : await this.#afterProjection(items[i]!.key, outcome));
    return rows;
  }

  /**
   * The reads, merges and writes of a batch of projections, inside #projectDocs' transaction:
   * read in bulk, merged one by one, written in bulk. A document that cannot be read or merged
   * gets its error and the others go on; a write that fails fails the batch.
   */
  async #projectWithin(items: readonly Fetched[], archives: readonly ArchivedEvents[]): Promise<(Projection | Error)[]> {
    const db = this.services.db;
    const keys = items.map(({ key }) => key);
    // A case twice in one batch: one after the other, the second merged on the first's row.
    if (new Set(keys).size < keys.length && items.length > 1) {
      const outcomes: (Projection | Error)[] = [];
      for (const [i, item] of items.entries()) outcomes.push(...(await this.#projectWithin([item], [archives[i]!])));
      return outcomes;
    }
    const names = keys.map((key) => this.#docName(`cases/${key}`));
    await this.#keepFetched(items.flatMap((item, i) => (item.keep ? [{ ...item, name: names[i]! }] : [])));
    const [rows, syncRows] = await Promise.all([db.cases.bulkGet(keys), db.teamSync.bulkGet(names)]);
    const planned = items.map(({ key, doc }, i): ProjectionPlan | Error => {
      try {
        return this.#planProjection(key, doc, archives[i]!, parseCaseRows([rows[i]]).rows[0], syncRows[i]);
      } catch (error) {
        return error instanceof Error ? error : new Error(String(error));
      }
    });
    const writes = planned.flatMap((plan) => (plan instanceof Error || !plan.write ? [] : [plan]));
    const saved = await saveSharedCases(db, writes.map(({ write }) => ({ projected: write!.merged, events: write!.events })));
    await this.#setBases(writes.map(({ key, write }) => ({ key, base: write!.base, threads: write!.threads })));
    const savedOf = new Map(writes.map((plan, i) => [plan, saved[i] ?? null]));
    return planned.map((plan) => {
      if (plan instanceof Error) return plan;
      const { local, documents, write } = plan;
      if (!write) return { local, documents, done: null };
      return { local, documents, done: { saved: savedOf.get(plan) ?? null, pending: !deepEqual({ ...write.merged, version: 0, updatedAt: 0 }, { ...write.fromDoc, version: 0, updatedAt: 0 }) } };
    });
  }

  /**
   * Stores fetched documents (#fetchWhole) inside the projection's transaction: a new one whole,
   * as y-dexie's first update (lib/db/database.ts TeamDocRow), unless a copy the pool loaded
   * meanwhile got there first; a stored one as the updates the server added (y-dexie's row shape).
   */
  async #keepFetched(items: readonly (Fetched & { name: string })[]): Promise<void> {
    if (items.length === 0) return;
    const db = this.services.db;
    const whole = items.filter(({ keep }) => keep === 'whole');
    // bulkGet, not a query: a cursor over many keys jumps key to key, each jump a search in fake-indexeddb.
    const have = await db.teamDocs.bulkGet(whole.map(({ name }) => name));
    const fresh = whole.filter((_, i) => have[i] === undefined).map(({ name, doc }) => ({ name, doc }));
    if (fresh.length > 0) await db.table('teamDocs').bulkAdd(fresh);
    const updates = items.flatMap(({ keep, name }) => (keep && keep !== 'whole' && keep.updates.length > 0 ? [{ k: name, u: Y.mergeUpdatesV2(keep.updates), f: 1 }] : []));
    if (updates.length > 0) await db.table('$teamDocs.doc_updates').bulkAdd(updates);
  }

  /** One projection's merge (no reads or writes): what the case document says, joined with this browser's row. */
  #planProjection(key: string, doc: Y.Doc, archive: ArchivedEvents, stored: SupportCase | undefined, syncRow: TeamSyncRow | undefined): ProjectionPlan {
    const documents = `${stateOf(doc)}|${archive.state}`;
    const local = stored ? { case: stored } : null;
    // Nothing new in the documents and the row is as this projection left it: a document
    // brought in step projects once, not once per update and once more when it is in step.
    if (this.#projected.get(key) === `${documents}|${local?.case.version ?? -1}`) return { key, local, documents, write: null };
    // Whose thread to show: the one this mailbox opened, else the member's own account's (a row
    // that links by search names a colleague's thread: looking for that one would find theirs).
    const viewer = local?.case.host && !linksBySearch(local.case) ? local.case : { host: 'gmail' as const, account: this.#membership?.member.email ?? '' };
    const read = readCase(doc, viewer);
    if (!read) return { key, local, documents, write: null };
    const threads = caseThreads(doc).flatMap((thread) => (thread.host && thread.threadId ? [threadIndexKey(thread.host, thread.account, thread.threadId)] : []));
    for (const thread of threads) this.#threadIndex.set(thread, key);
    // A colleague's link opens their mailbox, not this member's: until this member opens the
    // conversation, the link searches their own mailbox for it (Gmail search works in every account).
    const own = read.case.host === viewer.host && read.case.account.toLowerCase() === viewer.account.toLowerCase();
    const fromDoc: SupportCase = { ...read.case, id: key, ...(own ? {} : { threadUrl: mailboxSearchUrl(read.case) }) };
    const base = local ? SupportCase.safeParse(syncRow?.base) : null;
    const merged = local && base?.success ? { ...mergeCase(base.data, fromDoc, local.case), version: local.case.version } : fromDoc;
    const events = [...archive.events, ...read.events].map((event: CaseEvent) => ({ ...event, caseId: key }));
    return { key, local, documents, write: { merged, fromDoc, events, base: { ...read.case, id: key }, threads } };
  }

  /** What follows a projection once stored: a local change not sent yet goes out, the views and a new owner are told. */
  async #afterProjection(key: string, { local, documents, done }: Projection): Promise<SupportCase | null> {
    if (!done) return local?.case ?? null;
    if (done.pending) await this.#share(key);
    // What was read, not the document's state now: an update that came in meanwhile is projected next.
    else this.#projected.set(key, `${documents}|${done.saved?.version ?? local?.case.version ?? -1}`);
    if (!done.saved) return local?.case ?? null;
    await this.hooks.caseChanged(key);
    this.#toldIfAssignedToMe(done.saved, local?.case);
    return done.saved;
  }

  /**
   * Which of these board entries this browser's rows lag behind (or whose document holds a
   * change not sent yet, or is not read yet), queued to be brought up to date. What the board
   * itself says shows at once: a case never seen here gets a row from its entry, and a
   * colleague's new status, owner or deadline reaches the row before the document is read.
   * Closed cases never seen here are left: they load when someone opens them.
   */
  async #followStale(keys: readonly string[]): Promise<void> {
    const board = this.#board;
    if (!board || keys.length === 0) return;
    const names = keys.map((key) => this.#docName(`cases/${key}`));
    const [rows, syncRows] = await Promise.all([this.services.db.cases.bulkGet([...keys]), this.services.db.teamSync.bulkGet(names)]);
    if (this.#board !== board) return;
    const unseen: SupportCase[] = [];
    const entries = keys.map((key) => boardEntry(board, key));
    // The most urgent first (the earliest deadline; undated last): the cases a member answers first are whole first.
    const dueOf = (i: number): number => entries[i]?.dueAt ?? Number.MAX_SAFE_INTEGER;
    const order = keys.map((_, i) => i).sort((a, b) => dueOf(a) - dueOf(b));
    order.forEach((i) => {
      const key = keys[i]!;
      const entry = entries[i] ?? null;
      const row = rows[i];
      if (!(syncRows[i]?.pendingSince != null || syncRows[i]?.fromBoard || lagsBehind(entry, row))) return;
      this.#toFollow.add(key);
      if (!entry) return;
      if (!row) {
        if (!entry.closed) unseen.push(caseOfBoardEntry(key, entry, this.#membership?.member.email ?? ''));
      }
      // Queued before the document's projection of the same case, which then starts from it.
      else if (typeof row.updatedAt === 'number' && entry.updatedAt > row.updatedAt) void this.#perCase.run(key, () => this.#patchFromBoard(key, entry));
    });
    await this.#rowsFromBoard(unseen, board);
    this.#startFollowing();
  }

  /** Rows for cases known only from the board, a few hundred per transaction, each marked to be read. */
  async #rowsFromBoard(cases: readonly SupportCase[], board: Y.Doc): Promise<void> {
    const db = this.services.db;
    for (let i = 0; i < cases.length && this.#board === board; i += BOARD_ROWS_PER_WRITE) {
      const chunk = cases.slice(i, i + BOARD_ROWS_PER_WRITE);
      const stored = await db.transaction('rw', [db.cases, db.reportSummaries, db.teamSync], async () => {
        const fresh = await saveBoardRows(db, chunk);
        const names = fresh.map((c) => this.#docName(`cases/${c.id}`));
        const syncRows = await db.teamSync.bulkGet(names);
        await db.teamSync.bulkPut(fresh.map((c, j) => ({ ...(syncRows[j] ?? { name: names[j]!, syncedAt: null, pendingSince: null }), base: c, fromBoard: true })));
        return fresh;
      });
      await Promise.all(stored.map((c) => this.hooks.caseChanged(c.id)));
    }
  }

  /** A colleague's status, owner or deadline from the board entry, into the row and its base (lib/team/board-row.ts). */
  async #patchFromBoard(key: string, entry: BoardEntry): Promise<void> {
    const db = this.services.db;
    const name = this.#docName(`cases/${key}`);
    const changed = await db.transaction('rw', [db.cases, db.timelines, db.reportSummaries, db.teamSync], async () => {
      const [local, sync] = await Promise.all([findCase(db, key), db.teamSync.get(name)]);
      const base = SupportCase.safeParse(sync?.base);
      const patch = local && sync && base.success ? boardPatch(local.case, base.data, entry) : null;
      if (!local || !sync || !patch) return null;
      const saved = await saveSharedCase(db, patch.row, []);
      await db.teamSync.put({ ...sync, base: patch.base });
      return saved && { saved, before: local.case };
    });
    if (!changed) return;
    await this.hooks.caseChanged(key);
    this.#toldIfAssignedToMe(changed.saved, changed.before);
  }

  #toldIfAssignedToMe(saved: SupportCase, before: SupportCase | undefined): void {
    const me = this.#membership?.member.email.toLowerCase();
    if (me && saved.owner?.toLowerCase() === me && before?.owner?.toLowerCase() !== me) this.hooks.assignedToMe?.(saved);
  }

  /**
   * Brings queued cases up to date, up to FOLLOW_LANES at a time: each document is loaded, given
   * the time to come in step with the server, projected, and left to the pool to release. A lane
   * starts whenever work waits and fewer are running, so a case a colleague just changed never
   * queues behind one slow document. Offline a lane stops; coming back online or the next change
   * on the board starts lanes again.
   */
  #startFollowing(): void {
    const live = this.#live;
    while (live && this.#lanes < FOLLOW_LANES && this.#toFollow.size > 0) {
      this.#lanes += 1;
      void this.#followLane(live).finally(() => {
        this.#lanes -= 1;
        this.#tellIfFollowed();
      });
    }
  }

  async #followLane(live: LiveDocs): Promise<void> {
    for (let key = this.#nextToFollow(); key !== null && this.#live === live; key = this.#nextToFollow()) {
      try {
        if (!(await this.#follow(live, key))) return;
      } catch (error) {
        // One case IndexedDB could not read or write does not stop the cases queued behind it;
        // it is followed again on its next board change or the next start.
        console.warn(`Casebook: case ${key} from the team could not be brought up to date`, error);
      }
    }
  }

  /** Brings one case up to date: false (and queued again) when the team went offline meanwhile. */
  async #follow(live: LiveDocs, key: string): Promise<boolean> {
    const rest = `cases/${key}`;
    const fetched = live.has(rest) || this.#fetching.has(rest) ? 'load' : await this.#fetchWhole(live, key);
    if (fetched === 'fetched') return true;
    // Connected, but the document did not come in step in time (a busy server): tried again later, a few times.
    if (fetched === 'offline' && this.#connection?.connected) {
      this.#followAgainLater(live, key);
      return true;
    }
    const inStep = fetched === 'load' && (await live.use(rest, async () => {
      const synced = await this.#inStepWithin(() => live.inStep(rest), SYNC_PATIENCE_MS);
      this.#followAgainIfBehind(live, key, await this.#perCase.run(key, () => this.#project(key)));
      return synced;
    }));
    if (inStep || this.#connection?.status.kind === 'synced') return true;
    this.#toFollow.add(key);
    return false;
  }

  /**
   * A case document nobody here is using is brought up to date in a plain Y.Doc: its stored
   * updates (none for a new member's thousands), then what the server adds, stored as one update
   * with the projection (one transaction for a batch), then let go. Through the pool it would
   * be stored update by update, and stay subscribed to the server until swept, for a document
   * that only needs reading once. 'load': the server is not reachable now, or a change made here
   * may wait in the document (the caller loads it through the pool, which keeps it until the
   * server has it); 'offline': it did not come in step.
   */
  async #fetchWhole(live: LiveDocs, key: string): Promise<'fetched' | 'load' | 'offline'> {
    const rest = `cases/${key}`;
    const connection = this.#connection;
    if (!connection?.connected || this.#maybePending.has(key)) return 'load';
    // Claimed while connected: the pool's loader waits for it (see #liveDocs), so one copy of
    // the document at a time is connected under its name.
    let done = (): void => {};
    this.#fetching.set(rest, new Promise<void>((resolve) => (done = resolve)));
    // Named after the document: a Y.Doc without a guid draws a random one, which costs more than the rest of it in Node.
    const doc = new Y.Doc({ guid: this.#docName(rest) });
    const stored = this.#stored.has(rest);
    const added: Uint8Array[] = [];
    let inStep = false;
    try {
      if (stored) for (const update of await readStoredUpdates(this.services.db, this.#docName(rest))) Y.applyUpdateV2(doc, update);
      doc.on('updateV2', (update: Uint8Array) => added.push(update));
      const provider = connection.open(rest, doc);
      inStep = await this.#inStepWithin(() => provider.isSynced && !provider.hasUnsyncedChanges, SYNC_PATIENCE_MS);
      connection.close(rest);
    } finally {
      this.#fetching.delete(rest);
      done();
    }
    if (!inStep || this.#connection !== connection) {
      doc.destroy();
      return 'offline';
    }
    // Stored with the projection (one transaction): a new document whole (unless a copy the
    // pool loaded meanwhile got there first), a stored one as the updates the server added.
    this.#stored.add(rest);
    const projected = this.#projectFetched({ key, doc, keep: stored ? { updates: added } : 'whole' })
      .then((row) => this.#followAgainIfBehind(live, key, row))
      .catch((error: unknown) => console.warn(`Casebook: case ${key} from the team could not be stored`, error))
      .finally(() => doc.destroy());
    // The lane fetches the next document while this one waits to be written (the server works
    // while this browser writes), unless enough wait already.
    if (this.#toProject.length >= PROJECT_BATCH) await projected;
    return 'fetched';
  }

  /**
   * A fetched document's projection, stored with those of the documents fetched meanwhile in one
   * transaction: the first goes alone, the next wait while it is written and go together (at most
   * PROJECT_BATCH), so a single change is not delayed and a first sync costs fewer transactions.
   */
  #projectFetched(item: Fetched): Promise<SupportCase | null> {
    return new Promise((resolve, reject) => {
      this.#toProject.push({ ...item, resolve, reject });
      void this.#projectQueued();
    });
  }

  async #projectQueued(): Promise<void> {
    if (this.#projecting) return;
    this.#projecting = true;
    try {
      while (this.#toProject.length > 0) {
        const batch = this.#toProject.splice(0, PROJECT_BATCH);
        try {
          const outcomes = await this.#perCase.runAll(batch.map(({ key }) => key), () => this.#projectDocs(batch));
          batch.forEach(({ resolve, reject }, i) => {
            const outcome = outcomes[i]!;
            if (outcome instanceof Error) reject(outcome);
            else resolve(outcome);
          });
        } catch (error) {
          for (const { reject } of batch) reject(error);
        }
      }
    } finally {
      this.#projecting = false;
      this.#tellIfFollowed();
    }
  }

  /**
   * A document in step may still lack the change the board announced: its update was on its way
   * when the document was projected and then let go. Such a case is followed again, a few times,
   * later each time (a board entry no document ever matches, a hostile member's, costs no more).
   */
  #followAgainIfBehind(live: LiveDocs, key: string, row: SupportCase | null): void {
    const entry = this.#board ? boardEntry(this.#board, key) : null;
    if (!entry || !row || !lagsBehind(entry, row)) {
      this.#tries.delete(key);
      return;
    }
    this.#followAgainLater(live, key);
  }

  /** Queues the case again after 1, 2, then 3 s (FOLLOW_AGAIN_TIMES at most, until its board entry changes). */
  #followAgainLater(live: LiveDocs, key: string): void {
    const tries = this.#tries.get(key) ?? 0;
    if (tries >= FOLLOW_AGAIN_TIMES) return;
    this.#tries.set(key, tries + 1);
    setTimeout(() => {
      if (this.#live !== live) return;
      this.#toFollow.add(key);
      this.#startFollowing();
    }, FOLLOW_AGAIN_MS * (tries + 1));
  }

  /**
   * Merges the stored updates of the team's documents (every 5 minutes at most), unless documents
   * are being fetched or stored: then the next heartbeat tries again. Returns whether it ran.
   */
  async compactIfIdle(skipIfWithinMs = COMPACT_EVERY_MS): Promise<boolean> {
    // Lanes stop while offline (cases still queued): then nothing is being stored, and it runs.
    if (!this.#live || this.#lanes > 0 || this.#projecting) return false;
    await compactTeamDocs(this.services.db, skipIfWithinMs);
    return true;
  }

  readonly #whenFollowed: (() => void)[] = [];

  /** Resolves once no case waits to be brought up to date (the bench and tests wait on it). */
  whenFollowed(): Promise<void> {
    return new Promise((resolve) => {
      this.#whenFollowed.push(resolve);
      this.#tellIfFollowed();
    });
  }

  #tellIfFollowed(): void {
    if (this.#toFollow.size > 0 || this.#lanes > 0 || this.#projecting || !this.#live) return;
    for (const resolve of this.#whenFollowed.splice(0)) resolve();
  }

  /**
   * Whether the document comes in step with the server within `ms`: woken by the connection
   * when any document's state changes (16 lanes polling every few milliseconds cost more than
   * the projections they waited for), with a slow re-check in case a change was not told.
   */
  #inStepWithin(isInStep: () => boolean, ms: number): Promise<boolean> {
    const connection = this.#connection;
    if (isInStep() || !connection) return Promise.resolve(isInStep());
    return new Promise((resolve) => {
      const deadline = Date.now() + ms;
      const check = (): void => {
        const inStep = isInStep();
        if (!inStep && Date.now() < deadline) return;
        clearInterval(recheck);
        stopListening();
        resolve(inStep);
      };
      const stopListening = connection.onStepChange(check);
      const recheck = setInterval(check, 250);
    });
  }

  #nextToFollow(): string | null {
    const [key] = this.#toFollow;
    if (key === undefined) return null;
    this.#toFollow.delete(key);
    return key;
  }

  /** After a restart: which thread of which mailbox belongs to which team case (inbox chips before any case is read again), which cases hold changes not sent yet, which documents are stored. */
  async #loadThreadIndex(): Promise<void> {
    const prefix = this.#docName('cases/');
    const stored = await this.services.db.teamDocs.where('name').startsWith(prefix).primaryKeys();
    this.#stored = new Set(stored.map((name) => `cases/${String(name).slice(prefix.length)}`));
    const rows = await this.services.db.teamSync.where('name').startsWith(prefix).toArray();
    for (const row of rows) {
      const key = row.name.slice(prefix.length);
      if (!isConversationKey(key)) continue;
      if (row.pendingSince != null) this.#maybePending.add(key);
      for (const thread of Array.isArray(row.threads) ? row.threads : []) if (typeof thread === 'string') this.#threadIndex.set(thread, key);
    }
  }

  #publishHere(): void {
    if (!this.#awareness || !this.#membership) return;
    const here: PresenceState = { email: this.#membership.member.email, name: this.#membership.member.name, ...this.#here, seenAt: this.services.now() };
    this.#awareness.setLocalStateField('here', here);
  }
}

const threadIndexKey = (host: Host, account: string, threadId: string): string => `${host}:${account.trim().toLowerCase()}:${threadId}`;

/** A document's state vector as a string: equal when it holds the same updates. */
const stateOf = (doc: Y.Doc): string => String.fromCharCode(...Y.encodeStateVector(doc));

/** `cases/<key>` and `cases/<key>/history/<month>` → key; null for other documents. */
function caseKeyOfRest(rest: string): string | null {
  if (!rest.startsWith('cases/')) return null;
  const key = rest.slice('cases/'.length).split('/')[0] ?? '';
  return isConversationKey(key) ? key : null;
}

/** Whether the row this browser has is behind the board's entry for its case (a closed case never seen here is not). */
function lagsBehind(entry: BoardEntry | null, row: { status?: unknown; owner?: unknown; updatedAt?: unknown } | undefined): boolean {
  if (!entry) return false;
  if (!row) return !entry.closed;
  return row.status !== entry.status || (row.owner ?? null) !== entry.owner || typeof row.updatedAt !== 'number' || row.updatedAt < entry.updatedAt;
}

function isPresence(value: unknown): value is PresenceState {
  const v = value as Partial<PresenceState> | null | undefined;
  return typeof v?.email === 'string' && typeof v.name === 'string' && typeof v.seenAt === 'number' && (v.caseKey === null || typeof v.caseKey === 'string');
}
