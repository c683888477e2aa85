import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { decodeEntities, FORM_LIMITS, readNewTicketForm, type TracFieldChoices } from './new-ticket-form';

const fixture = readFileSync(join(import.meta.dirname, '../../../test/fixtures/trac/newticket-1.6.html'), 'utf8');
const summary = '<input type="text" id="field-summary" name="field_summary" value=""/>';

function fieldsOf(html: string): Record<string, TracFieldChoices> {
  const read = readNewTicketForm(html);
  if (!read.ok) throw new Error(read.problem);
  return Object.fromEntries(read.fields.map((f) => [f.name, f]));
}

describe('readNewTicketForm on a Trac 1.6 New Ticket page', () => {
  const fields = fieldsOf(fixture);

  it.each([
    ['type', 'Type', ['defect', 'enhancement', 'task'], false],
    ['priority', 'Priority', ['blocker', 'critical', 'major', 'minor', 'trivial', 'High'], false],
    ['milestone', 'Milestone', ['5.2 "Harbour"', '5.3', 'Backlog & ideas'], true],
    ['component', 'Component', ['client', 'server', 'web-admin'], false],
    ['version', 'Version', ['4.2.2', '5.1.0'], true],
    ['severity', 'severity', ['low', 'normal', 'data loss'], false],
  ])('%s: label %s, options in the page order', (name, label, options, optional) => {
    expect(fields[name]).toEqual({ name, label, options, optional });
  });

  it('reads only select and radio fields of the form: not text inputs, checkboxes, scripts, the textarea', () => {
    expect(Object.keys(fields).sort()).toEqual(['component', 'milestone', 'priority', 'severity', 'type', 'version']);
  });
});

describe('readNewTicketForm, forms as written by other Trac versions and by hand', () => {
  it.each([
    ['Trac 1.0 (Genshi): no value attribute, the text is the value', `${summary}<select id="field-priority" name="field_priority">\n  <option>blocker</option>\n  <option selected="selected">\n    major\n  </option></select>`, ['blocker', 'major']],
    ['single quotes and bare attribute values', `${summary}<SELECT name='field_priority'><OPTION value=low>low</OPTION><option value='mid dle'>x</option></SELECT>`, ['low', 'mid dle']],
    ['entities in names', `${summary}<select name="field_component"><option value="R&amp;D">R&amp;D</option><option>caf&#xE9; &#8212; &lt;b&gt;</option></select>`, ['R&D', 'café — <b>']],
    ['an option twice is listed once', `${summary}<select name="field_type"><option>task</option><option>task</option></select>`, ['task']],
    ['markup inside an option ends its name', `${summary}<select name="field_type"><option>bug<b>bold</b></option><option>task</option></select>`, ['bug', 'task']],
    ['a select outside field_ names is not a ticket field', `${summary}<select name="action_reassign_owner"><option>lena</option></select>`, undefined],
  ])('%s', (_name, html, options) => {
    const read = readNewTicketForm(html);
    expect(read.ok).toBe(true);
    const first = read.ok ? read.fields[0] : undefined;
    expect(first?.options).toEqual(options);
  });

  it('says when the page is not the New Ticket form (a login page, a 200 from a proxy)', () => {
    const read = readNewTicketForm('<!DOCTYPE html><title>Login – Project</title><form><input name="user"><input name="password" type="password"></form>');
    expect(read).toEqual({ ok: false, problem: expect.stringContaining('not Trac\'s New Ticket form') });
  });
});

describe('readNewTicketForm on hostile pages: bounded, one pass', () => {
  const option = (i: number): string => `<option value="v${i}">v${i}</option>`;

  it('keeps at most FORM_LIMITS.optionsPerField options and says it cut', () => {
    const html = `${summary}<select name="field_milestone">${Array.from({ length: 5000 }, (_, i) => option(i)).join('')}</select>`;
    const read = readNewTicketForm(html);
    expect(read.ok && read.fields[0]!.options.length).toBe(FORM_LIMITS.optionsPerField);
    expect(read.ok && read.cut).toBe(true);
  });

  it('keeps at most FORM_LIMITS.fields fields', () => {
    const html = summary + Array.from({ length: 200 }, (_, i) => `<select name="field_f${i}">${option(i)}</select>`).join('');
    const read = readNewTicketForm(html);
    expect(read.ok && read.fields.length).toBe(FORM_LIMITS.fields);
  });

  it('leaves out options longer than FORM_LIMITS.optionChars', () => {
    const long = 'x'.repeat(FORM_LIMITS.optionChars + 1);
    const read = readNewTicketForm(`${summary}<select name="field_type"><option value="${long}">a</option><option>${long}</option><option>ok</option></select>`);
    expect(read.ok && read.fields[0]!.options).toEqual(['ok']);
  });

  it('reads only the first FORM_LIMITS.pageChars characters', () => {
    const html = `${summary}${' '.repeat(FORM_LIMITS.pageChars)}<select name="field_type"><option>late</option></select>`;
    const read = readNewTicketForm(html);
    expect(read).toEqual({ ok: true, fields: [], cut: true });
  });

  // Each of these is 200 KB or more of one pattern repeated: unfinished tags and quotes, open
  // comments, nested selects, endless options. A parser that looks back or re-scans takes
  // seconds here; this one reads each character a bounded number of times.
  const hostile: [string, string][] = [
    ['unfinished tags', '<a b '.repeat(50_000)],
    ['unfinished quotes', '<select name="field_x" title="'.repeat(10_000)],
    ['lone angle brackets', '< <<'.repeat(60_000)],
    ['open comments', '<!-- '.repeat(50_000)],
    ['script without end', `<script>${'</scrip'.repeat(40_000)}`],
    ['selects in selects', '<select name="field_a"><option>x'.repeat(8_000)],
    ['options without selects', '<option value="a">a</option>'.repeat(10_000)],
    ['labels without text end', '<label for="field-priority">'.repeat(8_000)],
    ['entities', `${summary}<select name="field_x"><option>${'&amp;&#x41;&bogus;'.repeat(20_000)}</option></select>`],
  ];
  it.each(hostile)('%s: answers and stays bounded', (_name, html) => {
    expect(html.length).toBeGreaterThanOrEqual(200_000);
    const read = readNewTicketForm(html);
    if (read.ok) {
      expect(read.fields.length).toBeLessThanOrEqual(FORM_LIMITS.fields);
      for (const f of read.fields) {
        expect(f.options.length).toBeLessThanOrEqual(FORM_LIMITS.optionsPerField);
        for (const o of f.options) expect(o.length).toBeLessThanOrEqual(FORM_LIMITS.optionChars);
      }
    }
  });
});

describe('decodeEntities', () => {
  it.each([
    ['plain', 'plain'],
    ['R&amp;D', 'R&D'],
    ['&quot;a&quot; &#39;b&#39; &apos;c&apos;', '"a" \'b\' \'c\''],
    ['&#x1F600;', '😀'],
    ['&#0; &#xD800; &#x110000;', '&#0; &#xD800; &#x110000;'],
    ['&unknown; & &amp', '&unknown; & &amp'],
  ])('%s → %s', (input, expected) => {
    expect(decodeEntities(input)).toBe(expected);
  });
});
