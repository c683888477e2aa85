import type { JSX } from 'preact';
import type { TracPreview } from '../../lib/model/messages';

export interface EscalationPreviewProps {
  preview: TracPreview;
  /** The summary and each offered field's value (field name → value; "" = Trac's default). */
  onOpen: (summary: string, values: Record<string, string>) => void;
  /** Reads Trac's New Ticket form again (an admin added a milestone, Trac is back). */
  onRefresh: () => void;
  onCancel: () => void;
}

/**
 * One more look before Trac's New Ticket form opens: the summary and the fields Trac has as
 * selects are editable, each a select of Trac's own options when Casebook could read them, so a
 * value Trac lacks cannot be chosen. All wording comes from the background. The form is
 * uncontrolled and read when submitted (no hooks in what Gmail gets injected); options are
 * marked `selected` once, so the sidebar's re-renders keep what the user picked.
 */
export function EscalationPreview({ preview, onOpen, onRefresh, onCancel }: EscalationPreviewProps): JSX.Element {
  return (
    <section class="cb-section cb-escalation" aria-label="Escalate to Trac">
      <form
        onSubmit={(event) => {
          event.preventDefault();
          const data = new FormData(event.currentTarget);
          const read = (name: string, fallback: string): string => data.get(name)?.toString() ?? fallback;
          onOpen(read('summary', preview.summary), Object.fromEntries(preview.fields.map((f) => [f.name, read(`field.${f.name}`, f.value)])));
        }}
      >
        <h3>New Trac ticket</h3>
        {preview.tracProblem ? (
          <p class="cb-warning" role="alert">
            {preview.tracProblem}
          </p>
        ) : null}
        <label class="cb-block">
          Summary
          <input name="summary" aria-label="Ticket summary" defaultValue={preview.summary} />
        </label>
        {preview.fields.map((f) => (
          <label class="cb-block" key={f.name}>
            {f.label}
            {f.choices ? (
              <select name={`field.${f.name}`} aria-label={`Ticket ${f.name}`}>
                <option value="" selected={f.value === ''}>
                  (Trac's default)
                </option>
                {f.choices.map((option) => (
                  <option key={option} value={option} selected={option === f.value}>
                    {option}
                  </option>
                ))}
              </select>
            ) : (
              <input name={`field.${f.name}`} aria-label={`Ticket ${f.name}`} defaultValue={f.value} />
            )}
            {f.problem ? <span class="cb-warning">{f.problem}</span> : null}
          </label>
        ))}
        <p class="cb-muted">
          {preview.choicesNote}{' '}
          <button type="button" aria-label="Refresh Trac's choices" onClick={onRefresh}>
            Refresh
          </button>
        </p>
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
