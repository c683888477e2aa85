import { browser } from 'wxt/browser';
import { CasebookDb } from '../db/database';
import { exportCasesCsv, exportEverything, importEverything } from '../db/export-import';
import { validateTracBaseUrl } from '../core/trac/ticket-page';
import { ask } from '../messaging';
import { loadSettings, saveSettings } from '../settings-storage';

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

/**
 * Replaces everything with an export file — only after the whole file validated; on any problem
 * nothing changes. Then the background reloads what it keeps in memory (corrections, badge).
 */
export async function importFile(text: string): Promise<ImportOutcome> {
  // The holiday data (~1.4 MB) loads only when a file is imported.
  const { isKnownRegion } = await import('../holidays/holidays');
  const result = await importEverything(database(), text, { tracBaseUrl: validateTracBaseUrl, isKnownRegion });
  if (result.ok) {
    await saveSettings(result.settings);
    await ask('data.imported', {});
  }
  return { ok: result.ok, problems: result.problems, counts: result.counts };
}
