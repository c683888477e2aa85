import { describe, expect, it } from 'vitest';
import type { SupportCase } from '../../model/case';
import type { TracSettings } from '../../model/settings';
import type { ThreadSnapshot } from '../../model/thread';
import { buildTemplateVars } from '../templates/template-vars';
import { utf8ByteLength } from './fit-to-budget';
import { buildNewTicketUrl, type NewTicketInput } from './new-ticket-url';
import { sampleCase, sampleSettings, sampleThread } from './test-samples';

const ZWSP = '\u200B';

function input(overrides: Partial<NewTicketInput> = {}, trac: Partial<TracSettings> = {}): NewTicketInput {
  const thread = overrides.thread === undefined ? sampleThread() : overrides.thread;
  const supportCase = overrides.supportCase ?? sampleCase();
  const settings = sampleSettings();
  return {
    trac: { ...settings.trac, ...trac },
    supportCase,
    thread,
    customerTexts: thread?.messages.map((message) => message.body) ?? [],
    vars: buildTemplateVars({ thread, supportCase, settings, missing: [], now: Date.UTC(2025, 0, 6), holidays: () => false }),
    ...overrides,
  };
}

/** The link, and what Trac receives from it. */
function build(overrides: Partial<NewTicketInput> = {}, trac: Partial<TracSettings> = {}) {
  const link = buildNewTicketUrl(input(overrides, trac));
  if (!link.ok) throw new Error(`expected a link, got ${link.problem.kind}`);
  const url = new URL(link.url);
  const field = (name: string): string | null => url.searchParams.get(name);
  return { ...link, parsed: url, field, description: field('description') ?? '' };
}

describe('buildNewTicketUrl: where the link goes', () => {
  it.each([
    ['https://trac.example.com/project', 'https://trac.example.com/project/newticket?'],
    ['https://trac.example.com/project/', 'https://trac.example.com/project/newticket?'],
    ['https://trac.example.com', 'https://trac.example.com/newticket?'],
    ['https://trac.example.com/', 'https://trac.example.com/newticket?'],
    ['http://trac.intranet:8000/trac/ftpgate/newticket', 'http://trac.intranet:8000/trac/ftpgate/newticket?'],
    ['https://trac.example.com/project/ticket/4711#comment:2', 'https://trac.example.com/project/newticket?'],
  ])('%s', (baseUrl, prefix) => {
    expect(build({}, { baseUrl }).url.startsWith(prefix)).toBe(true);
  });

  it.each([
    ['', 'no_base_url'],
    ['   ', 'no_base_url'],
    ['ftp://trac.example.com', 'invalid_base_url'],
    ['https://trac.example.com/project?x=1', 'invalid_base_url'],
  ])('refuses base %j', (baseUrl, kind) => {
    const link = buildNewTicketUrl(input({}, { baseUrl }));
    expect(link.ok ? 'ok' : link.problem.kind).toBe(kind);
  });
});

describe('buildNewTicketUrl: fields', () => {
  it('prefills the configured fields with bare names, description last', () => {
    const { parsed } = build();
    expect([...parsed.searchParams.keys()]).toEqual(['summary', 'type', 'priority', 'component', 'version', 'keywords', 'customer', 'description']);
    expect(Object.fromEntries([...parsed.searchParams].filter(([name]) => name !== 'description'))).toEqual({
      summary: 'Upload fails with 550 on files over 2 GB',
      type: 'defect',
      priority: 'high',
      component: 'server',
      version: '4.2',
      keywords: 'support',
      customer: 'Harborline',
    });
  });

  it.each([
    ['Re: RE: Fwd: Upload fails', 'Upload fails'],
    ['AW: WG: TR: FW: Upload fails', 'Upload fails'],
    ['', 'Upload fails with 550 on files over 2 GB'],
  ])('summary from subject %j', (subject, summary) => {
    expect(build({ thread: sampleThread({ subject }) }).field('summary')).toBe(summary);
  });

  it('uses the summary the user edited in the preview, over the subject', () => {
    expect(build({ summary: '  Uploads over 2 GB fail (550) since 4.2  ' }).field('summary')).toBe('Uploads over 2 GB fail (550) since 4.2');
    expect(build({ summary: '   ' }).field('summary')).toBe('Upload fails with 550 on files over 2 GB');
  });

  it('names the customer when there is no subject at all', () => {
    const link = build({ thread: null, supportCase: sampleCase({ subject: '' }) });
    expect(link.field('summary')).toBe('Support case from Harborline');
  });

  it('renders custom fields with the template variables and warns about what cannot work', () => {
    const link = build({}, {
      customFields: { customer: '{{customer.organisation}} ({{customer.email}})', contract: '{{customer.tier}}', owner: 'sam', 'bad name': 'x', empty: '{{trac.ticket}}' },
    });
    expect(link.field('customer')).toBe('Harborline (dana.whitfield@harborline.example.com)');
    expect(link.field('contract')).toBe('{{customer.tier}}');
    expect(link.field('owner')).toBeNull();
    expect(link.field('empty')).toBeNull();
    expect(link.warnings).toEqual([
      'The custom field "contract" uses unknown variables: customer.tier.',
      'The custom field "owner" cannot be set from a link and was left out.',
      'The custom field "bad name" cannot be set from a link and was left out.',
    ]);
  });

  it('leaves empty settings out so that Trac keeps its defaults', () => {
    const { parsed } = build({}, { type: '', priority: ' ', component: '', version: '', keywords: '', customFields: {} });
    expect([...parsed.searchParams.keys()]).toEqual(['summary', 'description']);
  });

  it('encodes + and # so that Trac receives them', () => {
    const link = build({ thread: sampleThread({ subject: 'C++ client: upload #123 fails & stops 100%' }) });
    expect(link.url).toContain('summary=C%2B%2B+client%3A+upload+%23123+fails+%26+stops+100%25');
    expect(link.url.indexOf('#')).toBe(-1);
    expect(link.field('summary')).toBe('C++ client: upload #123 fails & stops 100%');
  });
});

