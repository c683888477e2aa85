import { describe, expect, it } from 'vitest';
import { compactId } from './compact-id';

describe('compactId', () => {
  it('is 16 hex characters and does not repeat', () => {
    const ids = Array.from({ length: 10_000 }, compactId);
    for (const id of ids.slice(0, 100)) expect(id).toMatch(/^[0-9a-f]{16}$/);
    expect(new Set(ids).size).toBe(ids.length);
  });
});
