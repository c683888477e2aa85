import { describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { freshDataDir } from './helpers/data-dir.ts';
import { connectClient, eventually } from './helpers/provider-client.ts';
import { memberToken, startServer } from './helpers/server-process.ts';

// A stopping instance closes its members' sockets itself, at once, with 1012 ("service restart"),
// and still stores what they wrote: browsers reconnect elsewhere while it stores
// (src/hocuspocus/stop-gracefully.ts). A socket that only died with the process would close with 1006.
describe('stopping an instance', () => {
  it('closes every socket with 1012 and keeps the last edit', async () => {
    const dataDir = freshDataDir();
    const server = await startServer(dataDir);
    const alice = await memberToken(server, dataDir, 'alice@example.com');
    const client = connectClient(server.url, 'support/cases/restart', alice.token);
    await client.synced();
    const rawCloses: number[] = [];
    const providerCloses: number[] = [];
    const raw = new WebSocket(server.url);
    raw.on('close', (code) => rawCloses.push(code));
    await new Promise((resolve) => raw.once('open', resolve));
    // Later entries are the provider's tries to reconnect to the stopped server (1006).
    client.socket.on('disconnect', ({ event }: { event: { code: number } }) => providerCloses.push(event.code));

    client.doc.getMap('case').set('status', 'in_progress');
    await eventually(() => client.provider.unsyncedChanges === 0, 5000, 'edit acknowledged');
    await server.stop();
    await eventually(() => rawCloses.length > 0 && providerCloses.length > 0, 5000, 'both sockets closed');
    expect([rawCloses[0], providerCloses[0]]).toEqual([1012, 1012]);
    client.destroy();

    const again = await startServer(dataDir);
    const reader = connectClient(again.url, 'support/cases/restart', alice.token);
    await reader.synced();
    expect(reader.doc.getMap('case').get('status')).toBe('in_progress');
    reader.destroy();
    await again.stop();
  });
});
