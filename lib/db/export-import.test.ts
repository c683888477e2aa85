import * as z from 'zod/mini';
import { en } from 'zod/locales';
import { beforeAll, describe, expect, it } from 'vitest';
import { BUILT_IN_TEMPLATES } from '../core/templates/built-in-templates';
import { settings } from '../core/case/test-support';
import { loadEvents } from './cases-repository';
import { addCorrection } from './corrections-repository';
import type { CasebookDb } from './database';
import { exportCasesCsv, exportEverything, importEverything, validateImport } from './export-import';
import { mulberry32, seedDatabase } from './seed';
import { saveTemplate } from './templates-repository';
import { openTestDb } from './test-db';

beforeAll(() => z.config(en()));
const now = Date.parse('2026-11-26T12:00:00Z');

async function filledDb(): Promise<CasebookDb> {
  const db = openTestDb();
  await seedDatabase(db, 40, 4, now, mulberry32(9));
  await saveTemplate(db, { ...BUILT_IN_TEMPLATES[0]!, body: 'Edited text', updatedAt: now });
  await addCorrection(db, { id: 'corr-1', caseId: null, at: now, from: 'question', to: 'defect', features: { '0x1f': 1 } });
  return db;
}

describe('export and import', () => {
  it('round trip: what is exported is what comes back', async () => {
    const source = await filledDb();
    const { document, problems } = await exportEverything(source, settings, now);
    expect(problems).toEqual([]);
    expect([document.cases.length, document.events.length, document.templates.length, document.corrections.length]).toEqual([40, 160, 1, 1]);

    const target = openTestDb();
    const result = await importEverything(target, JSON.stringify(document));
    expect(result).toEqual({ ok: true, settings, counts: { cases: 40, events: 160, templates: 1, corrections: 1 }, problems: [] });
    expect((await exportEverything(target, settings, now)).document).toEqual(document);
    expect(await exportCasesCsv(target)).toBe(await exportCasesCsv(source));
  });

  it('a backup made before v3 (events in id order, cases interleaved) imports with every timeline in time order', async () => {
    const source = await filledDb();
    const { document } = await exportEverything(source, settings, now);
    const old = { ...document, events: [...document.events].sort((a, b) => (a.id < b.id ? -1 : 1)) };
    expect(old.events.map((event) => event.caseId)).not.toEqual(document.events.map((event) => event.caseId));
    const target = openTestDb();
    expect((await importEverything(target, JSON.stringify(old))).ok).toBe(true);
    for (const c of document.cases) expect(await loadEvents(target, c.id)).toEqual(await loadEvents(source, c.id));
    expect((await exportEverything(target, settings, now)).document).toEqual(document);
  });

  it('import replaces what was there', async () => {
    const db = await filledDb();
    const empty = { format: 'casebook-export', formatVersion: 1, exportedAt: now, settings, cases: [], events: [], templates: [], corrections: [] };
    expect((await importEverything(db, JSON.stringify(empty))).ok).toBe(true);
    expect([await db.cases.count(), await db.timelines.count(), await db.templates.count(), await db.corrections.count()]).toEqual([0, 0, 0, 0]);
  });

  it('a bad file changes nothing and says where every problem is', async () => {
    const db = await filledDb();
    const before = (await exportEverything(db, settings, now)).document;
    const broken = structuredClone(before) as unknown as { cases: Record<string, unknown>[]; events: Record<string, unknown>[]; settings: { calendar: Record<string, unknown> } };
    broken.cases[3]!.status = 'open';
    broken.cases[5]!.dueAt = 'tomorrow';
    broken.settings.calendar.start = '9am';
    broken.events[2]!.type = 'emailed';

    const result = await importEverything(db, JSON.stringify(broken));
    expect(result.ok).toBe(false);
    expect(result.problems).toEqual([
      'settings.calendar.start: use HH:MM (24-hour)',
      expect.stringMatching(/^cases\[3\]\.status: Invalid option: expected one of/),
      'cases[5].dueAt: Invalid input: expected number, received string',
      expect.stringMatching(/^events\[2\]\.type: Invalid option/),
    ]);
    expect((await exportEverything(db, settings, now)).document).toEqual(before);
  });

  it.each([
    ['not JSON', '{"format": "casebook-export",', /^Not a JSON file: /],
    ['another program\'s JSON', '{"tickets": []}', /^format: Not a Casebook export/],
    ['a newer format', '{"format": "casebook-export", "formatVersion": 2}', /^formatVersion: Made by a newer Casebook \(format 2\)/],
  ])('%s is refused with a clear message', (_name, text, message) => {
    const result = validateImport(text);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problems[0]).toMatch(message);
  });

  it('finds duplicate ids and events of cases the file does not contain', async () => {
    const db = await filledDb();
    const { document } = await exportEverything(db, settings, now);
    const doubled = { ...document, cases: [...document.cases, document.cases[1]!], events: [...document.events, { ...document.events[0]!, id: 'orphan', caseId: 'gmail:x:gone' }] };
    const result = validateImport(JSON.stringify(doubled));
    expect(result.ok ? [] : result.problems).toEqual([
      `cases[40].id: Duplicate id ${JSON.stringify(document.cases[1]!.id)} (first at cases[1])`,
      'events[160].caseId: No case "gmail:x:gone" in this file',
    ]);
  });
});
