import type { JSX } from 'preact';
import { useId, useState } from 'preact/hooks';
import type { TracPreview, TracPreviewField } from '../../lib/model/messages';
import { Field } from '../shared/field';
import { ProblemList } from '../shared/problem-list';
import { useAction } from '../shared/use-action';

export interface EscalatePanelProps {
  /** False when no Trac base URL is set: the button then explains and points to the options. */
  tracConfigured: boolean;
  /** `refresh`: read Trac's choices again. */
  onPreview: (refresh: boolean) => Promise<TracPreview>;
  /** Opens Trac's New Ticket form in a new tab with the edited summary and fields; answers what to do next. */
  onOpen: (summary: string, values: Record<string, string>) => Promise<string>;
  onOpenOptions: () => void;
}

/**
 * "Escalate to Trac" in two steps: a preview whose summary and fields the user can edit (each
 * field a choice among Trac's own options when Casebook could read them), then the prefilled
 * New Ticket form. Casebook never creates the ticket itself.
 */
export function EscalatePanel({ tracConfigured, onPreview, onOpen, onOpenOptions }: EscalatePanelProps): JSX.Element {
  const [preview, setPreview] = useState<TracPreview | null>(null);
  const [summary, setSummary] = useState('');
  const [values, setValues] = useState<Record<string, string>>({});
  const [opened, setOpened] = useState('');
  const [needsSetup, setNeedsSetup] = useState(false);
  const load = useAction(async (refresh: boolean) => {
    const next = await onPreview(refresh);
    setPreview(next);
    if (!refresh) setSummary(next.summary);
    setValues(Object.fromEntries(next.fields.map((f) => [f.name, f.value])));
    setOpened('');
  });
  const open = useAction(async () => {
    setOpened(await onOpen(summary, values));
    setPreview(null);
  });

  if (!preview) {
    return (
      <div>
        <button
          type="button"
          class="cb-button"
          disabled={load.pending}
          onClick={() => (tracConfigured ? void load.run(false) : setNeedsSetup(true))}
        >
          Escalate to Trac
        </button>
        {load.pending && <span class="cb-muted"> Preparing the ticket…</span>}
        {opened && <p class="cb-notice" role="status">{opened}</p>}
        {load.error && <ProblemList title="Could not prepare the ticket:" problems={[load.error]} />}
        {needsSetup && (
          <ProblemList title="No Trac address is set." problems={[]}>
            <button type="button" class="cb-button" onClick={onOpenOptions}>
              Set up Trac in Options
            </button>
          </ProblemList>
        )}
      </div>
    );
  }
  return (
    <form
      class="cb-escalate"
      aria-label="New Trac ticket"
      onSubmit={(e) => {
        e.preventDefault();
        void open.run();
      }}
    >
      {preview.tracProblem && <ProblemList title="Trac could not be read:" problems={[preview.tracProblem]} />}
      <Field label="Summary" value={summary} onInput={setSummary} required />
      {preview.fields.map((field) => (
        <TicketField key={field.name} field={field} value={values[field.name] ?? ''} onInput={(value) => setValues({ ...values, [field.name]: value })} />
      ))}
      <p class="cb-hint">
        {preview.choicesNote}{' '}
        <button type="button" class="cb-button" disabled={load.pending} onClick={() => void load.run(true)} aria-label="Refresh Trac's choices">
          Refresh
        </button>
      </p>
      <p class="cb-hint">
        Link size {preview.bytes.toLocaleString('en-GB')} bytes
        {preview.shortened.length > 0 && `; shortened to fit: ${preview.shortened.join(', ')}`}.
      </p>
      <Duplicates preview={preview} />
      {open.error && <ProblemList title="Trac was not opened:" problems={[open.error]} />}
      <div class="cb-row">
        <button type="submit" class="cb-button cb-button--primary" disabled={open.pending || summary.trim() === ''}>
          Open in Trac
        </button>
        <button type="button" class="cb-button" onClick={() => setPreview(null)}>
          Cancel
        </button>
      </div>
    </form>
  );
}

/** One field: a select of Trac's own options (blank = Trac's default) when known, else text. */
function TicketField({ field, value, onInput }: { field: TracPreviewField; value: string; onInput: (value: string) => void }): JSX.Element {
  const id = useId();
  if (!field.choices) return <Field label={field.label} value={value} onInput={onInput} error={field.problem} />;
  return (
    <div class="cb-field">
      <label for={id}>{field.label}</label>
      <select id={id} value={value} onChange={(e) => onInput(e.currentTarget.value)} aria-describedby={field.problem ? `${id}-problem` : undefined}>
        <option value="">(Trac's default)</option>
        {field.choices.map((option) => (
          <option key={option} value={option}>
            {option}
          </option>
        ))}
      </select>
      {field.problem && (
        <p id={`${id}-problem`} class="cb-field__error">
          {field.problem}
        </p>
      )}
    </div>
  );
}

/** Tickets that may already describe this defect, so the user can avoid a duplicate. */
function Duplicates({ preview }: { preview: TracPreview }): JSX.Element | null {
  if (preview.duplicatesProblem) return <p class="cb-hint">Possible duplicates not checked: {preview.duplicatesProblem}</p>;
  if (preview.duplicates.length === 0) return null;
  return (
    <div>
      <p class="cb-hint">Possible duplicates in Trac:</p>
      <ul class="cb-duplicates">
        {preview.duplicates.map((ticket) => (
          <li key={ticket.id}>
            #{ticket.id} {ticket.summary} ({ticket.status})
          </li>
        ))}
      </ul>
    </div>
  );
}
