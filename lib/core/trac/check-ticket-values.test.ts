import { describe, expect, it } from 'vitest';
import { checkTicketValue, describeMissingValue, fieldsToOffer, isAllowedValue } from './check-ticket-values';
import type { TracFieldChoices } from './new-ticket-form';

const priority: TracFieldChoices = { name: 'priority', label: 'Priority', options: ['blocker', 'critical', 'major', 'minor', 'trivial', 'High'], optional: false };
const defaultPriority: TracFieldChoices = { ...priority, options: ['blocker', 'critical', 'major', 'minor', 'trivial'] };
const milestones: TracFieldChoices = { name: 'milestone', label: 'Milestone', options: Array.from({ length: 25 }, (_, i) => `m${i + 1}`), optional: true };

describe('checkTicketValue', () => {
  it.each([
    ['a value Trac has is kept', 'major', priority, 'major', null],
    ['surrounding spaces do not count', ' critical ', priority, 'critical', null],
    ['blank stays blank (Trac uses its default)', '', priority, '', null],
    ['"High" is kept where Trac has it', 'High', priority, 'High', null],
    ['"high" is not "High": blank, said in words', 'high', priority, '', "Trac has no priority 'high' (capitals count: did you mean 'High'?); it has blocker, critical, major, minor, trivial, High."],
    ['default Trac has no High at all', 'High', defaultPriority, '', "Trac has no priority 'High'; it has blocker, critical, major, minor, trivial."],
  ])('%s', (_name, value, choices, sent, problem) => {
    const checked = checkTicketValue('priority', value, choices);
    expect(checked).toEqual({ name: 'priority', label: 'Priority', value: sent, choices: choices.options, problem });
  });

  it('without Trac\'s choices the value is kept as written and nothing is claimed', () => {
    expect(checkTicketValue('priority', 'high', null)).toEqual({ name: 'priority', label: 'Priority', value: 'high', choices: null, problem: null });
  });

  it('names at most 20 options', () => {
    expect(describeMissingValue(milestones, '6.0')).toBe(`Trac has no milestone '6.0'; it has ${milestones.options.slice(0, 20).join(', ')} and 5 more.`);
  });
});

describe('isAllowedValue', () => {
  it.each([
    ['major', true],
    ['', true],
    ['Major', false],
    ['major ', false],
    ['blocker<script>', false],
  ])('%j → %s', (value, allowed) => {
    expect(isAllowedValue(value, priority)).toBe(allowed);
  });
});

describe('fieldsToOffer', () => {
  const configured: [string, string][] = [['type', 'defect'], ['priority', 'high'], ['component', 'server'], ['keywords', 'support'], ['customer', 'Harborline'], ['severity', 'normal']];
  const read: TracFieldChoices[] = [
    { name: 'type', label: 'Type', options: ['defect', 'task'], optional: false },
    priority,
    { name: 'milestone', label: 'Milestone', options: ['5.2'], optional: true },
    { name: 'severity', label: 'Severity', options: ['low', 'normal'], optional: false },
    { name: 'owner', label: 'Owner', options: ['lena'], optional: false },
  ];

  it("with Trac's choices: its selects among the standard and configured fields, each checked", () => {
    expect(fieldsToOffer(configured, read).map((f) => [f.name, f.value, f.problem !== null])).toEqual([
      ['type', 'defect', false],
      ['priority', '', true],
      ['milestone', '', false],
      ['severity', 'normal', false],
    ]);
  });

  it('without them: the standard fields that have a value, and the priority, as written', () => {
    expect(fieldsToOffer([['type', 'defect'], ['priority', 'high']], null).map((f) => [f.name, f.value, f.choices])).toEqual([
      ['type', 'defect', null],
      ['priority', 'high', null],
    ]);
    expect(fieldsToOffer([], null).map((f) => f.name)).toEqual(['priority']);
  });
});
