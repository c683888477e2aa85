import { join } from 'node:path';
import type { Page } from 'puppeteer-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { expectedCustomer, gmailFixtureSets, settingsFor, type FixtureSet, type GmailFixture } from '../e2e/gmail-fixtures';
import { hasShared } from '../e2e/harness';
import { aria, find, inSidebar, openServed, saveSettings, templateButton, textOf, until, type Firefox } from './harness';

// The Chromium suite's Gmail flows (test/e2e/gmail-sidebar.e2e.ts, gmail-compose.e2e.ts) in
// Firefox: the content script, its shadow-root sidebar and typing into Gmail's editor are where
// the engines differ (execCommand, undo, line breaks, the `input` event).
const EDITOR = '[g_editable="true"][role="textbox"]';
const TEMPLATE = 'Acknowledgement with estimated time';

/** The Gmail flows, in the Firefox that `firefox()` gives (test/firefox/hosts.firefox.ts). */
export function gmailFlows(firefox: () => Firefox): void {
  if (!hasShared) describe.skip('Gmail fixtures of ../shared (needs ../shared; absent in a user clone)', () => it('skipped'));
  for (const set of gmailFixtureSets()) gmailFlowsOver(firefox, set);
}

/** Opens a fixture and counts `input` events on the page, as Gmail's draft saving listens. */
async function open(firefox: Firefox, set: FixtureSet, fixture: GmailFixture): Promise<Page> {
  const page = await openServed(firefox, fixture.url, join(set.dir, fixture.file), 'https://mail.google.com/mail/u/0/');
  await page.evaluate(() => {
    (window as unknown as { inputs: number }).inputs = 0;
    document.addEventListener('input', () => (window as unknown as { inputs: number }).inputs++, true);
  });
  return page;
}

const editorText = (page: Page): Promise<string> => textOf(page, EDITOR);
const inputs = (page: Page): Promise<number> => page.evaluate(() => (window as unknown as { inputs: number }).inputs);

function gmailFlowsOver(firefox: () => Firefox, set: FixtureSet): void {
  // The inline-reply thread's sidebar is checked by the template test, which opens it anyway.
  const threads = set.files.filter((f) => f.groundTruth.threadId && f.groundTruth.subject && f.view !== 'thread+inline-reply');
  const inline = set.files.find((f) => f.view === 'thread+inline-reply');
  const closed = set.files.find((f) => f.view === 'thread' && !f.groundTruth.compose.open && f.groundTruth.messages && f.groundTruth.messages.length > 1);

  describe(`Firefox: Gmail over the ${set.name} fixtures`, () => {
    beforeAll(() => saveSettings(firefox(), settingsFor(set.account)));

    it.each(threads.map((f) => [f.file, f] as const))('%s: the sidebar shows subject and customer', async (_file, fixture) => {
      const page = await open(firefox(), set, fixture);
      await find(page, inSidebar(aria('heading', fixture.groundTruth.subject)));
      const customer = expectedCustomer(fixture, set.account);
      if (customer) await until(`customer ${customer}`, async () => (await textOf(page, inSidebar('[data-testid="customer"]'))).includes(customer));
      await page.close();
    });

    it('inline reply: sidebar with subject and customer; a template is typed above the signature, fires `input`, keeps its lines, and Ctrl+Z takes it back', async () => {
      if (!inline) throw new Error(`no inline-reply fixture in ${set.name}`);
      const page = await open(firefox(), set, inline);
      await find(page, inSidebar(aria('heading', inline.groundTruth.subject)));
      const customer = expectedCustomer(inline, set.account);
      if (customer) await until(`customer ${customer}`, async () => (await textOf(page, inSidebar('[data-testid="customer"]'))).includes(customer));
      const before = await editorText(page);
      const signature = await page.$eval(`${EDITOR} .gmail_signature`, (el) => (el as HTMLElement).innerText).catch(() => '');
      await (await templateButton(page, TEMPLATE)).click();
      await until('"Inserted" in the sidebar', async () => (await textOf(page, inSidebar())).includes('Inserted'));
      const after = await editorText(page);
      // Typed at the caret Gmail leaves on the first (empty) line: everything from the
      // signature's "--" on is as it was. (Firefox fills that first line; Chromium adds lines.)
      const tail = before.slice(before.indexOf('--'));
      expect(after.endsWith(tail)).toBe(true);
      const inserted = after.slice(0, after.length - tail.length);
      expect(inserted.trim().length).toBeGreaterThan(40);
      expect(inserted).not.toMatch(/undefined|\{\{/);
      expect(inserted.trim().split('\n').length).toBeGreaterThan(2); // line breaks kept
      if (signature) expect(after).toContain(signature);
      expect(await inputs(page)).toBeGreaterThan(0);
      await page.keyboard.down('Control');
      await page.keyboard.press('z');
      await page.keyboard.up('Control');
      await until('undo restores the editor', async () => (await editorText(page)) === before);
      await page.close();
    });

    it.runIf(set.name === 'own')('asks only for the installation details the thread lacks', async () => {
      if (!inline) throw new Error('no inline-reply fixture');
      const page = await open(firefox(), set, inline);
      await (await templateButton(page, 'Installation details request')).click();
      await until('the question list in the reply', async () => (await editorText(page)).includes('Operating system name and version?'));
      const text = await editorText(page);
      expect(text).not.toContain('Product version?'); // "from 5.0.3 to 5.1.0"
      expect(text).toContain('Kofi');
      await page.close();
    });

    it.runIf(closed !== undefined)('opens a reply first when none is open', async () => {
      const page = await open(firefox(), set, closed!);
      expect(await page.$(EDITOR)).toBeNull();
      await (await templateButton(page, TEMPLATE)).click();
      await until('"Inserted" in the sidebar', async () => (await textOf(page, inSidebar())).includes('Inserted'));
      expect((await editorText(page)).trim().length).toBeGreaterThan(40);
      await page.close();
    });
  });
}
