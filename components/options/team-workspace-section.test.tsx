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
    view = await renderForTest(<TeamWorkspaceSection membership={membership(role)} onJoin={async () => null} onLeave={async () => undefined} teamSettingKeys={[]} onShareSettings={null} />);
    expect(view.text()).toContain(`as Sam (${role})`);
    expect(view.container.querySelector(`[data-role="${role}"]`)?.textContent).toContain(words);
  });

  it('names the settings that come from the team, and offers the admin to share settings', async () => {
    let shared = 0;
    view = await renderForTest(
      <TeamWorkspaceSection membership={membership('admin')} onJoin={async () => null} onLeave={async () => undefined} teamSettingKeys={['supportAddresses', 'calendar']} onShareSettings={async () => void shared++} />,
    );
    expect(view.container.querySelector('[aria-label="Settings from the team"]')?.textContent).toContain('From the team (shown below in place of yours while you are in it, and kept up to date): support addresses, business hours and closures.');
    const button = [...view.container.querySelectorAll('button')].find((b) => b.textContent === 'Share these settings with the team');
    button?.click();
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(shared).toBe(1);
  });

  it('says when the team shares no settings, and offers no sharing to a member', async () => {
    view = await renderForTest(<TeamWorkspaceSection membership={membership('member')} onJoin={async () => null} onLeave={async () => undefined} teamSettingKeys={[]} onShareSettings={null} />);
    expect(view.text()).toContain('The team shares no settings yet: yours below apply.');
    expect(view.text()).not.toContain('Share these settings');
  });
});
