import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { freshDataDir } from './helpers/data-dir.ts';
import { connectClient, eventually, type Client } from './helpers/provider-client.ts';
import { connectRaw } from './helpers/raw-client.ts';
import { cli, memberToken, startServer, type Joined, type ServerProcess } from './helpers/server-process.ts';

describe('documents through the server', () => {
  const dataDir = freshDataDir();
  let server: ServerProcess;
  let alice: Joined;
  let bob: Joined;
  const clients: Client[] = [];
  const client = (name: string, token: string): Client => {
    const c = connectClient(server.url, name, token);
    clients.push(c);
    return c;
  };

  beforeAll(async () => {
    server = await startServer(dataDir);
    alice = await memberToken(server, dataDir, 'alice@example.com', '--name', 'Alice', '--role', 'admin');
    bob = await memberToken(server, dataDir, 'bob@example.com', '--name', 'Bob');
  });
  afterAll(async () => {
    for (const c of clients) c.destroy();
    await server.stop();
  });

  it('lets two members converge on the board', async () => {
    const a = client('support/board', alice.token);
    const b = client('support/board', bob.token);
    await Promise.all([a.synced(), b.synced()]);
    a.doc.getMap('cases').set('c1', 'open');
    b.doc.getMap('cases').set('c2', 'waiting');
    await eventually(() => a.doc.getMap('cases').size === 2 && b.doc.getMap('cases').size === 2, 5000, 'convergence');
    expect(b.doc.getMap('cases').toJSON()).toEqual({ c1: 'open', c2: 'waiting' });
  });

  it('keeps the data across a server restart', async () => {
    const a = client('support/cases/s07', alice.token);
    await a.synced();
    a.doc.getText('notes').insert(0, 'called the customer');
    await eventually(() => a.provider.unsyncedChanges === 0, 5000, 'ack');
    a.destroy();
    await server.stop();
    server = await startServer(dataDir);
    const b = client('support/cases/s07', bob.token);
    await b.synced();
    expect(b.doc.getText('notes').toString()).toBe('called the customer');
  });

  it('refuses a bad token', async () => {
    const c = client('support/board', 'x'.repeat(43));
    await eventually(() => c.refusals.length > 0, 5000, 'refusal');
    expect(c.refusals[0]).toBe('invalid-token');
    const d = client('support/board', '');
    await eventually(() => d.refusals.length > 0, 5000, 'refusal');
    expect(d.refusals[0]).toBe('invalid-token');
  });

  it('refuses plain ws:// from another machine unless the trusted proxy says https', async () => {
    const remote = { 'X-Forwarded-For': '203.0.113.7' };
    const plain = await connectRaw(server.url, { ...remote, 'X-Forwarded-Proto': 'http' });
    await expect(plain.authenticate('support/board', alice.token)).rejects.toThrow('tls-required');
    plain.socket.close();
    const proxied = await connectRaw(server.url, { ...remote, 'X-Forwarded-Proto': 'https' });
    await proxied.authenticate('support/board', alice.token);
    proxied.socket.close();
  });

  it("refuses another team's documents and names outside the allow-list", async () => {
    expect(cli(dataDir, ['team', 'add', 'sales', '--name', 'Sales']).status).toBe(0);
    const carol = await memberToken(server, dataDir, 'carol@example.com', '--team', 'sales');
    expect(carol.team.id).toBe('sales');
    const intoSupport = client('support/board', carol.token);
    await eventually(() => intoSupport.refusals.length > 0, 5000, 'refusal');
    expect(intoSupport.refusals[0]).toBe('wrong-team');
    const own = client('sales/board', carol.token);
    await own.synced();
    for (const name of ['support/../sales/board', 'sales/cases/a/b', 'sales/secrets', 'board', 'sales/cases/' + 'x'.repeat(65)]) {
      const odd = client(name, carol.token);
      await eventually(() => odd.refusals.length > 0, 5000, `refusal of ${name}`);
      expect(odd.refusals[0]).toBe('unknown-document');
    }
  });

  it('keeps a viewer read-only: its change reaches neither the others nor the store', async () => {
    const viewer = await memberToken(server, dataDir, 'vera@example.com', '--role', 'viewer');
    const v = client('support/cases/viewer-test', viewer.token);
    const a = client('support/cases/viewer-test', alice.token);
    await Promise.all([v.synced(), a.synced()]);
    a.doc.getMap('case').set('status', 'open');
    await eventually(() => v.doc.getMap('case').get('status') === 'open', 5000, 'viewer reads');
    v.doc.getMap('case').set('status', 'closed by viewer');
    await new Promise((resolve) => setTimeout(resolve, 1500));
    expect(a.doc.getMap('case').get('status')).toBe('open');
    a.destroy();
    v.destroy();
    // A fresh reader sees what the server kept.
    await new Promise((resolve) => setTimeout(resolve, 500));
    const fresh = client('support/cases/viewer-test', bob.token);
    await fresh.synced();
    expect(fresh.doc.getMap('case').get('status')).toBe('open');
  });

  it('keeps the members document in step with add and remove, and clients cannot write it', async () => {
    const m = client('support/members', bob.token);
    await m.synced();
    const members = m.doc.getMap<{ name: string; role: string }>('members');
    await eventually(() => members.has('alice@example.com'), 5000, 'members doc');
    expect(members.get('alice@example.com')).toEqual({ name: 'Alice', role: 'admin' });
    expect(members.get('bob@example.com')).toEqual({ name: 'Bob', role: 'member' });
    expect(members.has('carol@example.com')).toBe(false); // another team

    await memberToken(server, dataDir, 'dan@example.com', '--name', 'Dan');
    await eventually(() => members.get('dan@example.com')?.name === 'Dan', 5000, 'added member');
    expect(cli(dataDir, ['member', 'remove', 'dan@example.com']).status).toBe(0);
    await eventually(() => !members.has('dan@example.com'), 5000, 'removed member');

    // Bob tries to make himself admin: the server does not take it.
    members.set('bob@example.com', { name: 'Bob', role: 'admin' });
    await new Promise((resolve) => setTimeout(resolve, 1000));
    const other = client('support/members', alice.token);
    await other.synced();
    expect(other.doc.getMap('members').get('bob@example.com')).toEqual({ name: 'Bob', role: 'member' });
  });

  it('reconciles the members document with changes made while the server was down', async () => {
    await server.stop();
    expect(cli(dataDir, ['member', 'add', 'erin@example.com', '--name', 'Erin']).status).toBe(0);
    server = await startServer(dataDir);
    const m = client('support/members', alice.token);
    await m.synced();
    expect(m.doc.getMap('members').get('erin@example.com')).toEqual({ name: 'Erin', role: 'member' });
    expect(Y.encodeStateAsUpdate(m.doc).byteLength).toBeGreaterThan(0);
  });

  it('answers admin commands through the running server, with clear errors', () => {
    const list = cli(dataDir, ['member', 'list']);
    expect(list.status).toBe(0);
    expect(list.stdout).toMatch(/support\s+erin@example\.com\s+Erin\s+member\s+active/);
    expect(list.stdout).toMatch(/support\s+dan@example\.com\s+Dan\s+member\s+removed/);
    const missing = cli(dataDir, ['member', 'remove', 'nobody@example.com']);
    expect(missing.status).toBe(1);
    expect(missing.stderr).toContain('nobody@example.com is not a member of any team.');
    expect(cli(dataDir, ['member', 'add', 'x@example.com', '--team', 'nope']).stderr).toContain('There is no team "nope"');
  });
});
