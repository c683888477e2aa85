import { describe, expect, it } from 'vitest';
import { sampleCase, sampleSettings, sampleThread } from '../trac/test-samples';
import { buildTemplateVars, TEMPLATE_VARIABLES, type TemplateVarsInput } from './template-vars';

const NOW = Date.UTC(2025, 0, 6, 15, 0);

function input(overrides: Partial<TemplateVarsInput> = {}): TemplateVarsInput {
  return { thread: sampleThread(), supportCase: sampleCase(), settings: sampleSettings(), missing: ['clientLog'], now: NOW, holidays: () => false, ...overrides };
}

describe('TEMPLATE_VARIABLES', () => {
  it('has unique, dotted names with a description and an example each', () => {
    const names = TEMPLATE_VARIABLES.map((variable) => variable.name);
    expect(new Set(names).size).toBe(names.length);
    for (const variable of TEMPLATE_VARIABLES) {
      expect(variable.name).toMatch(/^[a-z]+\.[A-Za-z]+$/);
      expect(variable.description.length).toBeGreaterThan(5);
      expect(variable.example).not.toBe('');
    }
  });
});

describe('buildTemplateVars', () => {
  it('sets exactly the catalogue variables', () => {
    expect(Object.keys(buildTemplateVars(input())).sort()).toEqual(TEMPLATE_VARIABLES.map((variable) => variable.name).sort());
  });

  it('fills every variable from a full case', () => {
    const ticket = { number: 4711, url: 'https://trac.example.com/project/ticket/4711', linkedAt: NOW, status: 'new', resolution: null, checkedAt: null };
    const vars = buildTemplateVars(input({ supportCase: sampleCase({ tickets: [ticket] }) }));
    expect(vars).toEqual({
      'customer.firstName': 'Dana',
      'customer.name': 'Dana Whitfield',
      'customer.email': 'dana.whitfield@harborline.example.com',
      'customer.organisation': 'Harborline',
      'agent.name': 'Sam Ortega',
      'agent.email': 'sam.ortega@example.com',
      'case.id': 'gmail:support@example.com:1943afd33e03a1f2',
      'case.status': 'in progress',
      'case.dueDate': 'Tuesday 7 January at 17:30 GMT',
      'case.deadlinePassed': '',
      'thread.subject': 'Upload fails with 550 on files over 2 GB',
      'thread.url': 'https://mail.google.com/mail/u/0/#inbox/FMfcgzQZSZCFKGTRmGLQvkTZplKBzhhS',
      'trac.ticket': '4711',
      'trac.url': 'https://trac.example.com/project/ticket/4711',
      'missing.installationDetails': '* If relevant, please send through the corresponding client-side log.\n\n* Other information (if known).',
      'links.roadmap': 'https://www.sftpplus.com/product/roadmap.html',
      'links.supportOptions': 'https://www.sftpplus.com/support/options.html',
      'links.lifeCycle': 'https://www.sftpplus.com/product/life-cycle.html',
      'links.screenShare': 'https://meet.example.com/ftpgate-support',
      'product.name': 'FTPGate Server',
    });
  });

  it.each([
    ['an explicit ticket wins over the case tickets', { trac: { number: 12, url: 'https://t/ticket/12' } }, 'trac.ticket', '12'],
    ['an explicit deadline wins over the case deadline', { dueAt: Date.UTC(2025, 0, 8, 12, 0) }, 'case.dueDate', 'Wednesday 8 January at 12:00 GMT'],
    ['a promise next year shows the year', { dueAt: Date.UTC(2026, 0, 2, 9, 30) }, 'case.dueDate', 'Friday, 2 January 2026 at 09:30 GMT'],
    ['a deadline ahead has not passed', {}, 'case.deadlinePassed', ''],
    ['no case: customer from the first message', { supportCase: null }, 'customer.organisation', 'Harborline'],
    ['no case: no status', { supportCase: null }, 'case.status', ''],
    ['no case and no thread: empty subject', { supportCase: null, thread: null }, 'thread.subject', ''],
    ['phone case without thread: link from the case', { thread: null }, 'thread.url', 'https://mail.google.com/mail/u/0/#inbox/FMfcgzQZSZCFKGTRmGLQvkTZplKBzhhS'],
    ['nothing missing: empty list', { missing: [] }, 'missing.installationDetails', ''],
    ['no identity name: the team list name', { settings: sampleSettings({ identity: { name: '', emails: ['sam.ortega@example.com'] } }) }, 'agent.name', 'Sam Ortega'],
    ['no identity at all', { settings: sampleSettings({ identity: { name: '', emails: [] } }) }, 'agent.email', ''],
    ['no ticket yet', {}, 'trac.ticket', ''],
  ] satisfies [string, Partial<TemplateVarsInput>, string, string][])('%s', (_title, overrides, name, expected) => {
    expect(buildTemplateVars(input(overrides))[name]).toBe(expected);
  });

  // The case of the issue: an acknowledgement inserted on Saturday promised Friday 17:30.
  describe('never promises a moment already past', () => {
    const FRI_4_DEC_1730 = Date.UTC(2026, 11, 4, 17, 30);
    const settings = sampleSettings({ calendar: { ...sampleSettings().calendar, timeZone: 'UTC' } });
    it.each([
      ['Saturday morning, deadline Friday: next business day (Tuesday) at close', Date.UTC(2026, 11, 5, 10, 18), FRI_4_DEC_1730, 'Tuesday 8 December at 17:30 UTC', 'yes'],
      ['Friday evening just after the deadline: the next business day (Monday) at close', Date.UTC(2026, 11, 4, 17, 31), FRI_4_DEC_1730, 'Monday 7 December at 17:30 UTC', 'yes'],
      ['Monday 09:00, deadline Friday: Tuesday at close', Date.UTC(2026, 11, 7, 9, 0), FRI_4_DEC_1730, 'Tuesday 8 December at 17:30 UTC', 'yes'],
      ['exactly at the deadline counts as passed', FRI_4_DEC_1730, FRI_4_DEC_1730, 'Monday 7 December at 17:30 UTC', 'yes'],
      ['one minute before the deadline: the deadline itself', Date.UTC(2026, 11, 4, 17, 29), FRI_4_DEC_1730, 'Friday 4 December at 17:30 UTC', ''],
      ['no deadline at all (waiting for the customer): from now', Date.UTC(2026, 11, 3, 11, 0), null, 'Friday 4 December at 17:30 UTC', ''],
    ])('%s', (_title, now, dueAt, promise, passed) => {
      const vars = buildTemplateVars(input({ now, settings, supportCase: sampleCase({ dueAt }) }));
      expect([vars['case.dueDate'], vars['case.deadlinePassed']]).toEqual([promise, passed]);
    });

    it('skips the team holidays', () => {
      const christmas = new Set(['2026-12-24', '2026-12-25']);
      const vars = buildTemplateVars(input({ now: Date.UTC(2026, 11, 23, 18, 0), settings, supportCase: sampleCase({ dueAt: null }), holidays: (date) => christmas.has(date) }));
      expect(vars['case.dueDate']).toBe('Monday 28 December at 17:30 UTC');
    });

    it('without any business day leaves the promise empty (the sidebar asks for it)', () => {
      const closed = sampleSettings({ calendar: { ...settings.calendar, workingDays: [] } });
      expect(buildTemplateVars(input({ now: Date.UTC(2026, 11, 5), settings: closed, supportCase: sampleCase({ dueAt: null }) }))['case.dueDate']).toBe('');
    });
  });

  it('guesses the organisation when the case has none', () => {
    const supportCase = sampleCase({ customer: { name: 'Whitfield, Dana', email: 'dana@mail.harborline.co.uk', organisation: '' } });
    const vars = buildTemplateVars(input({ supportCase }));
    expect([vars['customer.firstName'], vars['customer.organisation']]).toEqual(['Dana', 'Harborline']);
  });

  it('uses the team time zone', () => {
    const settings = sampleSettings({ calendar: { ...sampleSettings().calendar, timeZone: 'Europe/Berlin' } });
    expect(buildTemplateVars(input({ settings }))['case.dueDate']).toBe('Tuesday 7 January at 18:30 CET');
  });
});

