import type { JSX } from 'preact';
import type { SupportCase } from '../../lib/model/case';
import type { TeamMember } from '../../lib/model/settings';
import { Countdown } from '../shared/countdown';
import { ownerLabel } from '../shared/owner-select';
import { safeHttpUrl } from '../shared/safe-url';
import { statusLabel } from '../shared/status-labels';

export interface CaseTableProps {
  cases: readonly SupportCase[];
  now: number;
  team: readonly TeamMember[];
  /** True while a newer page is on its way (the old rows stay, marked busy). */
  busy: boolean;
  /** In a team: who else is on a case ("Alice is viewing"), by case id. */
  presence?: Readonly<Record<string, readonly string[]>>;
}

/** One page of cases, in the order the background sorted them (by deadline). */
export function CaseTable({ cases, now, team, busy, presence = {} }: CaseTableProps): JSX.Element {
  return (
    <table class="cb-cases" aria-busy={busy}>
      <caption class="cb-visually-hidden">Cases, soonest deadline first</caption>
      <thead>
        <tr>
          <th scope="col">Deadline</th>
          <th scope="col">Subject</th>
          <th scope="col">Customer</th>
          <th scope="col">Status</th>
          <th scope="col">Owner</th>
        </tr>
      </thead>
      <tbody>
        {cases.map((supportCase) => (
          <CaseRow key={supportCase.id} supportCase={supportCase} now={now} team={team} presence={presence[supportCase.id] ?? []} />
        ))}
      </tbody>
    </table>
  );
}

function CaseRow({ supportCase, now, team, presence }: { supportCase: SupportCase; now: number; team: readonly TeamMember[]; presence: readonly string[] }): JSX.Element {
  const overdue = supportCase.dueAt !== null && supportCase.dueAt <= now;
  const { customer } = supportCase;
  return (
    <tr class={overdue ? 'cb-cases__overdue' : undefined}>
      <td>
        <Countdown dueAt={supportCase.dueAt} now={now} showAbsolute />
      </td>
      <td class="cb-cases__subject">
        <ConversationLink supportCase={supportCase} />
      </td>
      <td>
        <span>{customer.name || customer.email || 'Unknown'}</span>
        {customer.name && customer.email && <span class="cb-cases__sub">{customer.email}</span>}
        {customer.organisation && <span class="cb-cases__sub">{customer.organisation}</span>}
      </td>
      <td>{statusLabel(supportCase.status)}</td>
      <td>
        <span>{ownerLabel(supportCase.owner, team)}</span>
        {presence.map((line) => (
          <span key={line} class="cb-cases__sub cb-cases__presence">
            {line}
          </span>
        ))}
      </td>
    </tr>
  );
}

function ConversationLink({ supportCase }: { supportCase: SupportCase }): JSX.Element {
  const subject = supportCase.subject || '(no subject)';
  const url = safeHttpUrl(supportCase.threadUrl);
  if (!url) {
    return (
      <span>
        <span class="cb-clamp" title={subject}>{subject}</span> <span class="cb-cases__sub">{supportCase.source === 'phone' ? 'Phone case' : 'No conversation link'}</span>
      </span>
    );
  }
  return (
    <a href={url} target="_blank" rel="noopener noreferrer" title={subject}>
      <span class="cb-clamp">{subject}</span>
      <span class="cb-visually-hidden"> (opens the conversation in a new tab)</span>
    </a>
  );
}
