import { describe, expect, it } from 'vitest';
import { applyThread } from '../core/case/derive-from-thread';
import { context, message, people, thread } from '../core/case/test-support';
import { casesToCsv, csvField } from './cases-csv';

describe('csvField', () => {
  it.each([
    ['plain', 'plain'],
    ['Doe, Jane', '"Doe, Jane"'],
    ['The "new" build', '"The ""new"" build"'],
    ['line one\nline two', '"line one\nline two"'],
    ['=HYPERLINK("http://evil.example","click")', `"'=HYPERLINK(""http://evil.example"",""click"")"`],
    ['+44 20 7946 0000', "'+44 20 7946 0000"],
    ['@SUM(A1)', "'@SUM(A1)"],
    ['-1+1', "'-1+1"],
    ['', ''],
  ])('%j -> %j', (value, expected) => {
    expect(csvField(value)).toBe(expected);
  });
});

describe('casesToCsv', () => {
  it('writes a header and one row per case, with a BOM and CRLF', () => {
    const c = applyThread(null, thread([message(people.jane, '2025-11-03T10:00:00Z')], { subject: 'Upload fails, "again"' }), context('2025-11-03T10:05:00Z')).case;
    const csv = casesToCsv([{ ...c, tickets: [{ number: 4211, url: '', linkedAt: 0, status: null, resolution: null, checkedAt: null }] }]);
    const [header, row, end] = csv.slice(1).split('\r\n');
    expect(csv.startsWith('\uFEFF')).toBe(true);
    expect(header).toBe('id,subject,customer_name,customer_email,organisation,originator,source,status,owner,category,created_utc,updated_utc,due_utc,needs_response,reopened,trac_tickets,conversation_url');
    expect(row).toBe(
      'gmail:alice@casebook-vendor.com:18c2f4a9b7e0d123,"Upload fails, ""again""",Jane Doe,jane.doe@example-corp.co.uk,Example Corp,customer,email,new,,,' +
        '2025-11-03T10:00:00.000Z,2025-11-03T10:05:00.000Z,2025-11-04T17:30:00.000Z,yes,0,#4211,https://mail.google.com/mail/u/0/#inbox/18c2f4a9b7e0d123',
    );
    expect(end).toBe('');
  });
});
