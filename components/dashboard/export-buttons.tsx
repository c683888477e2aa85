import type { JSX } from 'preact';
import { ProblemList } from '../shared/problem-list';
import { useAction } from '../shared/use-action';

export type ExportFormat = 'csv' | 'json';

export interface ExportButtonsProps {
  /** Produces and saves the file; rejects with a message to show. */
  onExport: (format: ExportFormat) => Promise<void>;
}

/** "Export CSV" (every case, for a spreadsheet) and "Export JSON" (everything, re-importable). */
export function ExportButtons({ onExport }: ExportButtonsProps): JSX.Element {
  const exporting = useAction(onExport);
  return (
    <div class="cb-export">
      <div class="cb-row">
        <button type="button" class="cb-button" disabled={exporting.pending} onClick={() => void exporting.run('csv')}>
          Export CSV
        </button>
        <button type="button" class="cb-button" disabled={exporting.pending} onClick={() => void exporting.run('json')}>
          Export JSON
        </button>
      </div>
      {exporting.error && <ProblemList title="Nothing was exported:" problems={[exporting.error]} />}
    </div>
  );
}
