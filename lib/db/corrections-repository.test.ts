import { describe, expect, it } from 'vitest';
import type { ClassifierCorrection } from '../model/classification';
import { addCorrection, listCorrections } from './corrections-repository';
import { openTestDb } from './test-db';

const correction = (id: string, at: number): ClassifierCorrection => ({ id, caseId: null, at, from: 'question', to: 'defect', features: { '0x1f2e': 0.4, '0x77aa': 1 } });

describe('corrections repository', () => {
  it('returns corrections oldest first, whatever the order they were added in', async () => {
    const db = openTestDb();
    for (const [id, at] of [['c', 30], ['a', 10], ['b', 20]] as const) await addCorrection(db, correction(id, at));
    expect((await listCorrections(db)).map((c) => c.id)).toEqual(['a', 'b', 'c']);
  });

  it('skips a stored correction that no longer fits the schema', async () => {
    const db = openTestDb();
    await addCorrection(db, correction('good', 1));
    await db.corrections.put({ ...correction('bad', 2), to: 'spam' } as unknown as ClassifierCorrection);
    expect((await listCorrections(db)).map((c) => c.id)).toEqual(['good']);
  });
});
