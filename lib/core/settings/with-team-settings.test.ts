import { describe, expect, it } from 'vitest';
import { defaultSettings, type Settings } from '../../model/settings';
import { changedTeamSections, draftAfterChange, ownSettingsToStore, teamSettingKeys, withTeamSettings } from './with-team-settings';

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

describe('the options page in a team', () => {
  const team = { supportAddresses: ['support@example.com'], calendar: { ...defaultSettings.calendar, end: '16:30' } };
  const shown = withTeamSettings(own, team);

  it('stores the member’s own values under the team’s sections, and the rest as edited', () => {
    const edited = { ...shown, identity: { name: 'Max B.', emails: ['max@example.com'] }, productName: 'Other' };
    const stored = ownSettingsToStore(edited, own, team);
    expect(stored.supportAddresses).toEqual(['max-support@example.com']);
    expect(stored.calendar).toEqual(own.calendar);
    expect(stored.identity.name).toBe('Max B.');
    expect(stored.productName).toBe('Other');
    // Alone, everything is stored as edited.
    expect(ownSettingsToStore(edited, own, {})).toEqual(edited);
  });

  it.each<[string, Partial<Settings>, string[]]>([
    ['nothing changed', {}, []],
    ['the team’s calendar edited', { calendar: { ...team.calendar, end: '17:00' } }, ['calendar']],
    ['a section the team does not set is not shared by a save', { productName: 'Other', partnerDomains: ['partner.example'] }, []],
    ['an edited list', { supportAddresses: ['help@example.com'] }, ['supportAddresses']],
  ])('an admin’s save shares what changed in the team’s sections: %s', (_what, patch, keys) => {
    expect(Object.keys(changedTeamSections({ ...shown, ...patch }, team))).toEqual(keys);
  });

  it('a pushed change replaces the sections not being edited and keeps an edit in progress', () => {
    const now = withTeamSettings(own, { ...team, supportAddresses: ['desk@example.com'], calendar: { ...team.calendar, end: '18:00' } });
    const editing = { ...shown, calendar: { ...team.calendar, end: '17:15' }, identity: { name: 'Typing', emails: [] } };
    const next = draftAfterChange(editing, shown, now);
    expect(next.supportAddresses).toEqual(['desk@example.com']);
    expect(next.calendar.end).toBe('17:15');
    expect(next.identity.name).toBe('Typing');
    // Leaving the team: the member's own values come back where nothing was edited.
    expect(draftAfterChange(shown, shown, own).supportAddresses).toEqual(['max-support@example.com']);
  });
});