describe('buildTemplateVars: who is greeted before the conversation is a case', () => {
  const transcript = 'Forwarding this website chat.\nChat transcript with visitor 48213\nVisitor: Tomás Rivera\nVisitor email: tomas.rivera@example.net\n[10:02:11] Tomás Rivera: Hi\n[10:02:45] Sam: Hello\n[10:03:30] Tomás Rivera: Thanks';
  const sam = { name: 'Sam Ortega', email: 'sam.ortega@example.com' };
  const settings = sampleSettings(); // Sam is the user and the team: staff
  it.each([
    ['a chat transcript a colleague forwarded: the visitor', sampleThread({ subject: 'Fwd: Chat transcript with visitor 48213', messages: [{ ...sampleThread().messages[0]!, from: sam, body: transcript }] }), 'Tomás'],
    ['our reply first, then the customer: the customer', sampleThread({ messages: [{ ...sampleThread().messages[0]!, from: sam, body: 'Hello Dana, following up.' }, sampleThread().messages[1]!] }), 'Dana'],
    ['the customer\'s own mail: the customer', sampleThread(), 'Dana'],
  ])('%s', (_name, thread, firstName) => {
    expect(buildTemplateVars(input({ thread, supportCase: null, settings }))['customer.firstName']).toBe(firstName);
  });
});
