import type { JSX } from 'preact';
import type { AssessmentStep, CaseEvent, SupportCase, TroubleshootingStep } from '../../lib/model/case';
import type { CaseChange, DeadlineWording, SidebarState } from '../../lib/model/messages';
import type { TeamMember } from '../../lib/model/settings';
import { Checklist } from './checklist';
import { NoteField } from './note-field';
import { DueCountdown } from './due-countdown';
import { OwnerSelect } from '../shared/owner-select';
import { StatusSelect } from '../shared/status-select';
import { Timeline } from './timeline';
import { WebLink } from '../shared/web-link';

export interface CaseLineProps {
  supportCase: SupportCase;
  team: TeamMember[];
  /** The user's own address (the team member's, with a team); "" before setup. */
  me: string;
  now: number;
  deadline: DeadlineWording | null;
  onChange: (change: CaseChange) => void;
  onEscalate: () => void;
  /** Reads the linked tickets' status from Trac now (it is also read when the thread opens). */
  onRefreshTickets: () => void;
}

/**
 * What a support engineer needs first, at the top of the sidebar: the deadline countdown (red
 * when overdue), status, owner with "Assign to me", and the case's Trac tickets.
 */
export function CaseLine({ supportCase: c, team, me, now, deadline, onChange, onEscalate, onRefreshTickets }: CaseLineProps): JSX.Element {
  return (
    <section class="cb-section" aria-label="Case">
      <h3 title={c.id}>
        Case · <DueCountdown dueAt={c.dueAt} now={now} wording={deadline} />
        {c.reopenCount > 0 ? <span class="cb-muted"> · re-opened {c.reopenCount}×</span> : null}
      </h3>
      <div class="cb-pair">
        <StatusSelect value={c.status} onChange={(to) => onChange({ kind: 'status', to, reason: 'set by hand' })} />
        <OwnerSelect value={c.owner} team={team} onChange={(to) => onChange({ kind: 'owner', to })} />
      </div>
      {me && c.owner?.toLowerCase() !== me.toLowerCase() ? (
        <button type="button" onClick={() => onChange({ kind: 'owner', to: me })}>
          Assign to me
        </button>
      ) : null}
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
        {c.tickets.length > 0 ? (
          <button type="button" aria-label="Refresh the tickets' status from Trac" onClick={onRefreshTickets}>
            Refresh
          </button>
        ) : null}
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
          <button type="button" class="cb-escalate" onClick={onEscalate}>
            Escalate to Trac
          </button>
          <input name="ticket" aria-label="Trac ticket number" inputMode="numeric" placeholder="#123" />
          <button type="submit">Link ticket</button>
        </form>
      </div>
    </section>
  );
}

export interface CaseWorkProps {
  supportCase: SupportCase;
  events: CaseEvent[];
  labels: SidebarState['checklistLabels'];
  onChange: (change: CaseChange) => void;
}

/** The case's working record, below the templates: checklists, notes and timeline. */
export function CaseWork({ supportCase: c, events, labels, onChange }: CaseWorkProps): JSX.Element {
  return (
    <section class="cb-section" aria-label="Checklists, notes and timeline">
      <Checklist
        title="Initial assessment"
        labels={labels.assessment}
        items={c.assessment}
        onChange={(step: AssessmentStep, update) => onChange({ kind: 'checklist', list: 'assessment', step, ...update })}
      />
      <Checklist
        title="Troubleshooting"
        labels={labels.troubleshooting}
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
