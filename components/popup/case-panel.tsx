import type { JSX } from 'preact';
import type { CaseStatus, SupportCase } from '../../lib/model/case';
import type { TeamMember } from '../../lib/model/settings';
import { Countdown } from '../shared/countdown';
import { OwnerSelect } from '../shared/owner-select';
import { ProblemList } from '../shared/problem-list';
import { StatusSelect } from '../shared/status-select';
import { useAction } from '../shared/use-action';

export interface CasePanelProps {
  supportCase: SupportCase;
  team: readonly TeamMember[];
  now: number;
  timeZone?: string;
  onStatusChange: (status: CaseStatus) => Promise<void>;
  onOwnerChange: (owner: string | null) => Promise<void>;
}

/** The active tab's case: who it is for, when the answer is due, its status and owner. */
export function CasePanel({ supportCase, team, now, timeZone, onStatusChange, onOwnerChange }: CasePanelProps): JSX.Element {
  const status = useAction(onStatusChange);
  const owner = useAction(onOwnerChange);
  const customer = supportCase.customer;
  const who = [customer.name || customer.email, customer.organisation].filter(Boolean).join(' · ');
  return (
    <div class="cb-case-panel">
      <p class="cb-case-panel__subject cb-clamp" title={supportCase.subject}>
        {supportCase.subject || '(no subject)'}
      </p>
      <p class="cb-muted">{who || 'Unknown customer'}</p>
      <p>
        <Countdown dueAt={supportCase.dueAt} now={now} timeZone={timeZone} />
      </p>
      <div class="cb-case-panel__controls">
        <StatusSelect value={supportCase.status} onChange={(s) => void status.run(s)} disabled={status.pending} />
        <OwnerSelect value={supportCase.owner} team={team} onChange={(o) => void owner.run(o)} disabled={owner.pending} />
      </div>
      {status.error && <ProblemList title="The status was not changed:" problems={[status.error]} />}
      {owner.error && <ProblemList title="The owner was not changed:" problems={[owner.error]} />}
    </div>
  );
}
