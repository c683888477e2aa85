import { describe, expect, it } from 'vitest';
import { classifyText } from './classify';
import type { TermPlace } from './features';
import { countInWords, phraseOf } from './reasons';
import * as mail from './samples';
import { context } from './test-support';

const words = (text: string): string[] => text.split(' ');
const at = (text: string, first: number, last = first, field: 'title' | 'body' = 'body'): TermPlace => ({ part: field === 'title' ? 0 : 1, field, first, last, words: words(text) });

describe('phraseOf: a feature as a reader sees it', () => {
  it.each<{ name: string; place: TermPlace | null; expected: string }>([
    { name: 'a word, with the words around it', place: at('the nightly checksum still running when transfer aborted', 2), expected: '"the nightly checksum still running…"' },
    { name: 'a word in the middle, cut on both sides', place: at('so the nightly checksum still running when transfer aborted', 3), expected: '"…the nightly checksum still running…"' },
    { name: 'a word pair at the start of the text', place: at('transfer aborted after checksum', 0, 1), expected: '"transfer aborted after checksum"' },
    { name: 'a subject word says where it stands', place: at('crash on startup', 0, 0, 'title'), expected: 'subject: "crash on startup"' },
    { name: 'a number alone: nothing', place: at('limit of 104857600 bytes exceeded', 2), expected: '' },
    { name: 'a unit alone: nothing', place: at('limit of 104857600 bytes exceeded', 3), expected: '' },
    { name: 'a number and its unit: nothing', place: at('limit of 104857600 bytes exceeded', 2, 3), expected: '' },
    { name: 'filler words: nothing', place: at('most of the time', 1, 2), expected: '' },
    { name: 'a fragment becomes the phrase around it', place: at('please close the ticket', 1, 2), expected: '"please close the ticket"' },
    { name: 'a time zone: nothing', place: at('at 10:00 utc today', 2), expected: '' },
    { name: 'a spelled number: nothing', place: at('three of them failed', 0), expected: '' },
    { name: 'a stack trace, in words', place: { cue: 'stack trace' }, expected: 'a stack trace' },
    { name: 'a question mark in the subject, in words', place: { cue: 'question mark in subject' }, expected: 'a question mark in the subject' },
    { name: 'an unknown cue: nothing', place: { cue: 'xyz' }, expected: '' },
    { name: 'an unknown feature: nothing', place: null, expected: '' },
  ])('$name', ({ place, expected }) => {
    expect(phraseOf(place)).toBe(expected);
  });

  it.each([
    [4, 'four'],
    [12, 'twelve'],
    [13, '13'],
  ])('counts %i as "%s"', (count, expected) => {
    expect(countInWords(count)).toBe(expected);
  });
});

/** A reason is words: quoted text with a real word in it, a cue or a rule in words; never a bare number. */
const READABLE = /[a-z]{3,}/i;
const BARE = /^"?[\d\s.,:…]*"?$/;

describe('classifyText: at most three reasons a person understands', () => {
  it.each([
    { name: 'defect with a log', mail: mail.DEFECT },
    { name: 'how-to question', mail: mail.QUESTION },
    { name: 'feature request', mail: mail.FEATURE_REQUEST },
    { name: 'licence renewal', mail: mail.LICENCE_RENEWAL },
    { name: 'chat transcript', mail: mail.CHAT_TRANSCRIPT },
    {
      name: 'numbers, units and time zones everywhere',
      mail: { subject: 'Upload limit', body: 'Upload of 104857600 bytes at 10:00 UTC stopped at 3 of 4 servers; close the session, three retries, still failing with a timeout.' },
    },
  ])('$name', ({ mail: input }) => {
    const { reasons } = classifyText({ from: 'tom@customer.example', ...input }, context());
    expect(reasons.length).toBeGreaterThan(0);
    expect(reasons.length).toBeLessThanOrEqual(3);
    for (const reason of reasons) {
      expect(reason).toMatch(READABLE);
      expect(reason).not.toMatch(BARE);
      expect(['"bytes"', '"utc"', '"three"', '"close the"', '"104857600 bytes"']).not.toContain(reason);
    }
  });

  it('quotes the telling words of a defect with their neighbours', () => {
    const { reasons } = classifyText({ from: 'tom@customer.example', ...mail.DEFECT }, context());
    expect(reasons.some((reason) => /^(subject: )?"…?\S+( \S+){2,}…?"$/.test(reason))).toBe(true);
  });
});
