import { describe, expect, it } from 'vitest';
import { BUILT_IN_TEMPLATES } from '../core/templates/built-in-templates';
import type { ReplyTemplate } from '../model/template';
import { listTemplates, resetTemplate, saveTemplate, storedTemplates } from './templates-repository';
import { openTestDb } from './test-db';

const builtIn = BUILT_IN_TEMPLATES[0]!;
const custom: ReplyTemplate = { id: 'custom:7f3a', name: 'Screen share slots', body: 'Hi {{customer.firstName}}, would Tuesday 10:00 suit you?', category: null, builtIn: false, updatedAt: 1_790_000_000_000 };

describe('templates repository', () => {
  it('lists the built-ins when nothing is stored', async () => {
    const db = openTestDb();
    expect(await listTemplates(db)).toEqual(BUILT_IN_TEMPLATES);
    expect(await storedTemplates(db)).toEqual([]);
  });

  it('stores an edited built-in and a custom template; reset removes them', async () => {
    const db = openTestDb();
    await saveTemplate(db, { ...builtIn, body: `${builtIn.body}\n\nKind regards`, updatedAt: 1_790_000_000_000 });
    await saveTemplate(db, custom);
    const listed = await listTemplates(db);
    expect(listed[0]?.body.endsWith('Kind regards')).toBe(true);
    expect(listed.at(-1)).toEqual(custom);
    expect(listed).toHaveLength(BUILT_IN_TEMPLATES.length + 1);

    await resetTemplate(db, builtIn.id);
    await resetTemplate(db, custom.id);
    expect(await listTemplates(db)).toEqual(BUILT_IN_TEMPLATES);
  });

  it('editing a built-in back to its shipped text keeps no copy', async () => {
    const db = openTestDb();
    await saveTemplate(db, { ...builtIn, body: 'Changed', updatedAt: 1 });
    await saveTemplate(db, { ...builtIn, updatedAt: 2 });
    expect(await storedTemplates(db)).toEqual([]);
  });
});
