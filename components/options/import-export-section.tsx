import type { JSX } from 'preact';
import { useRef, useState } from 'preact/hooks';
import { ProblemList } from '../shared/problem-list';
import { useAction } from '../shared/use-action';
import { Section } from './section';

/** What the background answered to an import. */
export interface ImportOutcome {
  ok: boolean;
  problems: readonly string[];
  /** What was imported, by kind: { settings: 1, templates: 3, cases: 120 }. */
  counts: Readonly<Record<string, number>>;
}

export interface ImportExportSectionProps {
  /** Saves everything as a JSON file; rejects with a message to show. */
  onExport: () => Promise<void>;
  onImport: (text: string) => Promise<ImportOutcome>;
}

/** Moving everything (settings, templates, cases) to another browser, or back from a file. */
export function ImportExportSection({ onExport, onImport }: ImportExportSectionProps): JSX.Element {
  const file = useRef<HTMLInputElement>(null);
  const [outcome, setOutcome] = useState<{ name: string; result: ImportOutcome } | null>(null);
  const exporting = useAction(onExport);
  const importing = useAction(async (chosen: File) => {
    setOutcome(null);
    setOutcome({ name: chosen.name, result: await onImport(await chosen.text()) });
  });

  return (
    <Section
      id="import-export"
      title="Import and export"
      intro="One JSON file holds your settings, templates and cases. An import is checked first: if anything in the file is wrong, nothing is changed."
    >
      <div class="cb-row">
        <button type="button" class="cb-button" disabled={exporting.pending} onClick={() => void exporting.run()}>
          Export JSON
        </button>
        <button type="button" class="cb-button" disabled={importing.pending} onClick={() => file.current?.click()}>
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
            if (chosen) void importing.run(chosen);
          }}
        />
        {importing.pending && <span class="cb-muted">Checking the file…</span>}
      </div>
      {exporting.error && <ProblemList title="Nothing was exported:" problems={[exporting.error]} />}
      {importing.error && <ProblemList title="Nothing was changed: the file could not be imported." problems={[importing.error]} />}
      {outcome && <ImportReport name={outcome.name} result={outcome.result} />}
    </Section>
  );
}

function ImportReport({ name, result }: { name: string; result: ImportOutcome }): JSX.Element {
  if (!result.ok) {
    const count = result.problems.length;
    return (
      <ProblemList title={`Nothing was changed: ${name} has ${count} ${count === 1 ? 'problem' : 'problems'}.`} problems={result.problems} />
    );
  }
  const parts = Object.entries(result.counts).map(([kind, n]) => `${n} ${kind}`);
  return (
    <p class="cb-notice" role="status">
      Imported {name}: {parts.length > 0 ? parts.join(', ') : 'nothing to import'}.
    </p>
  );
}
