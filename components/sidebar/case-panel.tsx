import type { JSX } from 'preact';
import type { AssessmentStep, CaseEvent, SupportCase, TroubleshootingStep } from '../../lib/model/case';
import type { CaseChange, DeadlineWording } from '../../lib/model/messages';
import type { TeamMember } from '../../lib/model/settings';
import { Checklist } from './checklist';
import { NoteField } from './note-field';
import { DueCountdown } from './due-countdown';
import { OwnerSelect } from '../shared/owner-select';
import { StatusSelect } from '../shared/status-select';
import { assessmentLabels, troubleshootingLabels } from './labels';
import { Timeline } from './timeline';
import { WebLink } from '../shared/web-link';

export interface CasePanelProps {
  supportCase: SupportCase;
  events: CaseEvent[];
  team: TeamMember[];
  now: number;
  deadline: DeadlineWording | null;
  onChange: (change: CaseChange) => void;
  onEscalate: () => void;
}

/** Status, owner, deadline, checklists, tickets, notes and timeline of the conversation's case. */
export function CasePanel({ supportCase, events, team, now, deadline, onChange, onEscalate }: CasePanelProps): JSX.Element {
  const c = supportCase;
  return (
    <section class="cb-section" aria-label="Case">
      <h3 title={c.id}>Case</h3>
      <p>
        <DueCountdown dueAt={c.dueAt} now={now} wording={deadline} />
        {c.reopenCount > 0 ? <span class="cb-muted"> · re-opened {c.reopenCount}×</span> : null}
      </p>
      <StatusSelect value={c.status} onChange={(to) => onChange({ kind: 'status', to, reason: 'set by hand' })} />
      <OwnerSelect value={c.owner} team={team} onChange={(to) => onChange({ kind: 'owner', to })} />
      <div class="cb-tickets" aria-label="Trac tickets">
        {c.tickets.map((ticket) => (
          <p key={ticket.number}>
            <WebLink url={ticket.url}>Trac #{ticket.number}</WebLink>{' '}
            <span class="cb-muted">
              {ticket.status ?? 'status unknown'}
              {ticket.resolution ? ` (${ticket.resolution})` : ''}
            </span>
            {ticket.status === 'closed' ? <strong> · ready to answer the customer</strong> : null}
          </p>
        ))}
        <button type="button" onClick={onEscalate}>
          Escalate to Trac
        </button>
        {/* Uncontrolled: the form is read when submitted (no hooks in what Gmail gets injected). */}
        <form
          class="cb-inline"
          onSubmit={(event) => {
            event.preventDefault();
            const form = event.currentTarget;
            const number = Number.parseInt(new FormData(form).get('ticket')?.toString().replace(/^#/, '') ?? '', 10);
            if (Number.isInteger(number) && number > 0) onChange({ kind: 'link_ticket', number });
            form.reset();
          }}
        >
          <input name="ticket" aria-label="Trac ticket number" inputMode="numeric" placeholder="#123" />
          <button type="submit">Link ticket</button>
        </form>
      </div>
      <Checklist
        title="Initial assessment"
        labels={assessmentLabels}
        items={c.assessment}
        onChange={(step: AssessmentStep, update) => onChange({ kind: 'checklist', list: 'assessment', step, ...update })}
      />
      <Checklist
        title="Troubleshooting"
        labels={troubleshootingLabels}
        items={c.troubleshooting}
        onChange={(step: TroubleshootingStep, update) => onChange({ kind: 'checklist', list: 'troubleshooting', step, ...update })}
      />
      <label class="cb-block">
        Notes
        <NoteField label="Case notes" multiline value={c.notes} onSave={(notes) => onChange({ kind: 'notes', notes })} />
      </label>
      <Timeline events={events} />
    </section>
  );
}
