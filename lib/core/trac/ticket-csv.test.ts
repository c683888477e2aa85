import { describe, expect, it } from 'vitest';
import { parseCsv } from './parse-csv';
import { parseQueryCsv, parseTicketCsv } from './ticket-csv';

describe('parseCsv', () => {
  it.each([
    ['plain', 'a,b,c\n1,2,3\n', [['a', 'b', 'c'], ['1', '2', '3']]],
    ['CRLF and no final newline', 'a,b\r\n1,2', [['a', 'b'], ['1', '2']]],
    ['old Mac CR', 'a,b\r1,2\r', [['a', 'b'], ['1', '2']]],
    ['BOM', '\uFEFFid,summary\r\n1,x\r\n', [['id', 'summary'], ['1', 'x']]],
    ['quoted comma', 'a,"b, c",d', [['a', 'b, c', 'd']]],
    ['escaped quotes', '"He said ""550"""', [['He said "550"']]],
    ['newlines inside quotes', '"line 1\r\nline 2\nline 3",x', [['line 1\r\nline 2\nline 3', 'x']]],
    ['empty fields', ',,\n', [['', '', '']]],
    ['blank lines skipped', 'a\n\n\nb\n', [['a'], ['b']]],
    ['unicode', 'summary\n"Übertragung ✓ 🚀 مرحبا"', [['summary'], ['Übertragung ✓ 🚀 مرحبا']]],
  ])('%s', (_title, text, rows) => {
    expect(parseCsv(text)).toEqual({ ok: true, rows });
  });

  it('reports an unterminated quote with its line', () => {
    expect(parseCsv('id,summary\n1,"cut short\nby a proxy')).toEqual({
      ok: false,
      problem: 'a quoted field opened on line 2 is never closed (the answer was cut short?)',
    });
  });
});

// Trac 1.6 `/ticket/N?format=csv`: BOM, CRLF, header with every field, custom ones last.
const TICKET_CSV =
  '\uFEFFid,summary,reporter,owner,description,type,status,priority,milestone,component,version,resolution,keywords,cc,customer\r\n' +
  '4711,"Upload fails with 550 on files over 2 GB, MaxFileSize default",sam.ortega,priya,"== Customer ==\r\n||= Name =|| Dana ||\r\n{{{\r\nsays ""550""\r\n}}}",defect,closed,high,4.2.1,server,4.2,fixed,"support, upload",,Harborline\r\n';

describe('parseTicketCsv', () => {
  it('reads a real ticket export', () => {
    const result = parseTicketCsv(TICKET_CSV);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.ticket).toMatchObject({
      id: 4711,
      summary: 'Upload fails with 550 on files over 2 GB, MaxFileSize default',
      status: 'closed',
      resolution: 'fixed',
      type: 'defect',
      priority: 'high',
      owner: 'priya',
      reporter: 'sam.ortega',
      component: 'server',
      milestone: '4.2.1',
      version: '4.2',
      keywords: 'support, upload',
    });
    expect(result.ticket.fields.customer).toBe('Harborline');
    expect(result.ticket.fields.description).toContain('says "550"');
  });

  it('fills columns a minimal export lacks', () => {
    const result = parseTicketCsv('id,summary,status\n12,Short,new\n');
    expect(result).toMatchObject({ ok: true, ticket: { id: 12, status: 'new', resolution: '', owner: '' } });
  });

  it.each([
    ['', 'Trac sent an empty answer.'],
    ['\uFEFF  \r\n', 'Trac sent an empty answer.'],
    ['<!DOCTYPE html>\n<html><head><title>Login – Trac</title>', 'Trac sent a web page instead of CSV'],
    ['  <html lang="en">403 Forbidden', 'Trac sent a web page instead of CSV'],
    ['name,value\nx,1\n', 'no "id" column'],
    ['id,summary,status\n', 'header but no ticket row'],
    ['id,summary\nabc,x\n', 'row 2 has "abc" as ticket id'],
    ['id,summary\n4711,"cut short by a proxy', 'never closed'],
  ])('explains %j', (text, wording) => {
    const result = parseTicketCsv(text);
    expect(result.ok).toBe(false);
    expect(result.ok ? '' : result.problem).toContain(wording);
  });
});

describe('parseQueryCsv', () => {
  it('reads several tickets and an empty result', () => {
    const text = '\uFEFFid,summary,status,type,priority,owner,component\r\n4711,Upload fails with 550,new,defect,high,priya,server\r\n4702,"550 on STOR, large files",assigned,defect,major,sam,server\r\n';
    const result = parseQueryCsv(text);
    expect(result.ok && result.tickets.map((ticket) => [ticket.id, ticket.summary, ticket.status])).toEqual([
      [4711, 'Upload fails with 550', 'new'],
      [4702, '550 on STOR, large files', 'assigned'],
    ]);
    expect(parseQueryCsv('id,summary,status\r\n')).toEqual({ ok: true, tickets: [] });
  });
});
