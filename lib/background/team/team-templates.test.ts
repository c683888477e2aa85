import { describe, expect, it } from 'vitest';
import type { ReplyTemplate } from '../../model/template';
import { isTeamTemplate, namedForPicker } from './team-templates';

const template = (id: string, name: string): ReplyTemplate => ({ id, name, body: 'Hello', category: null, builtIn: id.includes(':') === false, updatedAt: 0 });

describe('templates as the pickers list them', () => {
  it.each([
    ['a team template says so', 'team:Ab3_x', 'Renewal', 'Renewal (team)'],
    ['a personal one does not', 'custom:123', 'Renewal', 'Renewal'],
    ['a built-in does not', 'installation-details', 'Installation details request', 'Installation details request'],
    ['an id that only looks like one is not the team’s', 'team:', 'Odd', 'Odd'],
  ])('%s', (_what, id, name, shown) => {
    expect(namedForPicker([template(id, name)]).map((t) => t.name)).toEqual([shown]);
    expect(isTeamTemplate(id)).toBe(shown.endsWith('(team)'));
  });
});
