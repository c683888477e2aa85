import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { freshDataDir } from './helpers/data-dir.ts';
import { httpJson } from './helpers/http-json.ts';
import { connectClient, eventually, type Client } from './helpers/provider-client.ts';
import { connectRaw } from './helpers/raw-client.ts';
import { memberToken, startServer, type Joined, type ServerProcess } from './helpers/server-process.ts';

const doc = 'support/cases/bad-input';

describe('bad input from a client', () => {
  const dataDir = freshDataDir();
  let server: ServerProcess;
  let alice: Joined;
  let bob: Joined;
  let a: Client;
  let b: Client;

  /** Alice and Bob keep editing through all of this: each check ends with a round trip between them. */
  const stillConverging = async (key: string): Promise<void> => {
    a.doc.getMap('case').set(key, 'ok');
    await eventually(() => b.doc.getMap('case').get(key) === 'ok', 5000, `round trip ${key}`);
  };

  beforeAll(async () => {
    server = await startServer(dataDir, { CASEBOOK_MAX_MESSAGE_BYTES: String(1024 * 1024) });
    alice = await memberToken(server, dataDir, 'alice@example.com');
    bob = await memberToken(server, dataDir, 'bob@example.com');
    a = connectClient(server.url, doc, alice.token);
    b = connectClient(server.url, doc, bob.token);
    await Promise.all([a.synced(), b.synced()]);
    await stillConverging('before');
  });
  afterAll(async () => {
    a.destroy();
    b.destroy();
    await server.stop();
  });

  it('closes the document for a garbage update and applies nothing', async () => {
    const raw = await connectRaw(server.url);
    await raw.authenticate(doc, alice.token);
    raw.sendUpdate(doc, randomBytes(300));
    await eventually(() => raw.documentCloses.length > 0, 5000, 'close');
    expect(raw.documentCloses[0]).toBe('malformed-message');
    raw.socket.close();
    await stillConverging('after-garbage');
  });

  it('refuses a truncated update whole: no part of it reaches the others', async () => {
    const source = new Y.Doc();
    source.getMap('case').set('status', 'hijacked');
    source.getText('notes').insert(0, 'x'.repeat(500));
    const update = Y.encodeStateAsUpdate(source);
    const raw = await connectRaw(server.url);
    await raw.authenticate(doc, alice.token);
    raw.sendUpdate(doc, update.slice(0, Math.floor(update.length * 0.8)));
    await eventually(() => raw.documentCloses.length > 0, 5000, 'close');
    expect(raw.documentCloses[0]).toBe('malformed-message');
    raw.socket.close();
    await stillConverging('after-truncated');
    expect(b.doc.getMap('case').has('status')).toBe(false);
    expect(b.doc.getText('notes').length).toBe(0);
  });

  it('closes the document for a garbage awareness update', async () => {
    const raw = await connectRaw(server.url);
    await raw.authenticate(doc, alice.token);
    raw.sendAwareness(doc, Uint8Array.from([1, 5, 1, 3, 0x7b, 0x7b, 0x7b]));
    await eventually(() => raw.documentCloses.length > 0, 5000, 'close');
    expect(raw.documentCloses[0]).toBe('malformed-message');
    raw.socket.close();
    await stillConverging('after-awareness');
  });

  it('drops a socket that sends frames that are not the protocol at all, and keeps serving', async () => {
    const raw = await connectRaw(server.url);
    raw.sendRaw(Uint8Array.from([0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0x01]));
    const closed = await raw.socketClosed;
    expect(closed.code).toBeGreaterThanOrEqual(4000);
    expect(await httpJson(`${server.httpUrl}/health`)).toMatchObject({ status: 200 });
    await stillConverging('after-raw');
  });

  it('refuses an oversized update from a real provider; the others never see it, the store never keeps it', async () => {
    const m = connectClient(server.url, doc, alice.token);
    await m.synced();
    m.doc.getText('notes').insert(0, 'y'.repeat(1024 * 1024 + 10));
    await eventually(() => m.closes.some((c) => c.reason === 'message-too-large'), 5000, 'message-too-large');
    await stillConverging('after-oversized');
    expect(b.doc.getText('notes').length).toBe(0);
    m.destroy();
  });

  it('drops a socket whose single frame is far over the cap, before buffering it', async () => {
    const raw = await connectRaw(server.url);
    await raw.authenticate(doc, alice.token);
    raw.sendRaw(new Uint8Array(5 * 1024 * 1024));
    expect((await raw.socketClosed).code).toBe(1009);
    await stillConverging('after-huge');
  });

  it('stored only the good edits', async () => {
    a.destroy();
    b.destroy();
    await server.stop();
    server = await startServer(dataDir);
    const reader = connectClient(server.url, doc, bob.token);
    await reader.synced();
    expect(Object.keys(reader.doc.getMap('case').toJSON()).sort()).toEqual(
      ['after-awareness', 'after-garbage', 'after-huge', 'after-oversized', 'after-raw', 'after-truncated', 'before'].sort(),
    );
    expect(reader.doc.getText('notes').length).toBe(0);
    reader.destroy();
    // afterAll closes a and b again: harmless.
  });
});
