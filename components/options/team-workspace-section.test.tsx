// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import type { TeamMembership, TeamRole } from '../../lib/model/team';
import { renderForTest, type Rendered } from '../shared/render-for-test';
import { TeamWorkspaceSection } from './team-workspace-section';

let view: Rendered | undefined;
afterEach(() => view?.unmount());

function membership(role: TeamRole): TeamMembership {
  return {
    socketUrl: 'wss://casebook.example.com',
    httpUrl: 'https://casebook.example.com',
    team: { id: 'support', name: 'Support' },
    token: 'x'.repeat(43),
    member: { email: 'sam@example.com', name: 'Sam', role },
    joinedAt: 0,
  };
}

describe('TeamWorkspaceSection', () => {
  it.each([
    ['admin', 'manage the team’s members and settings'],
    ['member', 'team settings are the admin’s'],
    ['viewer', 'cannot change them'],
  ] as const)('says what a %s may do', async (role, words) => {
    view = await renderForTest(<TeamWorkspaceSection membership={membership(role)} onJoin={async () => null} onLeave={async () => undefined} />);
    expect(view.text()).toContain(`as Sam (${role})`);
    expect(view.container.querySelector(`[data-role="${role}"]`)?.textContent).toContain(words);
  });
});
