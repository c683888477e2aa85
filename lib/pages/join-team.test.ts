import { describe, expect, it } from 'vitest';
import { joinTeam, tidyJoinCode } from './join-team';

const answer = {
  token: 'dt_0123456789abcdef0123456789abcdef',
  team: { id: 'support', name: 'Support' },
  member: { email: 'alice@example.com', name: 'Alice', role: 'member' },
  members: [{ email: 'alice@example.com', name: 'Alice', role: 'member' }],
};
const replying = (status: number, body: unknown) => (async () => new Response(JSON.stringify(body), { status })) as unknown as typeof fetch;

describe('joinTeam', () => {
  it('trades the code for a token and keeps where to connect', async () => {
    const sent: { url: string; body: string }[] = [];
    const fetchImpl = (async (url: string, init: RequestInit) => {
      sent.push({ url, body: String(init.body) });
      return new Response(JSON.stringify(answer), { status: 200 });
    }) as unknown as typeof fetch;
    const outcome = await joinTeam('localhost:8787', 'abcd efgh ijkl', 'Chromium on laptop', 5, fetchImpl);
    expect(outcome).toEqual({ ok: true, membership: { socketUrl: 'ws://localhost:8787', httpUrl: 'http://localhost:8787', team: answer.team, token: answer.token, member: answer.member, joinedAt: 5 } });
    expect(sent).toEqual([{ url: 'http://localhost:8787/join', body: JSON.stringify({ code: 'ABCD-EFGH-IJKL', device: 'Chromium on laptop' }) }]);
  });

  it.each<[string, string, string, typeof fetch, RegExp]>([
    ['a cleartext remote address', 'ws://10.1.2.3:8787', 'ABCD-EFGH-IJKL', replying(200, answer), /unencrypted/],
    ['a malformed code', 'localhost:8787', 'abc', replying(200, answer), /looks like XXXX-XXXX-XXXX/],
    ['a server that is down', 'localhost:1', 'ABCD-EFGH-IJKL', (async () => { throw new TypeError('Failed to fetch'); }) as unknown as typeof fetch, /No team server answers at http:\/\/localhost:1/],
    ['a used code (the server says why)', 'localhost:8787', 'ABCD-EFGH-IJKL', replying(410, { error: 'This join code was already used. Ask your admin for a new one.' }), /already used/],
    ['another kind of server', 'localhost:8787', 'ABCD-EFGH-IJKL', replying(200, { hello: 'world' }), /not as a Casebook team server/],
    ['an error page', 'localhost:8787', 'ABCD-EFGH-IJKL', replying(502, '<html>'), /answered 502/],
    ['a hostile answer (markup as a team name is just text, but an odd id is refused)', 'localhost:8787', 'ABCD-EFGH-IJKL', replying(200, { ...answer, team: { id: '../other', name: '<img src=x>' } }), /not as a Casebook team server/],
  ])('says plainly: %s', async (_what, address, code, fetchImpl, problem) => {
    const outcome = await joinTeam(address, code, 'device', 0, fetchImpl);
    expect(outcome.ok).toBe(false);
    if (!outcome.ok) expect(outcome.problem).toMatch(problem);
  });

  it.each([
    ['abcd-efgh-ijkl', 'ABCD-EFGH-IJKL'],
    [' ABCD EFGH IJKL ', 'ABCD-EFGH-IJKL'],
    ['abcdefghijkl', 'ABCD-EFGH-IJKL'],
  ])('tidyJoinCode(%j) = %s', (typed, tidy) => {
    expect(tidyJoinCode(typed)).toBe(tidy);
  });
});
