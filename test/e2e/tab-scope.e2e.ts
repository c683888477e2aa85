import { join } from 'node:path';
import type { CDPSession, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { gmailFixtureSets, settingsFor } from './gmail-fixtures';
import { launchWithExtension, saveSettings, serveFile, sidebar, type Browser } from './harness';
import './matchers';

// What a page (or a faked content script) can make Casebook do from a Gmail tab: only what its
// own conversation needs. The test speaks from the content script's own world over CDP, as an
// attacker who took that world over would.
const set = gmailFixtureSets()[0]!;
const thread = set.files.find((f) => f.file === 'thread-inline-reply.html')!;

let browser: Browser;
let gmail: Page;
let cdp: CDPSession;
let contentWorld: number;

/** Runs `expression` (an async function body) in Casebook's content-script world of the Gmail tab. */
async function inContentScript<T>(body: string): Promise<T> {
  const { result, exceptionDetails } = await cdp.send('Runtime.evaluate', {
    contextId: contentWorld,
    expression: `(async () => { ${body} })()`,
    awaitPromise: true,
    returnByValue: true,
  });
  if (exceptionDetails) throw new Error(exceptionDetails.exception?.description ?? exceptionDetails.text);
  return result.value as T;
}

const ask = (type: string, payload: unknown): Promise<{ ok: boolean; error?: string; data?: unknown }> =>
  inContentScript(`return chrome.runtime.sendMessage(${JSON.stringify({ casebook: 1, type, payload })});`);

beforeAll(async () => {
  browser = await launchWithExtension();
  await saveSettings(browser.worker, settingsFor(set.account));
  await serveFile(browser.context, 'https://mail.google.com/mail/u/0/**', join(set.dir, thread.file));
  gmail = await browser.context.newPage();
  cdp = await browser.context.newCDPSession(gmail);
  const worlds: { id: number; name: string }[] = [];
  cdp.on('Runtime.executionContextCreated', ({ context }) => worlds.push({ id: context.id, name: context.name }));
  await cdp.send('Runtime.enable');
  await gmail.goto(thread.url);
  await expect(sidebar(gmail).getByRole('region', { name: 'Case' })).toBeVisible();
  const world = worlds.findLast((w) => w.name === 'Casebook');
  if (!world) throw new Error(`No Casebook content-script world among ${worlds.map((w) => w.name).join(', ')}`);
  contentWorld = world.id;
});
afterAll(async () => browser?.close());

describe('a Gmail tab acts only on its own conversation', () => {
  it('may not list, count or export the database, or save templates', async () => {
    for (const [type, payload] of [
      ['case.list', { filter: 'all', search: '', offset: 0, limit: 50, me: '' }],
      ['case.counts', {}],
      ['case.get', { caseId: 'gmail:x:1' }],
      ['templates.save', { template: { id: 'custom:x', name: 'x', body: 'x', category: null, builtIn: false, updatedAt: 0 } }],
      ['case.logPhone', { customer: { name: 'x', email: 'x@example.com', organisation: '' }, subject: 's', notes: '', source: 'phone' }],
    ] as const) {
      expect(await ask(type, payload), type).toMatchObject({ ok: false, error: expect.stringContaining('Request refused') });
    }
  });

  it('may not change, escalate or correct another conversation’s case', async () => {
    const otherCase = `gmail:${set.account}:18c0ffee00000001`;
    expect(await ask('case.update', { caseId: otherCase, baseVersion: 1, change: { kind: 'owner', to: 'mallory@evil.example' }, actor: 'x' })).toMatchObject({
      ok: false,
      error: expect.stringContaining('only change the case of the conversation it shows'),
    });
    expect(await ask('trac.open', { caseId: otherCase, thread: null, summary: 's', values: { priority: 'major' } })).toMatchObject({ ok: false });
  });

  it('may still change its own case (what the sidebar does)', async () => {
    // A malformed request is refused by the schema, with what is wrong, and breaks nothing.
    expect(await ask('thread.opened', null)).toMatchObject({ ok: false, error: expect.stringContaining('Invalid thread.opened request') });
    const caseId = await sidebar(gmail).getByRole('heading', { name: 'Case' }).getAttribute('title');
    expect(await ask('case.update', { caseId, baseVersion: 1, change: { kind: 'notes', notes: 'from the tab' }, actor: 'me' })).toMatchObject({ ok: true });
  });

  it('cannot rewrite the settings in extension storage (the Trac address stays the user’s)', async () => {
    const outcome = await inContentScript<string>(`
      try { await chrome.storage.local.set({ settings: { trac: { baseUrl: 'https://evil.example/' } } }); return 'written'; }
      catch (error) { return 'refused: ' + error.message; }`);
    expect(outcome).toMatch(/^refused/);
    const stored = await browser.worker.evaluate(async () => ((await chrome.storage.local.get('settings')).settings as { trac?: { baseUrl?: string } }).trac?.baseUrl);
    expect(stored).not.toBe('https://evil.example/');
  });
});
