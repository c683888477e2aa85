import { describe, expect, it } from 'vitest';
import { validateTracBaseUrl } from '../trac/ticket-page';
import { defaultSettings, type Settings } from '../../model/settings';
import { settingsAsRead } from './settings-as-read';

const checks = { tracBaseUrl: validateTracBaseUrl, isKnownRegion: (region: string) => ['GB-ENG', 'DE-BY'].includes(region) };
const good: Settings = {
  ...defaultSettings,
  identity: { name: 'Alice', emails: ['alice@example.com'] },
  trac: { ...defaultSettings.trac, baseUrl: 'https://trac.example.com/project' },
};

describe('settingsAsRead: what the background uses, whatever storage holds', () => {
  it('keeps valid settings as they are', () => {
    expect(settingsAsRead(good, checks)).toEqual({ settings: good, problems: [] });
  });

  it.each<[string, (s: Settings) => Settings, (s: Settings) => unknown, unknown]>([
    ['a javascript: Trac address becomes no Trac', (s) => ({ ...s, trac: { ...s.trac, baseUrl: 'javascript:alert(1)' } }), (s) => s.trac.baseUrl, ''],
    ['a data: link becomes the default link', (s) => ({ ...s, links: { ...s.links, roadmap: 'data:text/html,<script>' } }), (s) => s.links.roadmap, defaultSettings.links.roadmap],
    ['a bad identity address empties the list', (s) => ({ ...s, identity: { ...s.identity, emails: ['not an address'] } }), (s) => s.identity, { name: 'Alice', emails: [] }],
    ['an unknown time zone', (s) => ({ ...s, calendar: { ...s.calendar, timeZone: 'Mars/Olympus' } }), (s) => s.calendar.timeZone, 'Europe/London'],
    ['a bad Trac field name drops the custom fields', (s) => ({ ...s, trac: { ...s.trac, customFields: { 'x}}}': 'y' } } }), (s) => s.trac.customFields, {}],
  ])('%s, and keeps the rest', (_what, spoil, read, expected) => {
    const { settings, problems } = settingsAsRead(spoil(good), checks);
    expect(read(settings)).toEqual(expected);
    expect(problems.length).toBeGreaterThan(0);
    expect(settings.trac.baseUrl === '' || settings.trac.baseUrl === good.trac.baseUrl).toBe(true);
    expect(settings.identity.name).toBe('Alice');
  });
});
