import { describe, expect, it } from 'vitest';
import { sampleCase, sampleSettings, sampleThread } from '../trac/test-samples';
import { BUILT_IN_TEMPLATES } from './built-in-templates';
import { draftTemplate, fillDraft, type DraftOptions } from './fill-in';
import { MAX_TEMPLATE_LENGTH } from './template-limits';
import { buildTemplateVars, fillInOptions, type TemplateVarsInput } from './template-vars';

const OPTIONS: DraftOptions = {
  hints: {
    'trac.ticket': { label: 'Trac ticket number', digits: true },
    'trac.url': { label: 'Link to the Trac ticket', from: { name: 'trac.ticket', prefix: 'https://trac.example.com/ticket/' } },
    'case.dueDate': { label: 'Answer promised by', guess: 'Tuesday 8 December at 17:30 GMT' },
  },
  mayBeEmpty: new Set(['missing.installationDetails']),
};

const VARS = {
  'customer.firstName': 'Dana',
  'agent.name': '',
  'trac.ticket': '',
  'trac.url': '',
  'case.dueDate': '',
  'missing.installationDetails': '',
};

const field = (name: string, label: string, pattern = String.raw`\s*\S.*`, guess = '') => ({ name, label, guess, pattern });

describe('draftTemplate', () => {
  it.each([
    ['all values known: one text, no field', 'Hi {{customer.firstName}},', ['Hi Dana,'], []],
    ['a missing ticket number becomes one digits field, used twice', 'Ticket #{{trac.ticket}}; quote #{{trac.ticket}}.', ['Ticket #', 0, '; quote #', 0, '.'], [field('trac.ticket', 'Trac ticket number', '[0-9]+')]],
    ['the ticket link is built from the number typed', 'See {{trac.url}} (#{{trac.ticket}})', ['See https://trac.example.com/ticket/', 0, ' (#', 0, ')'], [field('trac.ticket', 'Trac ticket number', '[0-9]+')]],
    ['a guess prefills the field', 'By {{case.dueDate}}.', ['By ', 0, '.'], [field('case.dueDate', 'Answer promised by', String.raw`\s*\S.*`, 'Tuesday 8 December at 17:30 GMT')]],
    ['a known name without a hint is labelled with its name', 'I am {{agent.name}}.', ['I am ', 0, '.'], [field('agent.name', 'agent.name')]],
    ['a misspelt variable is asked for, never inserted as {{…}}', 'Dear {{customer.nmae}}', ['Dear ', 0], [field('customer.nmae', '{{customer.nmae}} (not a Casebook variable)')]],
    ['a blank value that means "nothing" is inserted as nothing', 'A{{missing.installationDetails}}B', ['AB'], []],
    ['a section on an empty value takes its else: no field', '{{#if trac.ticket}}#{{trac.ticket}}{{else}}soon{{/if}}', ['soon'], []],
    ['a value of spaces is blank', 'x{{customer.firstName}}', ['xDana'], []],
    ['object property names are unknown, not values', '{{constructor}}', [0], [field('constructor', '{{constructor}} (not a Casebook variable)')]],
    ['Trac wiki braces stay text', '{{{code}}}', ['{{{code}}}'], []],
  ])('%s', (_title, body, parts, fields) => {
    expect(draftTemplate(body, VARS, OPTIONS)).toEqual({ parts, fields, errors: [], failed: false });
  });

  it('treats a value of only spaces as missing', () => {
    expect(draftTemplate('Hi {{customer.firstName}}', { 'customer.firstName': '  ' }, OPTIONS).fields.map((f) => f.name)).toEqual(['customer.firstName']);
  });

  it('refuses a template over the length limit', () => {
    expect(draftTemplate('x'.repeat(MAX_TEMPLATE_LENGTH + 1), VARS, OPTIONS)).toMatchObject({ parts: [], fields: [], failed: true });
  });

  it('inserts a value literally: a customer called "{{agent.name}}" stays that', () => {
    const draft = draftTemplate('Dear {{customer.firstName}}', { 'customer.firstName': '{{agent.name}}' }, OPTIONS);
    expect(draft).toMatchObject({ parts: ['Dear {{agent.name}}'], fields: [] });
  });

  it('keeps 200 KB of variables linear: one part per variable, fields deduplicated', () => {
    const body = '{{trac.ticket}} '.repeat(3_000);
    const draft = draftTemplate(body, VARS, OPTIONS);
    expect(draft.fields).toHaveLength(1);
    expect(draft.parts).toHaveLength(6_000);
  });
});

