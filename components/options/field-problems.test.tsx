import { describe, expect, it } from 'vitest';
import { describeProblem, problemAt, problemsAt, type FieldProblem } from './field-problems';

const problems: FieldProblem[] = [
  { path: 'team[1].email', message: 'Invalid email address' },
  { path: 'team[1].name', message: 'Too small: expected string to have >=1 characters' },
  { path: 'teamNotes', message: 'not a real field, but shares a prefix' },
  { path: 'supportAddresses[2]', message: '“support@example” is not an email address.' },
  { path: 'calendar.end', message: 'must be after the start (09:00)' },
  { path: 'calendar.endOfYear', message: 'shares a prefix with calendar.end' },
];

describe('problemsAt', () => {
  it.each<[string, string[]]>([
    ['team', ['[1].email: Invalid email address', '[1].name: Too small: expected string to have >=1 characters']],
    ['team[1]', ['email: Invalid email address', 'name: Too small: expected string to have >=1 characters']],
    ['supportAddresses', ['“support@example” is not an email address.']],
    ['calendar.end', ['must be after the start (09:00)']],
    ['partnerDomains', []],
  ])('under %s', (path, expected) => {
    expect(problemsAt(problems, path)).toEqual(expected);
  });
});

describe('problemAt', () => {
  it('finds only the exact path', () => {
    expect(problemAt(problems, 'calendar.end')).toBe('must be after the start (09:00)');
    expect(problemAt(problems, 'team')).toBeNull();
  });
});

describe('describeProblem', () => {
  it.each<[FieldProblem, string]>([
    [{ path: 'trac.baseUrl', message: 'must start with https://' }, 'Trac base URL: must start with https://'],
    [{ path: 'team[1].email', message: 'Invalid email address' }, 'Team members, entry 2, email: Invalid email address'],
    [{ path: 'supportAddresses[0]', message: '“x” is not an email address.' }, 'Support addresses, entry 1: “x” is not an email address.'],
    [{ path: 'calendar.end', message: 'must be after the start (09:00)' }, 'Working day ends: must be after the start (09:00)'],
    [{ path: 'trac.component', message: 'too long' }, 'Trac component: too long'],
    [{ path: 'links.roadmap', message: 'not a web address' }, 'Link roadmap: not a web address'],
    [{ path: '', message: 'The settings are not an object.' }, 'The settings are not an object.'],
  ])('%j', (problem, expected) => {
    expect(describeProblem(problem)).toBe(expected);
  });
});
