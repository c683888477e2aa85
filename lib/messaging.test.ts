import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { serve, pushToTab, senderKind, type Handlers, type Sender } from './messaging';
import { ask as askFromPage, onPush as onPushInPage } from './content/content-messaging';

const extensionId = fakeBrowser.runtime.id;
const gmailTab = { id: extensionId, url: 'https://mail.google.com/mail/u/0/#inbox/FMfcgz', tab: { id: 7 } };
const listTotal = (total: unknown) => ({ 'case.listTotal': async () => ({ total }) }) as unknown as Handlers;
const request = { casebook: 1, type: 'case.listTotal', payload: { filter: 'all', search: '', me: '' } };
const pageSender = { id: extensionId, url: `chrome-extension://${extensionId}/popup.html` };

// The fake's typings want sendResponse; our listeners answer with a promise instead.
const trigger = (message: unknown, sender: unknown): Promise<unknown[]> =>
  (fakeBrowser.runtime.onMessage.trigger as unknown as (m: unknown, s: unknown) => Promise<unknown[]>)(message, sender);
/** Answers the page's sendMessage with `raw`, as the background would. */
const answerWith = (raw: unknown): void => {
  vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockResolvedValue(raw as never);
};

/** Delivers `message` to the listeners `serve` registered, as the browser would. */
async function deliver(message: unknown, sender: unknown): Promise<unknown> {
  const answers: unknown[] = await trigger(message, sender);
  return answers.find((answer) => answer !== undefined);
}

describe('serve (background)', () => {
  afterEach(() => {
    fakeBrowser.reset();
    vi.restoreAllMocks();
  });

  it('answers a valid request from our extension page', async () => {
    serve(listTotal(3));
    expect(await deliver(request, pageSender)).toEqual({ ok: true, data: { total: 3 } });
  });

  it('refuses another extension and pages outside the two hosts', async () => {
    serve(listTotal(3));
    expect(await deliver(request, { ...gmailTab, id: 'someone-else' })).toEqual({ ok: false, error: 'Request refused: unknown sender.' });
    expect(await deliver(request, { id: extensionId, url: 'https://evil.example/' })).toMatchObject({ ok: false });
  });

  it('refuses to content scripts what only extension pages need, and answers the pages', async () => {
    serve(listTotal(3));
    expect(await deliver(request, gmailTab)).toEqual({ ok: false, error: "Request refused: case.listTotal is only for Casebook's own pages." });
    const dashboard = { id: extensionId, url: `chrome-extension://${extensionId}/dashboard.html`, tab: { id: 2 } };
    expect(await deliver(request, dashboard)).toEqual({ ok: true, data: { total: 3 } });
  });

  it.each([
    ['our own page', { url: 'chrome-extension://ID/popup.html' }, 'page'],
    ['our content script in a Gmail tab', { url: 'https://mail.google.com/mail/u/0/', tab: { id: 1 } }, 'tab'],
    ['our content script in a Groups tab', { url: 'https://groups.google.com/g/support/c/x', tab: { id: 1 } }, 'tab'],
    ['a Gmail URL with no tab', { url: 'https://mail.google.com/mail/u/0/' }, null],
    ['a look-alike host', { url: 'https://mail.google.com.evil.example/', tab: { id: 1 } }, null],
    ['another site', { url: 'https://evil.example/', tab: { id: 1 } }, null],
  ])('senderKind: %s', (_what, sender, kind) => {
    expect(senderKind({ id: 'ID', ...sender } as Sender, 'ID', 'chrome-extension://ID/')).toBe(kind);
    expect(senderKind({ id: 'OTHER', ...sender } as Sender, 'ID', 'chrome-extension://ID/')).toBeNull();
  });

  it('rejects a malformed request with the path of what is wrong', async () => {
    serve(listTotal(3));
    const answer = await deliver({ ...request, payload: { filter: 'everything', search: '', me: '' } }, pageSender);
    expect(answer).toMatchObject({ ok: false, error: expect.stringContaining('filter') });
  });

  it('checks its own answer before it leaves: the page never receives one that breaks the protocol', async () => {
    const logged = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    serve(listTotal('three'));
    const answer = await deliver(request, pageSender);
    expect(answer).toMatchObject({ ok: false, error: expect.stringContaining('case.listTotal failed validation') });
    expect(logged).toHaveBeenCalled();
  });

  it('leaves messages that are not ours to other listeners', async () => {
    serve(listTotal(3));
    expect(await deliver({ type: 'case.changed' }, pageSender)).toBeUndefined();
  });

  it('refuses to push a message that breaks the protocol', async () => {
    await expect(pushToTab(7, { type: 'command', command: 'self-destruct' } as never)).rejects.toThrow();
  });
});

describe('content-messaging (page side, no Zod)', () => {
  afterEach(() => {
    fakeBrowser.reset();
    vi.restoreAllMocks();
  });

  it('returns the data of a successful answer', async () => {
    answerWith({ ok: true, data: { total: 4 } });
    await expect(askFromPage('case.listTotal', { filter: 'all', search: '', me: '' })).resolves.toEqual({ total: 4 });
  });

  it('turns an error answer into a MessagingError with the plain message', async () => {
    answerWith({ ok: false, error: 'No such case.' });
    await expect(askFromPage('case.get', { caseId: 'x' })).rejects.toThrow('No such case.');
  });

  it.each([undefined, null, 'ok', { ok: 'yes' }, { ok: false, error: 3 }, { ok: true }])('a malformed answer (%j) is an error, not a crash', async (raw) => {
    answerWith(raw);
    await expect(askFromPage('case.counts', {})).rejects.toThrow('malformed answer to case.counts');
  });

  it('hears pushes from this extension only, and only known kinds', async () => {
    const heard: unknown[] = [];
    const stop = new AbortController();
    onPushInPage((message) => heard.push(message), stop.signal);
    const push = { type: 'command', command: 'toggle-sidebar' };
    await trigger(push, { id: extensionId });
    await trigger(push, { id: 'another-extension' });
    await trigger({ type: 'unheard-of' }, { id: extensionId });
    stop.abort();
    await trigger(push, { id: extensionId });
    expect(heard).toEqual([push]);
  });
});
