import { describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import { en } from 'zod/locales';
import { defaultSettings, type Settings } from '../../model/settings';
import { formatPath, tidySettings, validateSettings, type SettingsChecks } from './validate-settings';

z.config(en());

const checks: SettingsChecks = {
  tracBaseUrl: (url) =>
    url.startsWith('https://') || url.startsWith('http://')
      ? { ok: true, baseUrl: url.replace(/\/(newticket|ticket\/\d+)$/, '') }
      : { ok: false, problem: 'must start with https://' },
  isKnownRegion: (region) => ['GB', 'GB-ENG', 'US-CA', 'DE-BY'].includes(region),
};

const good: Settings = {
  ...defaultSettings,
  identity: { name: 'Adi Roiban', emails: ['adi@example.com'] },
  team: [
    { name: 'Adi Roiban', email: 'adi@example.com' },
    { name: 'Sam Lee', email: 'sam@example.com' },
  ],
  supportAddresses: ['support@example.com'],
  supportLabels: ['Support'],
  partnerDomains: ['partner.example.net'],
  staffDomains: ['example.com'],
  trac: { ...defaultSettings.trac, baseUrl: 'https://trac.example.com/project', customFields: { customer: '{{customer.organisation}}' } },
};

const edit = (change: (s: Settings) => Settings): Settings => change(structuredClone(good));

describe('validateSettings', () => {
  it('accepts complete settings', () => {
    expect(validateSettings(good, checks)).toEqual({ ok: true, settings: good });
  });

  it.each<[string, Settings, string[]]>([
    ['a team address without a domain', edit((s) => ({ ...s, team: [{ name: 'Sam', email: 'sam@' }] })), ['team[0].email']],
    ['a team member without a name', edit((s) => ({ ...s, team: [{ name: ' ', email: 'sam@example.com' }] })), ['team[0].name']],
    ['the same member twice', edit((s) => ({ ...s, team: [...s.team, { name: 'Sam L', email: 'SAM@example.com' }] })), ['team[2].email']],
    ['a support address typo', edit((s) => ({ ...s, supportAddresses: ['support@example.com', 'help.example.com'] })), ['supportAddresses[1]']],
    ['a partner given as an address', edit((s) => ({ ...s, partnerDomains: ['bob@partner.net'] })), ['partnerDomains[0]']],
    ['a working day out of range', edit((s) => ({ ...s, calendar: { ...s.calendar, workingDays: [1, 8] } })), ['calendar.workingDays[1]']],
    ['no working day', edit((s) => ({ ...s, calendar: { ...s.calendar, workingDays: [] } })), ['calendar.workingDays']],
    ['a day that ends before it starts', edit((s) => ({ ...s, calendar: { ...s.calendar, start: '17:30', end: '09:00' } })), ['calendar.end']],
    ['a 12-hour time', edit((s) => ({ ...s, calendar: { ...s.calendar, start: '9:00' } })), ['calendar.start']],
    ['an unknown zone', edit((s) => ({ ...s, calendar: { ...s.calendar, timeZone: 'Europe/Londres' } })), ['calendar.timeZone']],
    ['an unknown holiday region', edit((s) => ({ ...s, calendar: { ...s.calendar, holidayRegion: 'GB-XX' } })), ['calendar.holidayRegion']],
    ['a Trac URL without a scheme', edit((s) => ({ ...s, trac: { ...s.trac, baseUrl: 'trac.example.com' } })), ['trac.baseUrl']],
    ['a Trac field name with a capital', edit((s) => ({ ...s, trac: { ...s.trac, customFields: { Customer: 'x' } } })), ['trac.customFields.Customer']],
    ['a link without a scheme', edit((s) => ({ ...s, links: { ...s.links, roadmap: 'www.example.com/roadmap' } })), ['links.roadmap']],
    ['a script link', edit((s) => ({ ...s, links: { ...s.links, screenShare: 'javascript:alert(1)' } })), ['links.screenShare']],
    [
      'several problems at once',
      edit((s) => ({ ...s, team: [{ name: 'Sam', email: 'nope' }], calendar: { ...s.calendar, closures: ['25/12/2026'] } })),
      ['team[0].email', 'calendar.closures[0]'],
    ],
  ])('reports %s', (_name, settings, paths) => {
    const result = validateSettings(settings, checks);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problems.map((p) => p.path)).toEqual(paths);
  });

  it('saves the project address the Trac check derived from a pasted page address', () => {
    const result = validateSettings(edit((s) => ({ ...s, trac: { ...s.trac, baseUrl: ' https://trac.example.com/project/ticket/4711 ' } })), checks);
    expect(result.ok && result.settings.trac.baseUrl).toBe('https://trac.example.com/project');
  });

  it('accepts no Trac URL and no holiday region (both optional)', () => {
    const settings = edit((s) => ({ ...s, trac: { ...s.trac, baseUrl: '' }, calendar: { ...s.calendar, holidayRegion: '' } }));
    expect(validateSettings(settings, checks).ok).toBe(true);
  });

  it('words problems so the user can find the entry', () => {
    const result = validateSettings(edit((s) => ({ ...s, supportAddresses: ['help.example.com'] })), checks);
    expect(result).toEqual({ ok: false, problems: [{ path: 'supportAddresses[0]', message: '“help.example.com” is not an email address' }] });
  });
});

describe('tidySettings', () => {
  it('trims, lowercases addresses and domains, drops duplicates and orders days and dates', () => {
    const tidy = tidySettings(
      edit((s) => ({
        ...s,
        identity: { name: ' Adi ', emails: ['Adi@Example.com ', 'adi@example.com'] },
        partnerDomains: ['@Partner.Example.net', 'partner.example.net'],
        calendar: { ...s.calendar, workingDays: [5, 1, 3, 1], holidayRegion: ' gb-eng ', closures: ['2026-12-31', '2026-12-24', '2026-12-31'] },
      })),
    );
    expect(tidy.identity).toEqual({ name: 'Adi', emails: ['adi@example.com'] });
    expect(tidy.partnerDomains).toEqual(['partner.example.net']);
    expect(tidy.calendar).toMatchObject({ workingDays: [1, 3, 5], holidayRegion: 'GB-ENG', closures: ['2026-12-24', '2026-12-31'] });
  });
});

describe('formatPath', () => {
  it.each<[PropertyKey[], string]>([
    [['team', 1, 'email'], 'team[1].email'],
    [['calendar', 'workingDays', 0], 'calendar.workingDays[0]'],
    [[], ''],
  ])('%j -> %s', (path, expected) => {
    expect(formatPath(path)).toBe(expected);
  });
});