describe('buildNewTicketUrl: description', () => {
  it('has the customer, the installation table, the problem, the log and the way back', () => {
    const { description, shortened } = build();
    expect(shortened).toEqual([]);
    for (const line of [
      '||= Name =|| Dana Whitfield ||',
      '||= Email =|| {{{dana.whitfield@harborline.example.com}}} ||',
      '||= Organisation =|| Harborline ||',
      '||= Reported by =|| customer ||',
      '||= Conversation =|| [https://mail.google.com/mail/u/0/#inbox/FMfcgzQZSZCFKGTRmGLQvkTZplKBzhhS Gmail conversation] ||',
      '||= Casebook case =|| {{{gmail:support@example.com:1943afd33e03a1f2}}} ||',
      '||= Product version =|| FTPGate Server 4.2 ||',
      '||= Operating system =|| Windows Server 2022 ||',
      '||= Client log =|| \'\'\'missing\'\'\' ||',
      '||= Integrations =|| \'\'\'missing\'\'\' ||',
      '== Problem ==\n{{{\nHello Example Support team,\nSince we upgraded to FTPGate Server 4.2',
      '== Server log ==\n{{{\n2025-01-06 13:58:02 STOR /inbound/manifest_0106.tar 550 File exceeds MaxFileSize\n}}}',
    ]) {
      expect(description).toContain(line);
    }
    expect(description).not.toContain('== Client log ==');
  });

  it('says when a partner reported the case', () => {
    expect(build({ supportCase: sampleCase({ originator: 'partner' }) }).description).toContain('||= Reported by =|| partner (on behalf of their customer) ||');
  });

  it('marks a partial answer as incomplete', () => {
    const thread = sampleThread({ messages: [{ ...sampleThread().messages[0]!, body: 'It runs on Windows and fails.' }] });
    expect(build({ thread }).description).toContain("||= Operating system =|| Windows '''(incomplete)''' ||");
  });

  it('uses the notes of a phone case without a conversation', () => {
    const supportCase = sampleCase({ host: null, threadId: null, threadUrl: '', notes: 'Called 10:15: uploads over 2 GB fail since 4.2.' });
    const { description } = build({ thread: null, supportCase, customerTexts: [] });
    expect(description).toContain("||= Conversation =|| ''none (phone case)'' ||");
    expect(description).toContain('{{{\nCalled 10:15: uploads over 2 GB fail since 4.2.\n}}}');
  });

  it('links a team case back through a search, so every member\'s mailbox opens it (each has its own thread id)', () => {
    const supportCase = sampleCase({ id: 'conv-Ab3dE5gH7jK' });
    const { description } = build({ supportCase });
    const link = /\|\|= Conversation =\|\| \[(\S+) Gmail conversation\]/.exec(description)?.[1] ?? '';
    expect(link.startsWith('https://mail.google.com/mail/#search/')).toBe(true);
    expect(decodeURIComponent(link)).toContain(`from:${supportCase.customer.email}`);
    expect(description).not.toContain('/u/0/#inbox/');
  });

  it('links back to a Google Groups topic', () => {
    const thread = sampleThread({ host: 'groups', url: 'https://groups.google.com/g/ftpgate-support/c/Xk3v9QpL2aE' });
    expect(build({ thread }).description).toContain('[https://groups.google.com/g/ftpgate-support/c/Xk3v9QpL2aE Google Groups conversation]');
  });

  it.each([
    ['}}} inside a log cannot close the block', '2025-01-06 09:41:02 payload }}}\n}}}\n2025-01-06 09:41:03 {{{#!html', [`}}${ZWSP}}`, `{${ZWSP}{{#!html`], ['\n}}}\n2025-01-06']],
    ['#123 stays a ticket reference', 'Same as #123 from last year.', ['Same as #123 from last year.'], []],
    ['CamelCase in the problem is verbatim inside the block', 'MaxFileSize is 2 GB.', ['{{{\nMaxFileSize is 2 GB.'], ['!MaxFileSize is']],
    ['right-to-left text round-trips', 'مرحبا، التحميل يفشل منذ التحديث إلى 4.2', ['مرحبا، التحميل يفشل منذ التحديث إلى 4.2'], []],
    ['emoji round-trip', 'Uploads fail 😞🚀 since Friday', ['Uploads fail 😞🚀 since Friday'], []],
    ['wiki macros are inert', '[[Image(https://evil.example/x.png)]] \'\'\'bold\'\'\'', ["{{{\n[[Image(https://evil.example/x.png)]] '''bold'''"], []],
  ])('%s', (_title, body, present, absent) => {
    const message = { ...sampleThread().messages[0]!, body };
    const { description } = build({ thread: sampleThread({ messages: [message] }) });
    for (const text of present) expect(description).toContain(text);
    for (const text of absent) expect(description).not.toContain(text);
  });

  it('escapes CamelCase and wiki syntax in table values', () => {
    const supportCase = sampleCase({ customer: { name: 'Kenzie McDonald', email: 'k@example.org', organisation: "O''Neil [[BR]] Ltd" } });
    const { description } = build({ supportCase });
    expect(description).toContain('||= Name =|| Kenzie !McDonald ||');
    expect(description).toContain("||= Organisation =|| {{{O''Neil [[BR]] Ltd}}} ||");
  });
});

