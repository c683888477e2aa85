// compose.ts (and the readers) in real Chromium: fixture pages served at their groups.google.com
// URLs with Trusted Types enforced, the adapter bundled by esbuild and evaluated in the page.
import { existsSync, readFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { chromium, type Browser, type BrowserContext, type JSHandle, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { InsertResult } from '../host-adapter';
import type { ThreadSnapshot } from '../../model/thread';
import { ownFixtures, readIndex, sharedFixtures, type ConversationTruth, type FixtureSet } from './test-support/fixture-pages';

const CHROMIUM = '/usr/bin/chromium';
const ORIGIN = 'https://groups.google.com';
const EDITOR = '[role="textbox"][contenteditable="true"]';
const CSP = "require-trusted-types-for 'script'; trusted-types fixture-html";

/** What the bundle puts on `window.casebookGroups`. */
interface PageApi {
  insertIntoGroupsReply(doc: Document, text: string): Promise<InsertResult>;
  trackGroupsCaret(doc: Document, signal: AbortSignal): void;
  readGroupsThread(doc: Document, url: URL): ThreadSnapshot;
  blockText(root: Node): string;
}

let browser: Browser;
let context: BrowserContext;
let bundle: string;

/** Serves /g/<group>/** from the set that owns the group; `?fx=<file>` picks a static page. */
function fixtureFor(url: URL): { set: FixtureSet; file: string } | null {
  const set = url.pathname.startsWith('/g/ftpgate-help') ? ownFixtures : url.pathname.startsWith('/g/ftpgate-support') ? sharedFixtures : null;
  return set?.available ? { set, file: url.searchParams.get('fx') ?? 'app.html' } : null;
}

/** Script errors of the pages opened so far (a Trusted Types violation would be one). */
const pageErrors: string[] = [];

async function openPage(path: string): Promise<{ page: Page; api: JSHandle<PageApi> }> {
  const page = await context.newPage();
  page.on('pageerror', (error) => pageErrors.push(`${path}: ${error.message}`));
  await page.goto(`${ORIGIN}${path}`);
  await page.evaluate(bundle);
  const api = (await page.evaluateHandle(() => (window as unknown as { casebookGroups: PageApi }).casebookGroups)) as JSHandle<PageApi>;
  return { page, api };
}

function collapse(text: string | null): string {
  return (text ?? '').replace(/\s+/g, ' ').trim();
}

describe.skipIf(!existsSync(CHROMIUM) || !ownFixtures.available)('Groups adapter in Chromium (needs /usr/bin/chromium)', () => {
  beforeAll(async () => {
    const here = dirname(fileURLToPath(import.meta.url));
    const contents = [
      "export { insertIntoGroupsReply, trackGroupsCaret } from './compose';",
      "export { readGroupsThread } from './read-thread';",
      "export { blockText } from './plain-text';",
    ].join('\n');
    const out = await build({ stdin: { contents, resolveDir: here, loader: 'ts' }, bundle: true, format: 'iife', globalName: 'casebookGroups', write: false, target: 'chrome120' });
    bundle = out.outputFiles[0]?.text ?? '';
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      headless: true,
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
    });
    context = await browser.newContext();
    await context.route('**/*', async (route) => {
      const url = new URL(route.request().url());
      const fixture = url.origin === ORIGIN ? fixtureFor(url) : null;
      if (fixture === null) return route.fulfill({ status: 404, body: '' });
      const body = readFileSync(`${fixture.set.dir}${fixture.file}`, 'utf8');
      return route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', headers: { 'Content-Security-Policy': CSP }, body });
    });
  }, 20_000);

  afterAll(async () => {
    await browser?.close();
    expect(pageErrors).toEqual([]);
  });

  it('opens "Reply all", types the text as lines, enables "Post message", and undo removes it', async () => {
    const { page, api } = await openPage('/g/ftpgate-help/c/q9Zr-4LmT_w');
    await page.waitForSelector('section[role="listitem"]');
    expect(await page.locator(EDITOR).count()).toBe(0);

    const result = await api.evaluate((groups) => groups.insertIntoGroupsReply(document, 'Hi Wendell,\n\nGlad it works.\nIngrid'));

    expect(result).toEqual({ ok: true, editor: 'groups-reply', openedReply: true });
    const editor = page.locator(EDITOR);
    expect(await api.evaluate((groups, css) => groups.blockText(document.querySelector(css)!), EDITOR)).toBe('Hi Wendell,\n\nGlad it works.\nIngrid');
    await expect.poll(() => page.locator('[data-fx-send]').isEnabled()).toBe(true);
    await page.evaluate(() => document.execCommand('undo'));
    expect(await editor.evaluate((el) => el.textContent)).toBe('');
    await page.close();
  });

  it('inserts at the caret remembered before the focus moved away, with input events', async () => {
    const { page, api } = await openPage('/g/ftpgate-help/c/_hB2yW7cXe1?fx=conversation-reply-open.html');
    await api.evaluate((groups) => groups.trackGroupsCaret(document, new AbortController().signal));
    const editor = page.locator(EDITOR);
    await editor.click();
    await page.keyboard.type('Hi Anselm, Rafael');
    for (let i = 0; i < ' Rafael'.length; i++) await page.keyboard.press('ArrowLeft');
    await page.click('h1'); // the sidebar takes the focus
    await editor.evaluate((el) => {
      (window as unknown as { inputs: string[] }).inputs = [];
      el.addEventListener('input', (e) => (window as unknown as { inputs: string[] }).inputs.push((e as InputEvent).inputType));
    });

    const result = await api.evaluate((groups) => groups.insertIntoGroupsReply(document, ' publish the new key first.'));

    expect(result).toEqual({ ok: true, editor: 'groups-reply', openedReply: false });
    expect(collapse(await editor.textContent())).toBe('Hi Anselm, publish the new key first. Rafael');
    expect(await page.evaluate(() => (window as unknown as { inputs: string[] }).inputs)).toContain('insertText');
    await page.close();
  });

  describe.each<[string, FixtureSet]>([
    ['own', ownFixtures],
    ['shared (needs ../shared)', sharedFixtures],
  ])('readGroupsThread after SPA navigation, %s app.html', (_name, set) => {
    const app = set.available ? readIndex(set).find((p) => p.file === 'app.html') : undefined;
    const states = (app?.states ?? []).filter((s): s is { path: string; truth: ConversationTruth } => s.truth.view === 'conversation');

    it.skipIf(!set.available)('clicks each topic from the list, reads it, and comes back', async () => {
      const { page, api } = await openPage(app === undefined ? '/' : new URL(app.url).pathname);
      for (const { path, truth } of states) {
        await page.click(`[role="row"][data-rowid="${truth.topicId}"] a`);
        await page.waitForFunction((topic) => document.querySelector(`[data-conv-id="${topic}"]`) !== null, truth.topicId);
        const snapshot = await api.evaluate((groups) => groups.readGroupsThread(document, new URL(location.href)));
        expect(new URL(page.url()).pathname).toBe(path);
        expect(snapshot).toMatchObject({ threadId: truth.topicId, subject: truth.subject, problems: [] });
        expect(snapshot.messages.map((m) => collapse(m.body).slice(0, 80))).toEqual(truth.messages.map((m) => m.bodyStart));
        expect(await page.title()).toContain(truth.subject);
        await page.goBack();
        await page.waitForSelector('[role="row"][data-rowid]');
      }
      await page.close();
    });
  });
});
