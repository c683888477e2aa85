import { describe, expect, it } from 'vitest';
import { distinctiveWords, duplicateQueryUrl, rankDuplicates } from './duplicate-query';
import type { TracTicketRow } from './ticket-csv';

describe('distinctiveWords', () => {
  it.each([
    ['Re: Upload fails with 550 on files over 2 GB', ['Upload', 'fails', '550', 'files']],
    ['FTPGate Server 4.2: passive-mode transfers time out after upgrade', ['FTPGate', 'passive', 'transfers', 'upgrade']],
    ['AW: WG: MaxFileSize error after upgrade', ['MaxFileSize', 'upgrade']],
    ['Help please!!!', []],
    ['LDAP', ['LDAP']],
    ['', []],
    ['Übertragung bricht ab bei großen Dateien', ['Übertragung', 'bricht', 'großen', 'Dateien']],
  ])('%j', (subject, words) => {
    expect(distinctiveWords(subject)).toEqual(words);
  });
});

describe('duplicateQueryUrl', () => {
  it('asks for open tickets containing any distinctive word, as CSV', () => {
    const url = new URL(duplicateQueryUrl('https://trac.example.com/project/', 'Re: Upload fails with 550 on files over 2 GB'));
    expect(url.origin + url.pathname).toBe('https://trac.example.com/project/query');
    expect(url.searchParams.get('format')).toBe('csv');
    expect(url.searchParams.get('status')).toBe('!closed');
    expect(url.searchParams.getAll('summary')).toEqual(['~Upload', '~fails', '~550', '~files']);
    expect(url.searchParams.getAll('col')).toContain('status');
    expect(url.search).toContain('status=%21closed');
    expect(url.search).toContain('summary=%7E550');
  });

  it('encodes words that are not ASCII', () => {
    const url = duplicateQueryUrl('https://trac.example.com', 'Übertragung #12 & co');
    expect(url).toContain('summary=%7E%C3%9Cbertragung');
    expect(url).not.toContain('#');
  });
});

const row = (id: number, summary: string): TracTicketRow => ({
  id, summary, status: 'new', resolution: '', type: 'defect', priority: 'high', owner: '', reporter: '', component: '', milestone: '', version: '', keywords: '', fields: {},
});

describe('rankDuplicates', () => {
  it('puts tickets sharing most words first and drops weak matches', () => {
    const tickets = [row(4690, 'Upload page layout'), row(4702, '550 on STOR of large files'), row(4711, 'Upload fails with 550 for files > 2 GB'), row(4720, 'Files over 2 GB fail with 550')];
    expect(rankDuplicates(tickets, 'Upload fails with 550 on files over 2 GB').map((ticket) => ticket.id)).toEqual([4711, 4720, 4702]);
  });

  it('needs only the words there are', () => {
    expect(rankDuplicates([row(1, 'LDAP bind fails'), row(2, 'Proxy')], 'LDAP').map((ticket) => ticket.id)).toEqual([1]);
    expect(rankDuplicates([row(1, 'anything')], 'Help please')).toEqual([]);
  });
});