describe('fillDraft', () => {
  it('puts each value in its place', () => {
    expect(fillDraft(['Ticket #', 0, ' by ', 1, '; #', 0], ['4711', 'Monday'])).toBe('Ticket #4711 by Monday; #4711');
  });
});

// Every built-in template, on cases that lack things: what is inserted never has a gap.
describe('built-in templates never insert a gap', () => {
  const base = (overrides: Partial<TemplateVarsInput>): TemplateVarsInput => ({
    thread: sampleThread(),
    supportCase: sampleCase(),
    settings: sampleSettings({ trac: { ...sampleSettings().trac, baseUrl: 'https://trac.example.com/project' } }),
    missing: [],
    now: Date.UTC(2026, 11, 5, 10, 18),
    holidays: () => false,
    ...overrides,
  });
  const situations: [string, Partial<TemplateVarsInput>][] = [
    ['a full case with an overdue deadline', {}],
    ['no case, no identity, no links', { supportCase: null, settings: sampleSettings({ identity: { name: '', emails: [] }, productName: '', links: { roadmap: '', supportOptions: '', lifeCycle: '', screenShare: '' } }) }],
    ['a customer without a name', { supportCase: sampleCase({ customer: { name: '', email: 'x@example.org', organisation: '' } }), thread: null }],
  ];
  for (const [situation, overrides] of situations) {
    for (const template of BUILT_IN_TEMPLATES) {
      it(`${template.name}, ${situation}`, () => {
        const input = base(overrides);
        const draft = draftTemplate(template.body, buildTemplateVars(input), fillInOptions(input.settings));
        // The user types something in each field (the browser refuses blank ones).
        const text = fillDraft(draft.parts, draft.fields.map((f) => (f.pattern === '[0-9]+' ? '4711' : f.guess || 'typed')));
        expect(text).not.toMatch(/\{\{|\}\}|#\.|#\s|\s[.,]|\(\s*\)|: \n|by \./);
        expect(draft.errors).toEqual([]);
        expect(draft.fields.every((f) => f.label !== '' && !f.label.includes('{{'))).toBe(true);
      });
    }
  }

  it('the Trac notice without a linked ticket asks for the number and inserts it', () => {
    const input = base({});
    const template = BUILT_IN_TEMPLATES.find((t) => t.id === 'trac-ticket-notice');
    const draft = draftTemplate(template?.body ?? '', buildTemplateVars(input), fillInOptions(input.settings));
    expect(draft.fields.map((f) => [f.name, f.label, f.pattern])).toEqual([['trac.ticket', 'Trac ticket number', '[0-9]+']]);
    expect(fillDraft(draft.parts, ['4711'])).toContain('your Trac ticket is #4711.');
  });

  it('the acknowledgement on an overdue case promises a future business time, owning up to the delay', () => {
    const input = base({ supportCase: sampleCase({ dueAt: Date.UTC(2026, 11, 4, 17, 30) }) });
    const template = BUILT_IN_TEMPLATES.find((t) => t.id === 'acknowledgement');
    const draft = draftTemplate(template?.body ?? '', buildTemplateVars(input), fillInOptions(input.settings));
    expect(draft.fields).toEqual([]);
    const text = fillDraft(draft.parts, []);
    expect(text).toContain('expect to come back to you by Tuesday 8 December at 17:30 GMT.');
    expect(text).toContain('We are sorry that our answer comes later than we said.');
  });
});
