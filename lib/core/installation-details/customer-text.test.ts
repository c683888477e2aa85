import { describe, expect, it } from 'vitest';
import { clauseAround, evidenceLine, ownWords, sentenceAround } from './customer-text';

describe('ownWords', () => {
  it.each([
    ['Gmail history', 'Thanks!\n\nOn Mon, Jan 6, 2025 at 9:41 AM Sam Ortega <support@example.com> wrote:\n> Use 4.2', 'Thanks!\n\n'],
    ['Gmail history wrapped over two lines', 'Done.\nOn Mon, Jan 6, 2025 at 9:41 AM Sam Ortega <\nsupport@example.com> wrote:\nold', 'Done.\n'],
    ['German client', 'Danke.\nAm 06.01.2025 um 09:41 schrieb Sam Ortega <support@example.com>:\nalt', 'Danke.\n'],
    ['Outlook original message', 'We are on 4.1.\n-----Original Message-----\nFrom: Support', 'We are on 4.1.\n'],
    ['Outlook From/Sent header', 'Yes.\r\n\r\nFrom: FTPGate Support <support@example.com>\r\nSent: Monday, January 6, 2025 10:03\r\nSubject: Re', 'Yes.\n\n'],
    ['quoted lines in the middle', 'My answer:\n> your question\nthe rest', 'My answer:\nthe rest'],
    ['curl transcript lines are not quotes', '> PUT /upload HTTP/1.1\n< HTTP/1.1 413 Too Large', '> PUT /upload HTTP/1.1\n< HTTP/1.1 413 Too Large'],
    ['nothing to strip', 'Plain message.', 'Plain message.'],
  ])('%s', (_title, text, expected) => {
    expect(ownWords(text)).toBe(expected);
  });
});

describe('sentenceAround and clauseAround', () => {
  const text = 'We upgraded to 4.2.1 last week, but SFTP fails. Is 4.3 better?';
  it.each([
    ['4.2.1', 'We upgraded to 4.2.1 last week, but SFTP fails', 'We upgraded to 4.2.1 last week'],
    ['SFTP', 'We upgraded to 4.2.1 last week, but SFTP fails', ' SFTP fails'],
    ['4.3', ' Is 4.3 better?', ' Is 4.3 better?'],
  ])('%s', (needle, sentence, clause) => {
    const start = text.indexOf(needle);
    const end = start + needle.length;
    expect(sentenceAround(text, start, end).whole).toBe(sentence);
    expect(clauseAround(text, start, end).whole).toBe(clause);
  });
});

describe('evidenceLine', () => {
  it('returns the whole short line', () => {
    const text = 'Hi,\nWe are on Windows Server 2022.\nThanks';
    const start = text.indexOf('Windows');
    expect(evidenceLine(text, start, start + 7)).toBe('We are on Windows Server 2022.');
  });

  it('cuts a long line around the match', () => {
    const text = `${'x'.repeat(500)} FTPGate 4.2 ${'y'.repeat(500)}`;
    const start = text.indexOf('FTPGate');
    const line = evidenceLine(text, start, start + 11, 60);
    expect(line).toContain('FTPGate 4.2');
    expect(line.startsWith('…') && line.endsWith('…')).toBe(true);
    expect(line.length).toBeLessThanOrEqual(62);
  });
});
