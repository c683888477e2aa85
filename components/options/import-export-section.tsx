import type { JSX } from 'preact';
import { useRef, useState } from 'preact/hooks';
import { ProblemList } from '../shared/problem-list';
import { useAction } from '../shared/use-action';
import { Section } from './section';

/** What the background answered to an import. */
export interface ImportOutcome {
  ok: boolean;
  problems: readonly string[];
  /** What was imported, by kind: { templates: 3, cases: 120 }. */
  counts: Readonly<Record<string, number>>;
}

/** `merge` adds and deletes nothing; `replace` restores a backup (lib/db/export-import.ts). */
export type ImportMode = 'merge' | 'replace';

interface Tally {
  cases: number;
  templates: number;
  corrections: number;
}

/** What a checked file holds and what is here now (lib/db/export-import.ts planImport). */
export type ImportPreview = { ok: true; plan: { file: Tally; here: Tally; newCases: number } } | { ok: false; problems: readonly string[] };

export interface ImportExportSectionProps {
  /** Saves everything as a JSON file; rejects with a message to show. */
  onExport: () => Promise<void>;
  /** Checks a file and says what it holds; changes nothing. */
  onPreview: (text: string) => Promise<ImportPreview>;
  onImport: (text: string, mode: ImportMode) => Promise<ImportOutcome>;
  /** When the automatic backup (saved before every replace) was made; null without one. */
  backupSavedAt: number | null;
  /** The automatic backup's content, restored like a chosen file. */
  onLoadBackup: () => Promise<string>;
}

const count = (n: number, what: string): string => `${n.toLocaleString('en')} ${what}${n === 1 ? '' : 's'}`;
const tally = (t: Tally): string => `${count(t.cases, 'case')}, ${count(t.templates, 'template')} and ${count(t.corrections, 'classifier correction')}`;

interface Pending {
  name: string;
  text: string;
  plan: { file: Tally; here: Tally; newCases: number };
}

/**
 * Moving settings, templates and cases between browsers and people. A file without cases (a
 * colleague's settings and templates) is added at once and never touches a case; a file with
 * cases asks first: add what is new, or replace everything — which says exactly what goes, needs
 * a second click, and saves an automatic backup first (restorable here).
 */
export function ImportExportSection({ onExport, onPreview, onImport, backupSavedAt, onLoadBackup }: ImportExportSectionProps): JSX.Element {
  const file = useRef<HTMLInputElement>(null);
  const [outcome, setOutcome] = useState<{ name: string; result: ImportOutcome; mode: ImportMode } | null>(null);
  const [pending, setPending] = useState<Pending | null>(null);
  const [confirming, setConfirming] = useState(false);
  const exporting = useAction(onExport);
  const checking = useAction(async (name: string, text: string) => {
    setOutcome(null);
    setPending(null);
    setConfirming(false);
    const preview = await onPreview(text);
    if (!preview.ok) return setOutcome({ name, result: { ok: false, problems: preview.problems, counts: {} }, mode: 'merge' });
    if (preview.plan.file.cases === 0) return setOutcome({ name, result: await onImport(text, 'merge'), mode: 'merge' });
    setPending({ name, text, plan: preview.plan });
  });
  const importing = useAction(async (mode: ImportMode) => {
    if (!pending) return;
    const result = await onImport(pending.text, mode);
    setPending(null);
    setConfirming(false);
    setOutcome({ name: pending.name, result, mode });
  });
  const busy = checking.pending || importing.pending;

  return (
    <Section
      id="import-export"
      title="Import and export"
      intro="One JSON file holds your settings, templates and cases. An import is checked first: if anything in the file is wrong, nothing is changed. Importing never deletes a case unless you choose to replace everything."
    >
      <div class="cb-row">
        <button type="button" class="cb-button" disabled={exporting.pending} onClick={() => void exporting.run()}>
          Export JSON
        </button>
        <button type="button" class="cb-button" disabled={busy} onClick={() => file.current?.click()}>
          Import…
        </button>
        <input
          ref={file}
          type="file"
          accept=".json,application/json"
          hidden
          aria-label="File to import"
          onChange={(e) => {
            const chosen = e.currentTarget.files?.[0];
            e.currentTarget.value = ''; // choosing the same file again must import again
            if (chosen) void chosen.text().then((text) => checking.run(chosen.name, text));
          }}
        />
        {busy && <span class="cb-muted">Checking the file…</span>}
      </div>
      {backupSavedAt !== null && (
        <p class="cb-muted">
          Automatic backup of {new Date(backupSavedAt).toLocaleString('en-GB', { dateStyle: 'medium', timeStyle: 'short' })}, saved before the last
          replace.{' '}
          <button type="button" class="cb-button" disabled={busy} onClick={() => void onLoadBackup().then((text) => checking.run('the automatic backup', text), () => undefined)}>
            Restore it…
          </button>
        </p>
      )}
      {exporting.error && <ProblemList title="Nothing was exported:" problems={[exporting.error]} />}
      {checking.error && <ProblemList title="Nothing was changed: the file could not be imported." problems={[checking.error]} />}
      {importing.error && <ProblemList title="Nothing was changed: the file could not be imported." problems={[importing.error]} />}
      {pending && (
        <div role="group" aria-label="How to import">
          <p>
            {pending.name} holds {tally(pending.plan.file)}. Here there are {tally(pending.plan.here)}.
          </p>
          <div class="cb-row">
            <button type="button" class="cb-button" disabled={busy} onClick={() => void importing.run('merge')}>
              Add its {count(pending.plan.newCases, 'new case')} and its templates (delete nothing)
            </button>
            <button type="button" class="cb-button" disabled={busy} onClick={() => setConfirming(true)}>
              Replace everything…
            </button>
            <button type="button" class="cb-button" disabled={busy} onClick={() => setPending(null)}>
              Cancel
            </button>
          </div>
          {confirming && (
            <ProblemList
              title={`Replacing deletes the ${tally(pending.plan.here)} here and puts the file's ${tally(pending.plan.file)} in their place. An automatic backup of what is here is saved first; you can restore it from this section.`}
              problems={[]}
            >
              <button type="button" class="cb-button" disabled={busy} onClick={() => void importing.run('replace')}>
                Delete {count(pending.plan.here.cases, 'case')} here and replace
              </button>
            </ProblemList>
          )}
        </div>
      )}
      {outcome && <ImportReport {...outcome} />}
    </Section>
  );
}

function ImportReport({ name, result, mode }: { name: string; result: ImportOutcome; mode: ImportMode }): JSX.Element {
  if (!result.ok) {
    const n = result.problems.length;
    return <ProblemList title={`Nothing was changed: ${name} has ${n} ${n === 1 ? 'problem' : 'problems'}.`} problems={result.problems} />;
  }
  const parts = Object.entries(result.counts).map(([kind, n]) => `${n} ${kind}`);
  return (
    <p class="cb-notice" role="status">
      Imported {name}: {parts.length > 0 ? parts.join(', ') : 'nothing to import'}.
      {mode === 'merge' ? ' Nothing here was deleted.' : ' Everything that was here is in the automatic backup.'}
    </p>
  );
}
