import { describe, expect, it } from 'vitest';
import { teamDocTable } from './team-doc-tables';

describe('teamDocTable', () => {
  it.each([
    ['team:t-1/board', 'teamBoardDocs'],
    ['team:t-1/members', 'teamBoardDocs'],
    ['team:t-1/settings', 'teamBoardDocs'],
    ['team:t-1/templates', 'teamBoardDocs'],
    ['team:t-1/learning', 'teamBoardDocs'],
    ['team:t-1/cases/conv-Ab3dE5gH7jK', 'teamDocs'],
    ['team:t-1/cases/conv-Ab3dE5gH7jK/history/2026-11', 'teamDocs'],
    // A case key can never be "board", but a name shaped like one stays with the cases.
    ['team:t-1/cases/board', 'teamDocs'],
    ['team:t-1/presence', 'teamDocs'],
    ['board', 'teamDocs'],
    ['', 'teamDocs'],
  ])('%s → %s', (name, table) => {
    expect(teamDocTable(name)).toBe(table);
  });
});
