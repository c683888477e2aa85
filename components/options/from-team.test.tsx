// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import type { TeamSettingKey } from '../../lib/model/team-documents';
import { renderForTest, type Rendered } from '../shared/render-for-test';
import { FromTeam } from './from-team';
import { Section } from './section';

let view: Rendered | undefined;
afterEach(() => view?.unmount());

const calendar = (teamKeys: TeamSettingKey[], mayEdit: boolean) => (
  <FromTeam keys={['calendar']} scope={{ keys: teamKeys, mayEdit }}>
    <Section id="calendar" title="Business calendar">
      <input aria-label="Closes at" value="17:00" />
    </Section>
  </FromTeam>
);

describe('FromTeam', () => {
  it.each<[string, TeamSettingKey[], boolean, { note: RegExp | null; disabled: boolean }]>([
    ['alone, or a section the team does not set: the member’s own, editable', ['supportAddresses'], false, { note: null, disabled: false }],
    ['a member: the team’s value, read-only, and why', ['calendar'], false, { note: /Set by your team’s admin.*cannot change it here/, disabled: true }],
    ['the admin: editable, saving changes it for everyone', ['calendar', 'trac'], true, { note: /saving changes it for the whole team/, disabled: false }],
  ])('%s', async (_what, teamKeys, mayEdit, expected) => {
    view = await renderForTest(calendar(teamKeys, mayEdit));
    const note = view.container.querySelector('section [role="note"]');
    if (expected.note) expect(note?.textContent).toMatch(expected.note);
    else expect(note).toBeNull();
    // Disabled through its fieldset: every control of the section, the way a browser does it.
    expect(view.control('Closes at').closest('fieldset')?.disabled ?? false).toBe(expected.disabled);
  });
});
