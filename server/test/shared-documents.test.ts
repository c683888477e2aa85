import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { problemAfter } from '../src/hocuspocus/shared-document-guard.ts';
import { freshDataDir } from './helpers/data-dir.ts';
import { connectClient, eventually, type Client } from './helpers/provider-client.ts';
import { connectRaw } from './helpers/raw-client.ts';
import { memberToken, startServer, type Joined, type ServerProcess } from './helpers/server-process.ts';

// Team templates, settings and learning: shapes of lib/model/team-documents.ts, checked by the
// server before an update is applied (src/hocuspocus/shared-document-guard.ts).

function template(fields: Record<string, unknown>): Y.Map<unknown> {
  const map = new Y.Map<unknown>();
  const body = new Y.Text();
  body.insert(0, String(fields.body ?? 'Hello {{customer.name}},'));
  for (const [key, value] of Object.entries({ name: 'Greeting', category: null, updatedAt: 1, updatedBy: 'max@example.com', ...fields, body })) map.set(key, value);
  return map;
}

const correction = { at: 1, from: 'question', to: 'defect', features: { '12345': 0.4, '987': 1 } };

/** The update `edit` makes on a copy of `base` (what a client would send). */
function updateOf(base: Y.Doc, edit: (doc: Y.Doc) => void): Uint8Array {
  const doc = new Y.Doc();
  Y.applyUpdate(doc, Y.encodeStateAsUpdate(base));
  const before = Y.encodeStateVector(doc);
  edit(doc);
  return Y.encodeStateAsUpdate(doc, before);
}

describe('shared document shapes', () => {
  const bases = { templates: new Y.Doc(), learning: new Y.Doc(), settings: new Y.Doc() };
  bases.templates.getMap('templates').set('team:hello', template({}));
  bases.learning.getMap('corrections').set('c1', correction);
  bases.settings.getMap('settings').set('productName', 'SFTPPlus');
  const bodyOf = (d: Y.Doc): Y.Text => (d.getMap('templates').get('team:hello') as Y.Map<Y.Text>).get('body')!;

  it.each<[string, 'settings' | 'templates' | 'learning', (doc: Y.Doc) => void, string | null]>([
    ['a new team template', 'templates', (d) => d.getMap('templates').set('team:bye', template({ name: 'Bye' })), null],
    ['typing into a template body', 'templates', (d) => bodyOf(d).insert(0, 'Dear '), null],
    ['deleting a template', 'templates', (d) => d.getMap('templates').delete('team:hello'), null],
    ['a template under a personal id', 'templates', (d) => d.getMap('templates').set('custom:x', template({})), 'not a team template id'],
    ['a template without a name', 'templates', (d) => d.getMap('templates').set('team:x', template({ name: '' })), 'does not fit'],
    ['a template body over 50,000 characters', 'templates', (d) => d.getMap('templates').set('team:x', template({ body: 'x'.repeat(50_001) })), 'does not fit'],
    ['a body grown past the limit by typing', 'templates', (d) => bodyOf(d).insert(0, 'y'.repeat(50_000)), 'does not fit'],
    ['an unknown category', 'templates', (d) => d.getMap('templates').set('team:x', template({ category: 'gossip' })), 'does not fit'],
    ['an extra field', 'templates', (d) => d.getMap('templates').set('team:x', template({ secret: 'mail text' })), 'does not fit'],
    ['another root', 'templates', (d) => d.getText('notes').insert(0, 'hidden'), 'has only "templates"'],
    ['team support addresses', 'settings', (d) => d.getMap('settings').set('supportAddresses', ['support@example.com']), null],
    ['a whole business calendar', 'settings', (d) => d.getMap('settings').set('calendar', { timeZone: 'Europe/Paris', workingDays: [1, 2, 3, 4], start: '08:00', end: '16:00', holidayRegion: 'FR', closures: ['2026-12-24'] }), null],
    ['a calendar with a bad time', 'settings', (d) => d.getMap('settings').set('calendar', { timeZone: 'Europe/Paris', workingDays: [1], start: '8am', end: '16:00', holidayRegion: '', closures: [] }), 'does not fit'],
    ['a member-only setting (identity)', 'settings', (d) => d.getMap('settings').set('identity', { name: 'Eve', emails: [] }), 'does not fit'],
    ['a shared correction', 'learning', (d) => d.getMap('corrections').set('c2', correction), null],
    ['a correction carrying text', 'learning', (d) => d.getMap('corrections').set('c2', { ...correction, text: 'the customer wrote…' }), 'does not fit'],
    ['a correction with 401 features', 'learning', (d) => d.getMap('corrections').set('c2', { ...correction, features: Object.fromEntries(Array.from({ length: 401 }, (_, i) => [String(i), 1])) }), 'at most 400'],
  ])('%s', (_what, kind, edit, expected) => {
    const problem = problemAfter(kind, bases[kind], updateOf(bases[kind], edit));
    if (expected === null) expect(problem).toBeNull();
    else expect(problem).toContain(expected);
  });

  it('checks a new correction on its own, without copying a big learning document', () => {
    const big = new Y.Doc();
    const map = big.getMap('corrections');
    big.transact(() => {
      for (let i = 0; i < 500; i++) map.set(`c${i}`, { ...correction, features: Object.fromEntries(Array.from({ length: 20 }, (_, j) => [String(i * 20 + j), 0.5])) });
    });
    const update = updateOf(big, (d) => d.getMap('corrections').set('new', correction));
    // A root the check would refuse, were the document copied: the new correction is checked on its own.
    big.getText('marker').insert(0, 'x');
    expect(problemAfter('learning', big, update)).toBeNull();
    // An update that builds on the document is checked on a copy (and the marker is seen).
    const typed = updateOf(big, (d) => d.getMap('corrections').set('c1', { ...correction, to: 'question' }));
    expect(problemAfter('learning', big, typed)).toContain('not "marker"');
  });
});

describe('shared documents on a running server', () => {
  const dataDir = freshDataDir();
  let server: ServerProcess;
  let admin: Joined;
  let member: Joined;
  const clients: Client[] = [];

  beforeAll(async () => {
    server = await startServer(dataDir);
    admin = await memberToken(server, dataDir, 'ada@example.com', '--role', 'admin');
    member = await memberToken(server, dataDir, 'max@example.com');
  });
  afterAll(async () => {
    for (const c of clients) c.destroy();
    await server.stop();
  });

  it('passes a good template to everyone and refuses a bad one whole, closing that document with invalid-content', async () => {
    const a = connectClient(server.url, 'support/templates', admin.token);
    const m = connectClient(server.url, 'support/templates', member.token);
    clients.push(a, m);
    await Promise.all([a.synced(), m.synced()]);
    m.doc.getMap('templates').set('team:hello', template({}));
    await eventually(() => a.doc.getMap('templates').has('team:hello'), 5000, 'good template reaches the admin');

    const raw = await connectRaw(server.url);
    await raw.authenticate('support/templates', member.token);
    const bad = new Y.Doc();
    bad.getMap('templates').set('team:bad', template({ body: 'z'.repeat(60_000) }));
    raw.sendUpdate('support/templates', Y.encodeStateAsUpdate(bad));
    await eventually(() => raw.documentCloses.length > 0, 5000, 'close');
    expect(raw.documentCloses[0]).toBe('invalid-content');
    raw.socket.close();

    m.doc.getMap('templates').set('team:after', template({ name: 'After' }));
    await eventually(() => a.doc.getMap('templates').has('team:after'), 5000, 'later good template');
    expect(a.doc.getMap('templates').has('team:bad')).toBe(false);
  });
});
