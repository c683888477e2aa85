import type { JSX } from 'preact';
import type { TracPreview } from '../../lib/model/messages';

export interface EscalationPreviewProps {
  preview: TracPreview;
  onOpen: (summary: string, priority: string) => void;
  onCancel: (event: Event) => void;
}

/**
 * One more look before Trac's New Ticket form opens: summary and priority are editable. The
 * form is uncontrolled and read when submitted (no hooks in what Gmail gets injected); the
 * sidebar keys it by the preview, so a new preview starts from its own values.
 */
export function EscalationPreview({ preview, onOpen, onCancel }: EscalationPreviewProps): JSX.Element {
  return (
    <section class="cb-section cb-escalation" aria-label="Escalate to Trac">
      <form
        onSubmit={(event) => {
          event.preventDefault();
          const fields = new FormData(event.currentTarget);
          onOpen(fields.get('summary')?.toString() ?? preview.summary, fields.get('priority')?.toString() ?? preview.priority);
        }}
      >
        <h3>New Trac ticket</h3>
        <label class="cb-block">
          Summary
          <input name="summary" aria-label="Ticket summary" defaultValue={preview.summary} />
        </label>
        <label class="cb-block">
          Priority
          <input name="priority" aria-label="Ticket priority" defaultValue={preview.priority} />
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
        <button type="submit">Open New Ticket form</button>{' '}
        <button type="button" onClick={onCancel}>
          Cancel
        </button>
      </form>
    </section>
  );
}
