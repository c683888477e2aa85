import { describe, expect, it } from 'vitest';
import { setupGaps, setupNotice } from './setup-gaps';

const none = { identity: { name: '', emails: [] as string[] }, supportAddresses: [] as string[], supportLabels: [] as string[] };

describe('setupGaps and setupNotice', () => {
  it.each([
    ['nothing set', none, ['identity', 'support-mail'], 'Casebook is not set up yet: your email address and the support address or Gmail label that marks support mail are missing, so it cannot tell which conversations are support cases on its own.'],
    ['only who you are', { ...none, identity: { name: 'Ada', emails: ['ada@example.com'] } }, ['support-mail'], 'Casebook is not set up yet: the support address or Gmail label that marks support mail is missing, so it cannot tell which conversations are support cases on its own.'],
    ['only a support label', { ...none, supportLabels: ['Support'] }, ['identity'], 'Casebook is not set up yet: your email address is missing, so it cannot tell which conversations are support cases on its own.'],
    ['everything', { identity: { name: '', emails: ['ada@example.com'] }, supportAddresses: ['support@example.com'], supportLabels: [] }, [], null],
  ])('%s', (_name, settings, sections, text) => {
    const gaps = setupGaps(settings);
    expect(gaps.map((gap) => gap.section)).toEqual(sections);
    const notice = setupNotice(gaps);
    expect(notice?.text ?? null).toBe(text);
    expect(notice?.section ?? null).toBe(sections[0] ?? null);
  });
});
