import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import type { ClassifierCorrection } from '../model/classification';
import { deleteTeamTemplate, readSharedCorrections, readTeamSettings, readTeamTemplates, shareCorrection, writeTeamSettings, writeTeamTemplate } from './shared-docs';
import { replica, syncAll } from './test-support';

const LOCAL = Symbol('test');
const template = (body: string, name = 'Licence renewal') => ({ name, body, category: 'licensing_sales' as const, updatedAt: 1_764_900_000_000, updatedBy: 'ada@example.com' });

describe('team templates', () => {
  it('two members editing one template at once both keep their text', () => {
    const [alice, bob] = [replica(1), replica(2)];
    writeTeamTemplate(alice, 'team:renewal', template('Hello {{customer.name}},\n\nYour licence renews on the 1st.\n\nRegards'), LOCAL);
    syncAll(alice, bob);
    writeTeamTemplate(alice, 'team:renewal', template('Dear {{customer.name}},\n\nYour licence renews on the 1st.\n\nRegards'), LOCAL);
    writeTeamTemplate(bob, 'team:renewal', { ...template('Hello {{customer.name}},\n\nYour licence renews on the 1st.\n\nKind regards'), updatedBy: 'bob@example.com' }, LOCAL);
    syncAll(alice, bob);
    for (const doc of [alice, bob]) expect(readTeamTemplates(doc)[0]?.body).toBe('Dear {{customer.name}},\n\nYour licence renews on the 1st.\n\nKind regards');
  });

  it('a save typed while a colleague’s change arrived keeps both (the editor sends the body it started from)', () => {
    const [alice, bob] = [replica(1), replica(2)];
    const base = 'Hello {{customer.name}},\n\nYour licence renews on the 1st.\n\nRegards';
    writeTeamTemplate(alice, 'team:renewal', template(base), LOCAL);
    syncAll(alice, bob);
    // Alice's change reaches Bob's browser while Bob still edits the text he opened.
    writeTeamTemplate(alice, 'team:renewal', template(base.replace('Hello', 'Dear')), LOCAL);
    syncAll(alice, bob);
    const bobs = { ...template(base.replace('Regards', 'Kind regards')), updatedBy: 'bob@example.com' };
    const expected = 'Dear {{customer.name}},\n\nYour licence renews on the 1st.\n\nKind regards';
    writeTeamTemplate(bob, 'team:renewal', bobs, LOCAL, { name: 'Licence renewal', body: base, category: 'licensing_sales' });
    syncAll(alice, bob);
    for (const doc of [alice, bob]) expect(readTeamTemplates(doc)[0]?.body).toBe(expected);
    // A rename made meanwhile stays: Bob did not touch the name.
    writeTeamTemplate(alice, 'team:renewal', template(expected, 'Licence renewal 2027'), LOCAL);
    syncAll(alice, bob);
    writeTeamTemplate(bob, 'team:renewal', { ...template(`${expected}!`), updatedBy: 'bob@example.com' }, LOCAL, { name: 'Licence renewal', body: expected, category: 'licensing_sales' });
    syncAll(alice, bob);
    for (const doc of [alice, bob]) expect(readTeamTemplates(doc).map((t) => [t.name, t.body])).toEqual([['Licence renewal 2027', `${expected}!`]]);
    // Without the base, Bob's whole text would replace Alice's greeting: what the base is for.
    const [carol] = [replica(3)];
    writeTeamTemplate(carol, 'team:renewal', template(base.replace('Hello', 'Dear')), LOCAL);
    writeTeamTemplate(carol, 'team:renewal', bobs, LOCAL);
    expect(readTeamTemplates(carol)[0]?.body).toBe(base.replace('Regards', 'Kind regards'));
  });

  it('lists team templates by name under team: ids, personal ones never come from the team', () => {
    const doc = replica(1);
    writeTeamTemplate(doc, 'team:b', template('B', 'Bravo'), LOCAL);
    writeTeamTemplate(doc, 'team:a', template('A', 'Alpha'), LOCAL);
    expect(readTeamTemplates(doc).map((t) => [t.id, t.name, t.builtIn, t.updatedBy])).toEqual([
      ['team:a', 'Alpha', false, 'ada@example.com'],
      ['team:b', 'Bravo', false, 'ada@example.com'],
    ]);
    expect(() => writeTeamTemplate(doc, 'custom:mine', template('x'), LOCAL)).toThrow('not a team template id');
    deleteTeamTemplate(doc, 'team:a', LOCAL);
    expect(readTeamTemplates(doc).map((t) => t.id)).toEqual(['team:b']);
  });

  it.each([
    ['a 200 KB body', (m: Y.Map<unknown>) => m.set('team:big', entry('x'.repeat(200_000)))],
    ['a personal id', (m: Y.Map<unknown>) => m.set('custom:1', entry('hi'))],
    ['a plain string', (m: Y.Map<unknown>) => m.set('team:str', 'hello')],
    ['an unknown category', (m: Y.Map<unknown>) => m.set('team:cat', entry('hi', { category: 'gossip' }))],
  ])('leaves out %s and keeps the others', (_what, write) => {
    const doc = replica(1);
    writeTeamTemplate(doc, 'team:ok', template('fine'), LOCAL);
    write(doc.getMap('templates'));
    expect(readTeamTemplates(doc).map((t) => t.id)).toEqual(['team:ok']);
  });
});

