import type { JSX } from 'preact';
import { useState } from 'preact/hooks';
import type { TeamMembership, TeamRole } from '../../lib/model/team';
import type { TeamSettingKey } from '../../lib/model/team-documents';
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
  /** The settings sections the team's admin set: they replace this browser's own while in the team. */
  teamSettingKeys: readonly TeamSettingKey[];
  /** The admin shares the settings saved on this page with the team; null for other roles. */
  onShareSettings: (() => Promise<void>) | null;
}

const sectionNames: Record<TeamSettingKey, string> = {
  supportAddresses: 'support addresses',
  supportLabels: 'support labels',
  partnerDomains: 'partner domains',
  staffDomains: 'staff domains',
  calendar: 'business hours and closures',
  trac: 'Trac settings and field mapping',
  links: 'process links',
  productName: 'product name',
};

// What each role may do: the team server enforces it (a viewer's connection is read-only).
const roleMeaning: Record<TeamRole, string> = {
  admin: 'As an admin you manage the team’s members and settings, and work on cases and templates.',
  member: 'As a member you work on the team’s cases and templates; team settings are the admin’s.',
  viewer: 'As a viewer you see the team’s cases but cannot change them: the team server does not accept changes from this browser.',
};

/** Joining (and leaving) the team's shared case board on its own Casebook server. */
export function TeamWorkspaceSection({ membership, onJoin, onLeave, teamSettingKeys, onShareSettings }: TeamWorkspaceSectionProps): JSX.Element {
  const [address, setAddress] = useState('');
  const [code, setCode] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const join = useAction(async () => {
    setProblem(await onJoin(address, code));
  });
  const leave = useAction(onLeave);
  const share = useAction(async () => onShareSettings?.());
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
        <p aria-label="Settings from the team">
          {teamSettingKeys.length > 0
            ? `From the team (shown below in place of yours while you are in it, and kept up to date): ${teamSettingKeys.map((key) => sectionNames[key]).join(', ')}.`
            : 'The team shares no settings yet: yours below apply.'}{' '}
          Your name, addresses and shortcuts are always your own. Team templates are listed with yours under Reply templates.
        </p>
        {onShareSettings && (
          <>
            <button type="button" class="cb-button" disabled={share.pending} onClick={() => void share.run()}>
              Share these settings with the team
            </button>
            <p class="cb-hint">As the admin: the saved {Object.values(sectionNames).join(', ')} on this page become the team’s, for every member within seconds.</p>
            {share.error && <ProblemList title="Could not share the settings:" problems={[share.error]} />}
          </>
        )}
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
