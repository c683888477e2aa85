import type { JSX } from 'preact';
import { useState } from 'preact/hooks';
import type { TracPreview } from '../../lib/model/messages';

export interface EscalationPreviewProps {
  preview: TracPreview;
  onOpen: (summary: string, priority: string) => void;
  onCancel: () => void;
}

/** One more look before Trac's New Ticket form opens: summary and priority are editable. */
export function EscalationPreview({ preview, onOpen, onCancel }: EscalationPreviewProps): JSX.Element {
  const [summary, setSummary] = useState(preview.summary);
  const [priority, setPriority] = useState(preview.priority);
  return (
    <section class="cb-section cb-escalation" aria-label="Escalate to Trac">
      <h3>New Trac ticket</h3>
      <label class="cb-block">
        Summary
        <input aria-label="Ticket summary" value={summary} onInput={(e) => setSummary(e.currentTarget.value)} />
      </label>
      <label class="cb-block">
        Priority
        <input aria-label="Ticket priority" value={priority} onInput={(e) => setPriority(e.currentTarget.value)} />
      </label>
      {preview.shortened.length > 0 ? (
        <p class="cb-muted">Shortened to fit Trac's URL limit: {preview.shortened.join(', ')}</p>
      ) : null}
      {preview.duplicates.length > 0 ? (
        <div aria-label="Possible duplicates">
          <p>Open tickets that may be the same defect:</p>
          <ul>
            {preview.duplicates.map((d) => (
              <li key={d.id}>
                #{d.id} {d.summary} <span class="cb-muted">({d.status})</span>
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      {preview.duplicatesProblem ? <p class="cb-muted">{preview.duplicatesProblem}</p> : null}
      <button type="button" onClick={() => onOpen(summary, priority)}>
        Open New Ticket form
      </button>{' '}
      <button type="button" onClick={onCancel}>
        Cancel
      </button>
    </section>
  );
}
