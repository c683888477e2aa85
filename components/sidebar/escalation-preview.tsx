import type { JSX } from 'preact';
import type { TracPreview } from '../../lib/model/messages';

export interface EscalationPreviewProps {
  preview: TracPreview;
  /** The summary and each offered field's value (field name → value; "" = Trac's default). */
  onOpen: (summary: string, values: Record<string, string>) => void;
  /** Reads Trac's New Ticket form again (an admin added a milestone, Trac is back). */
  onRefresh: () => void;
  onCancel: (event: Event) => void;
}

/**
 * One more look before Trac's New Ticket form opens: the summary and the fields Trac has as
 * selects are editable, each a select of Trac's own options when Casebook could read them, so a
 * value Trac lacks cannot be chosen. All remarks are worded by the background (`notes`). The
 * form is uncontrolled and read when submitted (no hooks in what Gmail gets injected); options
 * are marked `selected` once, so the sidebar's re-renders keep what the user picked.
 */
export function EscalationPreview({ preview, onOpen, onRefresh, onCancel }: EscalationPreviewProps): JSX.Element {
  return (
    <section class="cb-section cb-escalation" aria-label="Escalate to Trac">
      <form
        onSubmit={(event) => {
          event.preventDefault();
          const data = new FormData(event.currentTarget);
          onOpen(`${data.get('summary')}`, Object.fromEntries(preview.fields.map((f) => [f.name, `${data.get(f.name) ?? f.value}`])));
        }}
      >
        {preview.tracProblem ? (
          <p class="cb-warning" role="alert">
            {preview.tracProblem}
          </p>
        ) : null}
        <label class="cb-block">
          New Trac ticket: summary
          <input name="summary" aria-label="Ticket summary" defaultValue={preview.summary} />
        </label>
        {preview.fields.map((f) => {
          const control = { name: f.name, 'aria-label': `Ticket ${f.name}` };
          return (
            <label class="cb-block" key={f.name}>
              {f.label}
              {f.choices ? (
                <select {...control}>
                  {['', ...f.choices].map((option) => (
                    <option key={option} value={option} selected={option === f.value}>
                      {option || '(default)'}
                    </option>
                  ))}
                </select>
              ) : (
                <input {...control} defaultValue={f.value} />
              )}
              <span class="cb-warning">{f.problem}</span>
            </label>
          );
        })}
        {preview.notes.map((note) => (
          <p class="cb-muted" key={note}>
            {note}
          </p>
        ))}
        <button type="submit">Open New Ticket form</button>{' '}
        <button type="button" onClick={onRefresh}>
          Refresh choices
        </button>{' '}
        <button type="button" onClick={onCancel}>
          Cancel
        </button>
      </form>
    </section>
  );
}
