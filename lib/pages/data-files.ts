import { browser } from 'wxt/browser';
import { CasebookDb } from '../db/database';
import { exportCasesCsv, exportEverything, importEverything, planImport, type ImportMode, type ImportPlan } from '../db/export-import';
import type { SettingsChecks } from '../core/settings/validate-settings';
import { validateTracBaseUrl } from '../core/trac/ticket-page';
import { ask } from '../messaging';
import { loadSettings, saveSettings } from '../settings-storage';
import { readAutoBackup, saveAutoBackup } from './auto-backup';

/**
 * Export and import run in the extension page itself, which may open the database (it is the
 * extension's origin): a full backup of 50,000 cases with their timelines is well over 100 MB,
 * more than one runtime message can carry (64 MiB in Chrome).
 */
let db: CasebookDb | null = null;
const database = (): CasebookDb => {
  if (browser.extension.inIncognitoContext) throw new Error(PRIVATE_WINDOW_PROBLEM);
  return (db ??= new CasebookDb());
};

/**
 * Firefox opens an extension page in a private window with that window's storage: its IndexedDB
 * is not Casebook's database but an empty one, forgotten when the window closes. An export there
 * would be empty and an import would vanish, so both refuse and say where to go instead.
 */
export const PRIVATE_WINDOW_PROBLEM =
  'Export and import work in a normal window: in a private window Firefox gives this page a separate, empty database that it forgets when the window closes.';

export interface ExportedFile {
  text: string;
  filename: string;
}

/** Everything (cases, timelines, templates, corrections, settings) as JSON, or the cases as CSV. */
export async function exportFile(format: 'json' | 'csv', now: number): Promise<ExportedFile> {
  const day = new Date(now).toISOString().slice(0, 10);
  if (format === 'csv') return { text: await exportCasesCsv(database()), filename: `casebook-cases-${day}.csv` };
  const { document } = await exportEverything(database(), await loadSettings(), now);
  return { text: JSON.stringify(document), filename: `casebook-${day}.json` };
}

export interface ImportOutcome {
  ok: boolean;
  problems: string[];
  counts: Record<string, number>;
}

async function importChecks(): Promise<SettingsChecks> {
  // The holiday data (~1.4 MB) loads only when a file is imported.
  const { isKnownRegion } = await import('../holidays/holidays');
  return { tracBaseUrl: validateTracBaseUrl, isKnownRegion };
}

/** Checks a file and says what merging or replacing would do; nothing changes. */
export async function previewImport(text: string): Promise<{ ok: true; plan: ImportPlan } | { ok: false; problems: string[] }> {
  return planImport(database(), text, await importChecks());
}

/**
 * Imports an export file — only after the whole file validated; on any problem nothing changes.
 * `merge` deletes nothing and keeps this browser's identity (a colleague's file brings their
 * settings and templates, not their name). `replace` first saves an automatic backup of
 * everything here (auto-backup.ts). Then the background reloads what it keeps in memory.
 */
export async function importFile(text: string, mode: ImportMode): Promise<ImportOutcome> {
  const checks = await importChecks();
  const current = await loadSettings();
  if (mode === 'replace') {
    const checked = await planImport(database(), text, checks);
    if (!checked.ok) return { ok: false, problems: checked.problems, counts: {} };
    const { document } = await exportEverything(database(), current, Date.now());
    await saveAutoBackup(JSON.stringify(document));
  }
  const result = await importEverything(database(), text, checks, mode);
  if (result.ok) {
    await saveSettings(mode === 'replace' ? result.settings : { ...result.settings, identity: current.identity });
    await ask('data.imported', {});
  }
  return { ok: result.ok, problems: result.problems, counts: result.counts };
}

/** The automatic backup's text, to restore it like a file (replace, after the user confirms). */
export async function loadAutoBackup(): Promise<string> {
  const backup = await readAutoBackup();
  if (!backup) throw new Error('There is no automatic backup yet.');
  return backup.text;
}
