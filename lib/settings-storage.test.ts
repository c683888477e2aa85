import { describe, expect, it } from 'vitest';
import { defaultSettings } from './model/settings';
import { settingsOrDefaults } from './settings-storage';

describe('settingsOrDefaults', () => {
  it('keeps valid stored sections and fills missing ones with defaults', () => {
    const read = settingsOrDefaults({ identity: { name: 'Lena', emails: ['helpdesk@example.net'] } });
    expect(read.identity.name).toBe('Lena');
    expect(read.calendar).toEqual(defaultSettings.calendar);
  });

  it('a damaged section falls back alone; the others survive', () => {
    const read = settingsOrDefaults({
      identity: { name: 'Lena', emails: ['helpdesk@example.net'] },
      calendar: { ...defaultSettings.calendar, start: '9 o’clock' },
    });
    expect(read.calendar).toEqual(defaultSettings.calendar);
    expect(read.identity.name).toBe('Lena');
  });

  it('anything that is not an object reads as the defaults', () => {
    expect(settingsOrDefaults('garbage')).toEqual(defaultSettings);
    expect(settingsOrDefaults(null)).toEqual(defaultSettings);
  });
});
