import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { classifyText } from './classify';
import { context } from './test-support';
import { parseEml } from './training/eml';

const dir = join(process.cwd(), '../shared/corpus/autoreplies');

describe.skipIf(!existsSync(dir))('real auto-replies (needs ../shared/corpus/autoreplies)', () => {
  const files = existsSync(dir) ? readdirSync(dir).filter((f) => f.endsWith('.eml')) : [];

  it('has the six samples', () => {
    expect(files).toHaveLength(6);
  });

  it.each(files)('%s is an auto-reply, told from subject, body and sender alone', (file) => {
    const { subject, body, from } = parseEml(readFileSync(join(dir, file), 'latin1'));
    expect(classifyText({ subject, body, from }, context()).category).toBe('auto_reply');
  });
});
