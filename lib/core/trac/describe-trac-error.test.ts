import { describe, expect, it } from 'vitest';
import { describeTracProblem, problemFromStatus, type TracAction, type TracProblem } from './describe-trac-error';

describe('describeTracProblem', () => {
  it.each<[TracProblem, string]>([
    [{ kind: 'no_base_url' }, 'No Trac address is set. Add it in Options → Trac'],
    [{ kind: 'invalid_base_url', reason: 'A Trac address starts with https:// (or http://).' }, 'is not usable: A Trac address starts with https://'],
    [{ kind: 'permission_refused', origin: 'https://trac.example.com' }, 'may not read from https://trac.example.com'],
    [{ kind: 'unreachable', origin: 'https://trac.example.com' }, 'could not be reached. Check your network or VPN'],
    [{ kind: 'not_csv', reason: 'Trac sent a web page instead of CSV.' }, "Trac's answer could not be read: Trac sent a web page"],
    [{ kind: 'http_status', status: 401, action: 'read_ticket' }, 'Trac asks you to log in'],
    [{ kind: 'http_status', status: 403, action: 'create_ticket' }, 'may not create tickets: it needs the TICKET_CREATE permission'],
    [{ kind: 'http_status', status: 403, action: 'read_ticket' }, 'may not view tickets: it needs the TICKET_VIEW permission'],
    [{ kind: 'http_status', status: 403, action: 'search_tickets' }, 'may not search tickets: it needs the TICKET_VIEW permission'],
    [{ kind: 'http_status', status: 404, action: 'read_ticket' }, 'Trac has no such ticket'],
    [{ kind: 'http_status', status: 404, action: 'create_ticket' }, 'Trac has no such page'],
    [{ kind: 'http_status', status: 414, action: 'create_ticket' }, 'refused the link as too long'],
    [{ kind: 'http_status', status: 502, action: 'read_ticket' }, 'internal error (HTTP 502)'],
    [{ kind: 'http_status', status: 418, action: 'read_ticket' }, 'Trac answered with HTTP 418.'],
  ])('%j', (problem, wording) => {
    expect(describeTracProblem(problem)).toContain(wording);
  });
});

describe('problemFromStatus', () => {
  it.each<[number, TracAction, TracProblem | null]>([
    [200, 'read_ticket', null],
    [204, 'search_tickets', null],
    [403, 'create_ticket', { kind: 'http_status', status: 403, action: 'create_ticket' }],
    [500, 'read_ticket', { kind: 'http_status', status: 500, action: 'read_ticket' }],
  ])('%i while %s', (status, action, problem) => {
    expect(problemFromStatus(status, action)).toEqual(problem);
  });
});
