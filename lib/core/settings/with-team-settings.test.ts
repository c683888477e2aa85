import { describe, expect, it } from 'vitest';
import { defaultSettings, type Settings } from '../../model/settings';
import { teamSettingKeys, withTeamSettings } from './with-team-settings';

const own: Settings = { ...defaultSettings, identity: { name: 'Max', emails: ['max@example.com'] }, supportAddresses: ['max-support@example.com'], productName: 'MyProduct' };

describe('team settings over a member’s own', () => {
  it.each<[string, Parameters<typeof withTeamSettings>[1], Partial<Settings>, string[]]>([
    ['alone (nothing from the team)', {}, { supportAddresses: ['max-support@example.com'], productName: 'MyProduct' }, []],
    ['the team’s support addresses replace the member’s', { supportAddresses: ['support@example.com'] }, { supportAddresses: ['support@example.com'], productName: 'MyProduct' }, ['supportAddresses']],
    ['an empty list from the team still counts', { staffDomains: [] }, { staffDomains: [] }, ['staffDomains']],
    ['the calendar as a whole', { calendar: { ...defaultSettings.calendar, timeZone: 'Europe/Paris' } }, { calendar: { ...defaultSettings.calendar, timeZone: 'Europe/Paris' } }, ['calendar']],
  ])('%s', (_what, team, expected, keys) => {
    const merged = withTeamSettings(own, team);
    expect(merged).toMatchObject(expected);
    expect(merged.identity).toEqual(own.identity); // never the team's
    expect(teamSettingKeys(team)).toEqual(keys);
  });
});
