import * as z from 'zod/mini';
import { en } from 'zod/locales';
import { beforeAll, describe, expect, it } from 'vitest';
import { BUILT_IN_TEMPLATES } from '../core/templates/built-in-templates';
import { settings } from '../core/case/test-support';
import { loadEvents } from './cases-repository';
import { addCorrection } from './corrections-repository';
import type { CasebookDb } from './database';
import { validateTracBaseUrl } from '../core/trac/ticket-page';
import { exportCasesCsv, exportEverything, importEverything, planImport, validateImport } from './export-import';
import { mulberry32, seedDatabase } from './seed';
import { saveTemplate } from './templates-repository';
import { openTestDb } from './test-db';

const checks = { tracBaseUrl: validateTracBaseUrl, isKnownRegion: (region: string) => region === 'GB-ENG' };

beforeAll(() => z.config(en()));
const now = Date.parse('2026-11-26T12:00:00Z');

async function filledDb(): Promise<CasebookDb> {
  const db = openTestDb();
  await seedDatabase(db, 40, 4, now, mulberry32(9));
  await saveTemplate(db, { ...BUILT_IN_TEMPLATES[0]!, body: 'Edited text', updatedAt: now });
  await addCorrection(db, { id: 'corr-1', caseId: null, at: now, from: 'question', to: 'defect', features: { '0x1f': 1 } });
  return db;
}

/** The same backup as format 1 wrote it: every event an object, in one flat list (by id, as v1/v2 databases read them). */
async function formatOne(db: CasebookDb): Promise<Record<string, unknown>> {
  const { timelines, ...rest } = (await exportEverything(db, settings, now)).document;
  const events = (await Promise.all(timelines.map((timeline) => loadEvents(db, timeline.caseId)))).flat();
  return { ...rest, formatVersion: 1, events: events.sort((a, b) => (a.id < b.id ? -1 : 1)) };
}