function entry(text: string, extra: Record<string, unknown> = {}): Y.Map<unknown> {
  const map = new Y.Map<unknown>();
  const body = new Y.Text();
  body.insert(0, text);
  for (const [key, value] of Object.entries({ ...template(text), ...extra, body })) map.set(key, value);
  return map;
}

describe('team settings', () => {
  it('reads section by section: a damaged section is left out, the others count', () => {
    const doc = replica(1);
    writeTeamSettings(doc, { supportAddresses: ['support@example.com'], productName: 'SFTPPlus' }, LOCAL);
    doc.getMap('settings').set('calendar', { timeZone: 'Europe/Paris', start: 'nine' });
    doc.getMap('settings').set('identity', { name: 'Eve', emails: [] });
    expect(readTeamSettings(doc)).toEqual({ supportAddresses: ['support@example.com'], productName: 'SFTPPlus' });
  });

  it('refuses to write a section that does not fit, and removes a section given undefined', () => {
    const doc = replica(1);
    expect(() => writeTeamSettings(doc, { calendar: { timeZone: 'UTC', workingDays: [], start: '09:00', end: '17:00', holidayRegion: '', closures: [] } }, LOCAL)).toThrow();
    writeTeamSettings(doc, { staffDomains: ['example.com'] }, LOCAL);
    writeTeamSettings(doc, { staffDomains: undefined }, LOCAL);
    expect(readTeamSettings(doc)).toEqual({});
  });
});

describe('shared learning', () => {
  const correction = (id: string, at: number): ClassifierCorrection => ({ id, caseId: 'conv-Ab3dE5gH7jK', at, from: 'question', to: 'defect', features: { '1201': 0.5, '77': 1 } });

  it('shares the hashed features only, and replays everyone’s corrections oldest first', () => {
    const [alice, bob] = [replica(1), replica(2)];
    shareCorrection(alice, correction('a1', 20), LOCAL);
    shareCorrection(bob, correction('b1', 10), LOCAL);
    syncAll(alice, bob);
    const read = readSharedCorrections(alice);
    expect(read.map((c) => c.id)).toEqual(['b1', 'a1']);
    expect(read[0]).toEqual({ ...correction('b1', 10), caseId: null });
    expect(JSON.stringify(alice.getMap('corrections').toJSON())).not.toContain('conv-');
  });

  it('leaves out an entry carrying text', () => {
    const doc = replica(1);
    doc.getMap('corrections').set('x', { at: 1, from: 'question', to: 'defect', features: {}, text: 'the customer wrote…' });
    expect(readSharedCorrections(doc)).toEqual([]);
  });
});