describe('buildNewTicketUrl: size budget', () => {
  const message = (body: string) => ({ ...sampleThread().messages[0]!, body });
  const withBody = (body: string): Partial<NewTicketInput> => ({ thread: sampleThread({ messages: [message(body)] }), customerTexts: [body] });
  const logLines = (count: number): string =>
    Array.from({ length: count }, (_, index) => `2025-01-06 09:${String(Math.floor(index / 60) % 60).padStart(2, '0')}:${String(index % 60).padStart(2, '0')} STOR /in/file_${index}.csv 550 File exceeds MaxFileSize`).join('\n');

  it.each([
    ['a normal case', withBody('Upload fails since 4.2.'), []],
    ['a long message', withBody('The upload fails. '.repeat(800)), ['problem']],
    ['a long pasted log', withBody(`It fails:\n${logLines(400)}`), ['problem', 'server log']],
    ['messages and logs spread over several mails', { customerTexts: ['Upload fails. '.repeat(300), logLines(200), `Status:\tConnecting\n${'Command:\tSTOR x\nResponse:\t550 no\n'.repeat(200)}`] }, ['problem', 'server log', 'client log']],
    ['multi-byte text', withBody('上传失败，文件超过两千兆字节。'.repeat(600)), ['problem']],
    ['emoji only', withBody('🚀'.repeat(5000)), ['problem']],
    ['a 1 MB body', withBody(`${'x'.repeat(1_000_000)}\n${logLines(3000)}`), ['problem', 'server log']],
  ] satisfies [string, Partial<NewTicketInput>, string[]][])('%s', (_title, overrides, shortened) => {
    const started = performance.now();
    const link = build(overrides);
    expect(performance.now() - started).toBeLessThan(2000);
    expect(link.bytes).toBe(utf8ByteLength(link.url));
    expect(link.bytes).toBeLessThanOrEqual(7000);
    expect(link.shortened).toEqual(shortened);
    const notes = link.description.match(/''\((?:shortened|left out to keep the link short): the full (?:message|log) is in the conversation\)''/g) ?? [];
    expect(notes).toHaveLength(shortened.length);
    expect(link.description).toContain('||= Casebook case =||');
    expect(link.description).not.toMatch(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/);
  });

  it('fills the room it has: the shortened link is close to the limit', () => {
    const link = build(withBody('The upload fails. '.repeat(800)));
    expect(link.bytes).toBeGreaterThan(6000);
  });

  it('keeps the start and the end of a long log', () => {
    const { description } = build(withBody(`It fails:\n${logLines(400)}`));
    expect(description).toContain('file_0.csv');
    expect(description).toContain('file_399.csv');
    expect(description).toMatch(/\[… \d+ lines left out …\]/);
  });

  it('honours a smaller budget', () => {
    const link = build({ ...withBody('The upload fails. '.repeat(100)), maxBytes: 2500 });
    expect(link.bytes).toBeLessThanOrEqual(2500);
    expect(link.shortened).toEqual(['problem']);
  });

  it('still produces a link, with a warning, when even the fixed parts do not fit', () => {
    const supportCase: SupportCase = sampleCase({ customer: { name: '名'.repeat(300), email: 'x@example.org', organisation: '組織'.repeat(300) } });
    const thread: ThreadSnapshot = sampleThread({ subject: '件名'.repeat(300) });
    const link = buildNewTicketUrl({ ...input({ supportCase, thread }), maxBytes: 1500 });
    expect(link.ok && link.warnings).toContain('The link is still longer than the limit: the web server may refuse it (HTTP 414).');
  });
});
