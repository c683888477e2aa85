import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { freshDataDir } from './helpers/data-dir.ts';
import { connectClient, eventually, type Client } from './helpers/provider-client.ts';
import { adminRequest, memberToken, startServer, type Joined, type ServerProcess } from './helpers/server-process.ts';

/** A team template as the extension writes it (lib/model/team-documents.ts): its body a Y.Text. */
function teamTemplate(name: string, text: string): Y.Map<unknown> {
  const template = new Y.Map<unknown>();
  const body = new Y.Text();
  body.insert(0, text);
  for (const [key, value] of Object.entries({ name, body, category: null, updatedAt: 1, updatedBy: 'max@example.com' })) template.set(key, value);
  return template;
}

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
    const addresses = (c: Client): unknown => JSON.stringify(c.doc.getMap('settings').get('supportAddresses'));
    a.doc.getMap('settings').set('supportAddresses', ['support@example.com']);
    await eventually(() => addresses(m) === '["support@example.com"]', 5000, 'member reads the setting');
    m.doc.getMap('settings').set('supportAddresses', ['max@example.com']);
    await new Promise((resolve) => setTimeout(resolve, 1500));
    expect(addresses(a)).toBe('["support@example.com"]');
    expect(m.provider.unsyncedChanges).toBeGreaterThan(0); // the server never acknowledged it
  });

  it('lets members and the admin edit templates together; a viewer reads them only', async () => {
    const a = client('support/templates', admin);
    const m = client('support/templates', member);
    const v = client('support/templates', viewer);
    await Promise.all([a.synced(), m.synced(), v.synced()]);
    const body = (c: Client): string => String((c.doc.getMap('templates').get('team:greeting') as Y.Map<unknown> | undefined)?.get('body') ?? '');
    m.doc.getMap('templates').set('team:greeting', teamTemplate('Greeting', 'Hello,'));
    await eventually(() => body(a) === 'Hello,' && body(v) === 'Hello,', 5000, 'template everywhere');
    (v.doc.getMap('templates').get('team:greeting') as Y.Map<Y.Text>).get('body')!.insert(0, 'Yo');
    await new Promise((resolve) => setTimeout(resolve, 1500));
    expect(body(a)).toBe('Hello,');
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
