import type { JSX } from 'preact';
import { useState } from 'preact/hooks';
import type { TracPreview } from '../../lib/model/messages';
import { Field } from '../shared/field';
import { ProblemList } from '../shared/problem-list';
import { useAction } from '../shared/use-action';

export interface EscalatePanelProps {
  /** False when no Trac base URL is set: the button then explains and points to the options. */
  tracConfigured: boolean;
  onPreview: () => Promise<TracPreview>;
  /** Opens Trac's New Ticket form in a new tab with the edited summary and priority. */
  onOpen: (summary: string, priority: string) => Promise<void>;
  onOpenOptions: () => void;
}

/**
 * "Escalate to Trac" in two steps: a preview whose summary and priority the user can edit,
 * then the prefilled New Ticket form. Casebook never creates the ticket itself.
 */
export function EscalatePanel({ tracConfigured, onPreview, onOpen, onOpenOptions }: EscalatePanelProps): JSX.Element {
  const [preview, setPreview] = useState<TracPreview | null>(null);
  const [summary, setSummary] = useState('');
  const [priority, setPriority] = useState('');
  const [opened, setOpened] = useState(false);
  const [needsSetup, setNeedsSetup] = useState(false);
  const load = useAction(async () => {
    const next = await onPreview();
    setPreview(next);
    setSummary(next.summary);
    setPriority(next.priority);
    setOpened(false);
  });
  const open = useAction(async () => {
    await onOpen(summary, priority);
    setOpened(true);
    setPreview(null);
  });

  if (!preview) {
    return (
      <div>
        <button
          type="button"
          class="cb-button"
          disabled={load.pending}
          onClick={() => (tracConfigured ? void load.run() : setNeedsSetup(true))}
        >
          Escalate to Trac
        </button>
        {load.pending && <span class="cb-muted"> Preparing the ticket…</span>}
        {opened && <p class="cb-notice" role="status">Trac's New Ticket form is open in a new tab: check it and press “Create ticket”.</p>}
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
      <Field label="Summary" value={summary} onInput={setSummary} required />
      <Field
        label="Priority"
        value={priority}
        onInput={setPriority}
        hint="Must match one of the Trac site's priorities exactly (case-sensitive)."
      />
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
