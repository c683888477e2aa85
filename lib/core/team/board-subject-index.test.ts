import { describe, expect, it } from 'vitest';
import { BoardSubjectIndex, type IndexedEntry } from './board-subject-index';

const entry = (subject: string, customerEmail: string, closed = false): IndexedEntry => ({ subject, customerEmail, closed });
const STAFF = new Set(['support@ftpgate.example.com', 'alice@ftpgate.example.com']);
const row = (subject: string, lastSenderEmail: string | null) => ({ threadId: '19a1b2c3d4e5f607', subject, lastSenderEmail });

function board(): BoardSubjectIndex {
  const index = new BoardSubjectIndex();
  index.set('conv-upload', entry('Uploads stall after upgrade to 5.2', 'Dana@Customer.example'));
  index.set('conv-help-1', entry('Help', 'erin@one.example'));
  index.set('conv-help-2', entry('Help', 'frank@two.example'));
  index.set('conv-closed', entry('Licence renewal', 'gina@three.example', true));
  return index;
}

describe('a mailbox list row finds the team case it shows', () => {
  it.each([
    ['the customer wrote last, subject as sent', row('Uploads stall after upgrade to 5.2', 'dana@customer.example'), 'conv-upload'],
    ['a reply prefix and list tag are not part of the subject', row('Re: [ftpgate-help] RE: uploads stall after upgrade to 5.2', 'dana@customer.example'), 'conv-upload'],
    ['staff answered last', row('Re: Uploads stall after upgrade to 5.2', 'alice@ftpgate.example.com'), 'conv-upload'],
    ['the sender is not known', row('Uploads stall after upgrade to 5.2', null), 'conv-upload'],
    ['someone else wrote with the same subject: not that case', row('Uploads stall after upgrade to 5.2', 'mallory@evil.example'), null],
    ['two open cases share the subject, the customer tells them apart', row('Re: Help', 'frank@two.example'), 'conv-help-2'],
    ['two open cases share the subject and staff wrote last: none', row('Re: Help', 'support@ftpgate.example.com'), null],
    ['a closed case shows no chip', row('Licence renewal', 'gina@three.example'), null],
    ['another subject', row('Uploads stall', 'dana@customer.example'), null],
    ['an empty subject matches nothing', row('', null), null],
  ])('%s', (_what, seen, expected) => {
    expect(board().match(seen, STAFF)).toBe(expected);
  });

  it('follows the board: a changed subject, a closed case and a removed entry', () => {
    const index = board();
    index.set('conv-upload', entry('Uploads still stall', 'dana@customer.example'));
    expect(index.match(row('Uploads stall after upgrade to 5.2', 'dana@customer.example'), STAFF)).toBeNull();
    expect(index.match(row('Re: Uploads still stall', 'dana@customer.example'), STAFF)).toBe('conv-upload');
    index.set('conv-help-1', entry('Help', 'erin@one.example', true));
    expect(index.match(row('Help', 'support@ftpgate.example.com'), STAFF)).toBe('conv-help-2');
    index.set('conv-help-2', null);
    expect(index.match(row('Help', 'frank@two.example'), STAFF)).toBeNull();
    expect(index.size).toBe(1);
  });

  it('compares subjects as the board stores them (cut at 200 characters)', () => {
    const index = new BoardSubjectIndex();
    const long = `Uploads stall ${'x'.repeat(400)}`;
    index.set('conv-long', entry(long.slice(0, 200), 'dana@customer.example'));
    expect(index.match(row(long, 'dana@customer.example'), STAFF)).toBe('conv-long');
  });

  it('stays fast with thousands of cases and a hostile subject', () => {
    const index = new BoardSubjectIndex();
    for (let i = 0; i < 5_000; i += 1) index.set(`conv-${i}`, entry('Help', `c${i}@customer.example`));
    // 5,000 cases with one subject: a row from one of them is still found, one from staff is not guessed.
    expect(index.match(row('Re: Help', 'c4321@customer.example'), STAFF)).toBe('conv-4321');
    expect(index.match(row('Re: Help', 'alice@ftpgate.example.com'), STAFF)).toBeNull();
    const hostile = `${'Re: '.repeat(50_000)}[a] `.repeat(2);
    expect(index.match(row(hostile, 'x@y.example'), STAFF)).toBeNull();
  });
});