describe('export and import', () => {
  it('round trip: what is exported is what comes back', async () => {
    const source = await filledDb();
    const { document, problems } = await exportEverything(source, settings, now);
    expect(problems).toEqual([]);
    expect(document.formatVersion).toBe(2);
    const events = document.timelines.reduce((sum, timeline) => sum + timeline.events.length, 0);
    expect([document.cases.length, document.timelines.length, events, document.templates.length, document.corrections.length]).toEqual([40, 40, 160, 1, 1]);

    const target = openTestDb();
    const result = await importEverything(target, JSON.stringify(document), checks, 'replace');
    expect(result).toEqual({ ok: true, settings, counts: { cases: 40, events: 160, templates: 1, corrections: 1 }, problems: [] });
    expect((await exportEverything(target, settings, now)).document).toEqual(document);
    expect(await exportCasesCsv(target)).toBe(await exportCasesCsv(source));
    for (const c of document.cases) expect(await loadEvents(target, c.id)).toEqual(await loadEvents(source, c.id));
  });

  it('a format 1 backup (events in id order, cases interleaved) imports with every timeline in time order', async () => {
    const source = await filledDb();
    const old = await formatOne(source);
    const target = openTestDb();
    expect(await importEverything(target, JSON.stringify(old), checks, 'replace')).toMatchObject({ ok: true, counts: { cases: 40, events: 160 } });
    for (const c of (await exportEverything(source, settings, now)).document.cases) expect(await loadEvents(target, c.id)).toEqual(await loadEvents(source, c.id));
    expect((await exportEverything(target, settings, now)).document).toEqual((await exportEverything(source, settings, now)).document);
  });

  it('import replaces what was there', async () => {
    const db = await filledDb();
    const empty = { format: 'casebook-export', formatVersion: 2, exportedAt: now, settings, cases: [], timelines: [], templates: [], corrections: [] };
    expect((await importEverything(db, JSON.stringify(empty), checks, 'replace')).ok).toBe(true);
    expect([await db.cases.count(), await db.timelines.count(), await db.templates.count(), await db.corrections.count()]).toEqual([0, 0, 0, 0]);
  });

  // The case: a colleague's settings-and-templates export deleted all six cases.
  it('merging a settings-and-templates file keeps every case and adds its templates', async () => {
    const db = await filledDb();
    const before = (await exportEverything(db, settings, now)).document;
    const colleague = { format: 'casebook-export', formatVersion: 2, exportedAt: now, settings, cases: [], timelines: [], corrections: [], templates: [{ id: 'custom:shared', name: 'Shared reply', body: 'Hi {{customer.firstName}},', category: null, builtIn: false, updatedAt: now }] };
    const plan = await planImport(db, JSON.stringify(colleague), checks);
    expect(plan).toEqual({ ok: true, plan: { file: { cases: 0, templates: 1, corrections: 0 }, here: { cases: 40, templates: 1, corrections: 1 }, newCases: 0 } });
    const result = await importEverything(db, JSON.stringify(colleague), checks, 'merge');
    expect(result).toMatchObject({ ok: true, counts: { cases: 0, events: 0, templates: 1, corrections: 0 } });
    const after = (await exportEverything(db, settings, now)).document;
    expect(after.cases).toEqual(before.cases);
    expect(after.timelines).toEqual(before.timelines);
    expect(after.templates.map((t) => t.id).sort()).toEqual([...before.templates.map((t) => t.id), 'custom:shared'].sort());
  });

  it('merging a backup adds only the cases not here, with their timelines; a case both have stays as it is here', async () => {
    const db = await filledDb();
    const here = (await exportEverything(db, settings, now)).document;
    const other = await filledDb();
    const theirs = structuredClone((await exportEverything(other, settings, now)).document);
    // Same seed: the same 40 cases. Make 3 of them new ones and change one that both have.
    for (const [i, c] of theirs.cases.slice(0, 3).entries()) {
      const timeline = theirs.timelines.find((t) => t.caseId === c.id)!;
      c.id = `phone:new-${i}`;
      timeline.caseId = c.id;
    }
    theirs.cases[5]!.subject = 'Their edited subject';
    const plan = await planImport(db, JSON.stringify(theirs), checks);
    expect(plan).toMatchObject({ ok: true, plan: { file: { cases: 40 }, here: { cases: 40 }, newCases: 3 } });
    const result = await importEverything(db, JSON.stringify(theirs), checks, 'merge');
    expect(result).toMatchObject({ ok: true, counts: { cases: 3 } });
    expect(await db.cases.count()).toBe(43);
    const after = (await exportEverything(db, settings, now)).document;
    for (const c of here.cases) expect(after.cases.find((a) => a.id === c.id)).toEqual(c);
    expect((await loadEvents(db, 'phone:new-0')).length).toBeGreaterThan(0);
  });

  it('a bad file changes nothing and says where every problem is', async () => {
    const db = await filledDb();
    const before = (await exportEverything(db, settings, now)).document;
    const broken = structuredClone(before) as unknown as { cases: Record<string, unknown>[]; timelines: { values: unknown[]; events: unknown[][] }[]; settings: { calendar: Record<string, unknown> } };
    broken.cases[3]!.status = 'open';
    broken.cases[5]!.dueAt = 'tomorrow';
    broken.settings.calendar.start = '9am';
    const timeline = broken.timelines[2]!;
    timeline.events[1]![3] = timeline.values.push('emailed') - 1;
    const id = String(timeline.events[1]![0]);

    const result = await importEverything(db, JSON.stringify(broken), checks, 'replace');
    expect(result.ok).toBe(false);
    expect(result.problems).toEqual([
      'settings.calendar.start: use HH:MM (24-hour)',
      expect.stringMatching(/^cases\[3\]\.status: Invalid option: expected one of/),
      'cases[5].dueAt: Invalid input: expected number, received string',
    ]);
    // Once the document's shape is right, each timeline's events are checked.
    const shapeFixed = { ...broken, cases: before.cases, settings };
    const second = await importEverything(db, JSON.stringify(shapeFixed), checks, 'replace');
    expect(second.problems).toEqual([expect.stringMatching(new RegExp(`^timelines\\[2\\]: events "${id}": type: Invalid option`))]);
    expect((await exportEverything(db, settings, now)).document).toEqual(before);
  });

  it('refuses javascript: links and settings the options page would refuse, and changes nothing', async () => {
    const db = await filledDb();
    const { document } = await exportEverything(db, settings, now);
    const hostile = structuredClone(document);
    hostile.cases[0]!.threadUrl = 'javascript:alert(1)';
    hostile.settings.trac.baseUrl = 'javascript:alert(2)';
    hostile.settings.links.roadmap = 'data:text/html,x';
    hostile.settings.identity.emails = ['not-an-address'];
    const result = await importEverything(db, JSON.stringify(hostile), checks, 'replace');
    expect(result.ok).toBe(false);
    expect(result.problems).toEqual([
      'cases[0].threadUrl: "javascript:alert(1)" is not a web address (https://…)',
      expect.stringMatching(/^settings\.trac\.baseUrl: /),
      expect.stringMatching(/^settings\.identity\.emails\[0\]: /),
      expect.stringMatching(/^settings\.links\.roadmap: /),
    ]);
    expect((await exportEverything(db, settings, now)).document).toEqual(document);
  });

  it('refuses a template that would stall every thread open (nested too deep, too long)', async () => {
    const db = await filledDb();
    const { document } = await exportEverything(db, settings, now);
    const hostile = structuredClone(document);
    hostile.templates[0]!.body = '{{#if customer.name}}'.repeat(5000) + 'x' + '{{/if}}'.repeat(5000);
    const result = validateImport(JSON.stringify(hostile), checks);
    expect(result.ok ? [] : result.problems).toEqual([expect.stringMatching(/^templates\[0\]\.body: /)]);
  });

  it('refuses a template with a misspelt variable, naming it and the variables Casebook knows', async () => {
    const db = await filledDb();
    const { document } = await exportEverything(db, settings, now);
    const misspelt = structuredClone(document);
    misspelt.templates[0]!.body = 'Dear {{customer.nmae}},';
    const result = validateImport(JSON.stringify(misspelt), checks);
    expect(result.ok ? [] : result.problems).toEqual([
      expect.stringMatching(/^templates\[0\]\.body: Unknown variable \{\{customer\.nmae\}\}\. Casebook knows: customer\.firstName, customer\.name, /),
    ]);
  });

  it('a bad format 1 file is refused as before', async () => {
    const db = await filledDb();
    const old = (await formatOne(db)) as { events: Record<string, unknown>[] };
    old.events[2]!.type = 'emailed';
    const result = validateImport(JSON.stringify(old), checks);
    expect(result.ok ? [] : result.problems).toEqual([expect.stringMatching(/^events\[2\]\.type: Invalid option/)]);
  });

  it.each([
    ['not JSON', '{"format": "casebook-export",', /^Not a JSON file: /],
    ['another program\'s JSON', '{"tickets": []}', /^format: Not a Casebook export/],
    ['a newer format', '{"format": "casebook-export", "formatVersion": 3}', /^formatVersion: Made by a newer Casebook \(format 3\)/],
  ])('%s is refused with a clear message', (_name, text, message) => {
    const result = validateImport(text, checks);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problems[0]).toMatch(message);
  });

  it('finds duplicate ids and events of cases the file does not contain (both formats)', async () => {
    const db = await filledDb();
    const { document } = await exportEverything(db, settings, now);
    const first = document.timelines[0]!;
    const orphan = { ...first, caseId: 'gmail:x:gone', events: [['orphan', ...first.events[0]!.slice(1)]] };
    const twice = { ...first, caseId: document.timelines[1]!.caseId, events: [first.events[0]!] };
    const doubled = { ...document, cases: [...document.cases, document.cases[1]!], timelines: [...document.timelines, orphan, twice] };
    const result = validateImport(JSON.stringify(doubled), checks);
    expect(result.ok ? [] : result.problems).toEqual([
      `cases[40].id: Duplicate id ${JSON.stringify(document.cases[1]!.id)} (first at cases[1])`,
      'timelines[40].caseId: No case "gmail:x:gone" in this file',
      `timelines: Duplicate event id ${JSON.stringify(first.events[0]![0])}`,
    ]);

    const old = (await formatOne(db)) as { cases: unknown[]; events: Record<string, unknown>[] };
    const oldDoubled = { ...old, cases: [...old.cases, old.cases[1]], events: [...old.events, { ...old.events[0], id: 'orphan', caseId: 'gmail:x:gone' }] };
    const oldResult = validateImport(JSON.stringify(oldDoubled), checks);
    expect(oldResult.ok ? [] : oldResult.problems).toEqual([
      `cases[40].id: Duplicate id ${JSON.stringify(document.cases[1]!.id)} (first at cases[1])`,
      'events[160].caseId: No case "gmail:x:gone" in this file',
    ]);
  });
});
