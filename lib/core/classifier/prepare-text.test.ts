import { describe, expect, it } from 'vitest';
import { capText, stripQuotedAndSignature } from './prepare-text';

describe('stripQuotedAndSignature', () => {
  it.each([
    {
      name: 'Gmail quote header and quoted lines',
      body: 'Thanks, that fixed it.\n\nOn Mon, 4 Mar 2024 at 10:00, Anna <anna@support.example.com> wrote:\n> Please restart the service.',
      kept: 'Thanks, that fixed it.',
    },
    { name: 'German quote header', body: 'Danke, das hat geholfen.\n\nAm 04.03.2024 um 10:00 schrieb Anna <anna@example.com>:\n> Bitte neu starten.', kept: 'Danke, das hat geholfen.' },
    { name: 'French quote header', body: 'Merci, ça marche.\n\nLe lun. 4 mars 2024 à 10:00, Anna a écrit :\n> Redémarrez.', kept: 'Merci, ça marche.' },
    {
      name: 'Outlook reply header',
      body: 'See the log attached.\n\nFrom: Anna <anna@support.example.com>\nSent: Monday, March 4, 2024 10:00\nTo: Tom\nSubject: RE: Upload',
      kept: 'See the log attached.',
    },
    { name: 'Original Message rule', body: 'Still failing.\n-----Original Message-----\nFrom: Anna', kept: 'Still failing.' },
    { name: 'signature separator', body: 'The upload works now.\n-- \nTom Baker\nACME Ltd', kept: 'The upload works now.' },
    { name: 'mobile signature', body: 'Will send the log tomorrow.\n\nSent from my iPhone', kept: 'Will send the log tomorrow.' },
    { name: 'interleaved quotes', body: '> Which version?\n4.12.0\n> Which OS?\nWindows Server 2019', kept: '4.12.0\nWindows Server 2019' },
  ])('$name', ({ body, kept }) => {
    expect(stripQuotedAndSignature(body)).toBe(kept);
  });

  it('keeps a forwarded message: its From:/Date: block is content, not history', () => {
    const body = '---------- Forwarded message ---------\nFrom: Olark <transcripts@olark.com>\nDate: Tue, 5 Mar 2024\n\n(14:02:11) Visitor: hi';
    expect(stripQuotedAndSignature(body)).toBe(body);
  });
});

describe('capText', () => {
  const words = Array.from({ length: 200_000 }, (_, i) => `word${i}`).join(' ');

  it('leaves short text alone', () => {
    expect(capText('short text', 100)).toBe('short text');
  });

  it('keeps the head, the tail and slices of the middle within the budget, in whole words', () => {
    const capped = capText(words, 20_000);
    expect(capped.length).toBeLessThanOrEqual(20_000 + 100);
    expect(capped.startsWith('word0 word1 ')).toBe(true);
    expect(capped.endsWith('word199999')).toBe(true);
    const middle = capped.split(/\s+/).filter((token) => Number(token.slice(4)) > 50_000 && Number(token.slice(4)) < 150_000);
    expect(middle.length).toBeGreaterThan(100);
    for (const token of capped.split(/\s+/)) expect(token).toMatch(/^(word\d+|…)$/);
  });
});
