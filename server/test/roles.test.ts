import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freshDataDir } from './helpers/data-dir.ts';
import { connectClient, eventually, type Client } from './helpers/provider-client.ts';
import { adminRequest, memberToken, startServer, type Joined, type ServerProcess } from './helpers/server-process.ts';

describe('roles on the server', () => {
  const dataDir = freshDataDir();
  let server: ServerProcess;
  let admin: Joined;
  let member: Joined;
  let viewer: Joined;
  const clients: Client[] = [];
  const client = (name: string, who: Joined): Client => {
    const c = connectClient(server.url, name, who.token);
    clients.push(c);
    return c;
  };

  beforeAll(async () => {
    server = await startServer(dataDir);
    admin = await memberToken(server, dataDir, 'ada@example.com', '--role', 'admin');
    member = await memberToken(server, dataDir, 'max@example.com');
    viewer = await memberToken(server, dataDir, 'sam@example.com', '--role', 'viewer');
  });
  afterAll(async () => {
    for (const c of clients) c.destroy();
    await server.stop();
  });

  it('lets the admin change team settings, and refuses a member the same change, logging the refusal', async () => {
    const a = client('support/settings', admin);
    const m = client('support/settings', member);
    await Promise.all([a.synced(), m.synced()]);
    a.doc.getMap('settings').set('supportAddress', 'support@example.com');
    await eventually(() => m.doc.getMap('settings').get('supportAddress') === 'support@example.com', 5000, 'member reads the setting');
    m.doc.getMap('settings').set('supportAddress', 'max@example.com');
    await new Promise((resolve) => setTimeout(resolve, 1500));
    expect(a.doc.getMap('settings').get('supportAddress')).toBe('support@example.com');
    expect(m.provider.unsyncedChanges).toBeGreaterThan(0); // the server never acknowledged it
  });

  it('lets members and the admin edit templates together; a viewer reads them only', async () => {
    const a = client('support/templates', admin);
    const m = client('support/templates', member);
    const v = client('support/templates', viewer);
    await Promise.all([a.synced(), m.synced(), v.synced()]);
    m.doc.getMap('templates').set('greeting', 'Hello,');
    await eventually(() => a.doc.getMap('templates').get('greeting') === 'Hello,' && v.doc.getMap('templates').get('greeting') === 'Hello,', 5000, 'template everywhere');
    v.doc.getMap('templates').set('greeting', 'Yo');
    await new Promise((resolve) => setTimeout(resolve, 1500));
    expect(a.doc.getMap('templates').get('greeting')).toBe('Hello,');
  });

  it('writes joins and refused writes to the audit log, without content', async () => {
    const result = (await adminRequest(dataDir, { command: 'audit' })) as { entries: { actor: string; action: string; subject: string; detail: string }[] };
    const summary = result.entries.map((e) => `${e.actor} ${e.action} ${e.subject} ${e.detail}`);
    expect(summary).toContain('admin member-added max@example.com role member');
    expect(summary).toContain('max@example.com device-joined max@example.com test');
    expect(summary).toContain('max@example.com write-refused support/settings role member');
    expect(summary).toContain('sam@example.com write-refused support/templates role viewer');
    expect(JSON.stringify(result)).not.toContain('Yo');
  });
});
