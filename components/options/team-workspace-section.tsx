import type { JSX } from 'preact';
import { useState } from 'preact/hooks';
import type { TeamMembership, TeamRole } from '../../lib/model/team';
import { Field } from '../shared/field';
import { ProblemList } from '../shared/problem-list';
import { useAction } from '../shared/use-action';
import { Section } from './section';

export interface TeamWorkspaceSectionProps {
  /** This browser's membership; null when Casebook works alone. */
  membership: TeamMembership | null;
  /** Joins with the server address and one-time code as typed; resolves to a problem in words, or null. */
  onJoin: (address: string, code: string) => Promise<string | null>;
  /** Leaves the team; every case stays in this browser. */
  onLeave: () => Promise<void>;
}

// What each role may do: the team server enforces it (a viewer's connection is read-only).
const roleMeaning: Record<TeamRole, string> = {
  admin: 'As an admin you manage the team’s members and settings, and work on cases and templates.',
  member: 'As a member you work on the team’s cases and templates; team settings are the admin’s.',
  viewer: 'As a viewer you see the team’s cases but cannot change them: the team server does not accept changes from this browser.',
};

/** Joining (and leaving) the team's shared case board on its own Casebook server. */
export function TeamWorkspaceSection({ membership, onJoin, onLeave }: TeamWorkspaceSectionProps): JSX.Element {
  const [address, setAddress] = useState('');
  const [code, setCode] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const join = useAction(async () => {
    setProblem(await onJoin(address, code));
  });
  const leave = useAction(onLeave);
  if (membership) {
    return (
      <Section id="team-workspace" title="Team workspace" intro="Your team shares one case board through its own Casebook server.">
        <p>
          Member of <strong>{membership.team.name}</strong> as {membership.member.name || membership.member.email} ({membership.member.role}) at{' '}
          <code>{membership.socketUrl}</code>.
        </p>
        <p class="cb-hint" data-role={membership.member.role}>
          {roleMeaning[membership.member.role]}
        </p>
        <button type="button" class="cb-button" disabled={leave.pending} onClick={() => void leave.run()}>
          Leave team
        </button>
        <p class="cb-hint">Leaving keeps a copy of every case in this browser; nothing more is sent to the team server.</p>
        {leave.error && <ProblemList title="Could not leave the team:" problems={[leave.error]} />}
      </Section>
    );
  }
  return (
    <Section
      id="team-workspace"
      title="Team workspace"
      intro="Alone, Casebook keeps everything in this browser and sends nothing anywhere. To share one case board with your team, join your team's own Casebook server with the code your admin gave you."
    >
      <form
        noValidate
        aria-label="Join a team"
        onSubmit={(e) => {
          e.preventDefault();
          void join.run();
        }}
      >
        <Field label="Team server address" value={address} onInput={setAddress} placeholder="wss://casebook.example.com" spellcheck={false} hint="wss:// (https://); ws:// only for a server on this computer." />
        <Field label="Join code" value={code} onInput={setCode} placeholder="XXXX-XXXX-XXXX" spellcheck={false} autoComplete="off" />
        <button type="submit" class="cb-button cb-button--primary" disabled={join.pending}>
          {join.pending ? 'Joining…' : 'Join a team'}
        </button>
        {(problem ?? join.error) && (
          <p class="cb-problems" role="alert">
            {problem ?? join.error}
          </p>
        )}
      </form>
    </Section>
  );
}
