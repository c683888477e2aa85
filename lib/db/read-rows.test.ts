import * as z from 'zod/mini';
import { en } from 'zod/locales';
import { beforeAll, describe, expect, it } from 'vitest';
import { formatPath, parseRows } from './read-rows';

beforeAll(() => z.config(en()));

describe('formatPath', () => {
  it.each([
    [['cases', 3, 'status'], 'cases[3].status'],
    [['settings', 'trac', 'customFields', 'my field'], 'settings.trac.customFields["my field"]'],
    [['events', 0], 'events[0]'],
    [[], ''],
  ])('%j -> %s', (path, expected) => {
    expect(formatPath(path)).toBe(expected);
  });
});

describe('parseRows', () => {
  const Row = z.object({ id: z.string(), n: z.number() });
  it('keeps good rows, strips extra fields, reports bad ones, skips missing ones', () => {
    const { rows, problems } = parseRows(Row, 'things', [{ id: 'a', n: 1, sortKey: 5 }, { id: 'b', n: 'two' }, undefined, { n: 3 }]);
    expect(rows).toEqual([{ id: 'a', n: 1 }]);
    expect(problems).toEqual(['things "b": n: Invalid input: expected number, received string', 'things "(no id)": id: Invalid input: expected string, received undefined']);
  });
});
