import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { gmailFixtureSets, settingsFor, type FixtureSet, type GmailFixture } from './gmail-fixtures';
import { launchWithExtension, saveSettings, serveFile, sidebar, templateButton, type Browser } from './harness';
import './matchers';

const GMAIL = 'https://mail.google.com/mail/u/0/**';
const EDITOR = '[g_editable="true"][role="textbox"]';
const BUILT_IN_NAMES = [
  'Installation details request',
  'Acknowledgement with estimated time',
  'Trac ticket notice',
  'Phone call follow-up (confirm in writing)',
  'Screen-share invitation',
  'Feature request answer (roadmap)',
  'Licensing hand-over to Sales',
  'Split your questions',
];

let browser: Browser;
beforeAll(async () => {
  browser = await launchWithExtension();
});
afterAll(async () => browser?.close());

/** Opens a fixture and counts `input` events on any reply editor, as Gmail's draft saving listens. */
async function openFixture(set: FixtureSet, fixture: GmailFixture): Promise<Page> {
  const page = await browser.context.newPage();
  await serveFile(browser.context, GMAIL, join(set.dir, fixture.file));
  await page.goto(fixture.url);
  await page.evaluate(() => {
    (window as unknown as { inputs: number }).inputs = 0;
    document.addEventListener('input', () => (window as unknown as { inputs: number }).inputs++, true);
  });
  await expect(sidebar(page).getByRole('searchbox', { name: 'Search templates' })).toBeVisible();
  return page;
}

/** Text of the first open reply editor without its signature, and the signature's text. */
async function editorParts(page: Page): Promise<{ before: string; signature: string }> {
  return page.locator(EDITOR).first().evaluate((editor) => {
    const signatureSelector = '.gmail_signature, .gmail_signature_prefix';
    const clone = editor.cloneNode(true) as HTMLElement;
    clone.querySelectorAll(signatureSelector).forEach((node) => node.remove());
    clone.style.cssText = 'position:absolute;left:-9999px;white-space:pre-wrap';
    document.body.append(clone);
    const before = clone.innerText;
    clone.remove();
    const signature = [...editor.querySelectorAll<HTMLElement>('.gmail_signature')].map((node) => node.innerText).join('\n');
    return { before, signature };
  });
}

/**
 * Clicks a template and, when it asks for values Casebook lacks, answers its fill-in fields:
 * `values` by field label, else a ticket-like number (accepted by every field). Enter inserts.
 */
async function insertTemplate(page: Page, name: string, values: Record<string, string> = {}): Promise<void> {
  await (await templateButton(page, name)).click();
  const inserted = sidebar(page).getByRole('status').filter({ hasText: 'Inserted' });
  const form = sidebar(page).getByRole('form', { name });
  await expect(inserted.or(form)).toBeVisible();
  if (!(await form.isVisible())) return;
  const inputs = form.getByRole('textbox');
  for (let i = 0; i < (await inputs.count()); i++) {
    const input = inputs.nth(i);
    const label = (await input.evaluate((el) => el.closest('label')?.textContent ?? '')).trim();
    if ((await input.inputValue()) === '') await input.fill(values[label] ?? '4711');
  }
  await inputs.last().press('Enter');
  await expect(inserted).toBeVisible();
}

for (const set of gmailFixtureSets()) {
  const inline = set.files.find((f) => f.view === 'thread+inline-reply');
  const closed = set.files.find((f) => f.view === 'thread' && !f.groundTruth.compose.open && f.groundTruth.messages && f.groundTruth.messages.length > 1);

  describe(`Gmail templates over the ${set.name} fixtures`, () => {
    beforeAll(() => saveSettings(browser.worker, settingsFor(set.account)));

    it.each(BUILT_IN_NAMES)('inserts "%s" at the caret, above the intact signature', async (name) => {
      if (!inline) throw new Error(`no inline-reply fixture in ${set.name}`);
      const page = await openFixture(set, inline);
      const signatureBefore = (await editorParts(page)).signature;
      await insertTemplate(page, name);
      const { before, signature } = await editorParts(page);
      expect(signature).toBe(signatureBefore);
      const full = await page.locator(EDITOR).first().innerText();
      const firstLine = before.trim().split('\n')[0] ?? '';
      expect(full.indexOf(firstLine)).toBeLessThan(full.indexOf(signature.split('\n')[0] ?? ''));
      expect(before.trim().length).toBeGreaterThan(40);
      // No gap a missing value would leave: "{{…}}", "#." or a space before punctuation.
      expect(before).not.toMatch(/undefined|\{\{|#\.|#\s| [.,]/);
      expect(before.split('\n').length).toBeGreaterThan(2); // line breaks kept
      expect(await page.evaluate(() => (window as unknown as { inputs: number }).inputs)).toBeGreaterThan(0);
      expect(await page.locator('input[name="subjectbox"]').evaluateAll((els) => els.map((e) => (e as HTMLInputElement).value))).not.toContainEqual(expect.stringContaining('Hello'));
      await page.close();
    });

    // A chat transcript a colleague forwarded (issue #13): the reply greets the visitor.
    const chat = set.files.find((f) => f.groundTruth.chatTranscript);
    it.runIf(chat !== undefined)('greets the visitor of a forwarded chat transcript, not the colleague who forwarded it', async () => {
      const page = await openFixture(set, chat!);
      const visitor = chat!.groundTruth.chatTranscript!.visitorName;
      await expect(sidebar(page).getByTestId('customer')).toContainText(visitor);
      await insertTemplate(page, 'Acknowledgement with estimated time');
      const text = await page.locator(EDITOR).first().innerText();
      expect(text).toContain(`Hi ${visitor.split(' ')[0]}`);
      expect(text).not.toMatch(new RegExp(`Hi ${chat!.groundTruth.messages![0]!.senderName.split(' ')[0]}`));
      await page.close();
    });

    // Which questions remain is checked against our own fixture, whose messages we wrote.
    it.runIf(set.name === 'own')('asks only for the installation details the thread lacks', async () => {
      if (!inline) throw new Error('no inline-reply fixture');
      const page = await openFixture(set, inline);
      await (await templateButton(page, 'Installation details request')).click();
      await expect(page.locator(EDITOR).first()).toContainText('Operating system name and version?');
      const { before } = await editorParts(page);
      expect(before).not.toContain('Product version?'); // "from 5.0.3 to 5.1.0"
      expect(before).not.toContain('File transfer protocol(s) used?'); // "SFTP uploads"
      expect(before).toContain('Kofi');
      await page.close();
    });

    it('asks for the Trac ticket number before inserting the notice: Enter on a blank field inserts nothing', async () => {
      if (!inline) throw new Error(`no inline-reply fixture in ${set.name}`);
      const page = await openFixture(set, inline);
      const before = (await editorParts(page)).before;
      await (await templateButton(page, 'Trac ticket notice')).click();
      const field = sidebar(page).getByRole('form', { name: 'Trac ticket notice' }).getByRole('textbox', { name: 'Trac ticket number' });
      // The first field has the focus: the user types the number at once.
      await expect.poll(() => field.evaluate((el) => (el.getRootNode() as ShadowRoot).activeElement === el)).toBe(true);
      await field.press('Enter');
      await field.fill('#12');
      await field.press('Enter');
      expect((await editorParts(page)).before).toBe(before);
      await field.fill('4711');
      await field.press('Enter');
      await expect(sidebar(page).getByRole('status').filter({ hasText: 'Inserted “Trac ticket notice”' })).toBeVisible();
      await expect(sidebar(page).getByRole('form', { name: 'Trac ticket notice' })).toHaveCount(0);
      const text = (await editorParts(page)).before;
      expect(text).toContain('your Trac ticket is #4711.');
      expect(text).toContain('Please quote #4711 whenever');
      await page.close();
    });

    it('the acknowledgement promises a future business time, and owns up to the delay on an overdue case', async () => {
      if (!inline) throw new Error(`no inline-reply fixture in ${set.name}`);
      const page = await openFixture(set, inline);
      await expect(sidebar(page).getByText('Loading case…')).toHaveCount(0);
      const track = sidebar(page).getByRole('button', { name: 'Track as a case' });
      if (await track.isVisible()) await track.click();
      await expect(track).toHaveCount(0);
      const overdue = (await sidebar(page).locator('.cb-deadline--overdue').count()) > 0;
      await insertTemplate(page, 'Acknowledgement with estimated time');
      const text = (await editorParts(page)).before;
      const promise = /come back to you by (\w+),? (\d+) (\w+)(?: (\d{4}))? at (\d\d):(\d\d)/.exec(text);
      expect(promise).not.toBeNull();
      const [, , day, month, year, hours, minutes] = promise ?? [];
      const at = new Date(`${day} ${month} ${year ?? new Date().getFullYear()} ${hours}:${minutes} UTC`).getTime();
      // The fixtures' messages are old: a deadline they set has passed, the promise is from now.
      expect(at).toBeGreaterThan(Date.now() - 14 * 3600_000); // time zones aside, not a day already past
      expect(text.includes('We are sorry that our answer comes later than we said.')).toBe(overdue);
      if (overdue) await expect(sidebar(page).getByRole('status').filter({ hasText: "This case's deadline has passed" })).toBeVisible();
      await page.close();
    });

    it.runIf(closed !== undefined)('opens a reply first when none is open', async () => {
      if (!closed) throw new Error('unreachable');
      const page = await openFixture(set, closed);
      expect(await page.locator(EDITOR).count()).toBe(0);
      await (await templateButton(page, 'Acknowledgement with estimated time')).click();
      await expect(page.locator(EDITOR).first()).toBeVisible();
      await expect(sidebar(page).getByRole('status').filter({ hasText: 'Inserted' })).toBeVisible();
      expect((await editorParts(page)).before.trim().length).toBeGreaterThan(40);
      await page.close();
    });

    it('inserts with the keyboard: Enter on a focused template button', async () => {
      if (!inline) throw new Error(`no inline-reply fixture in ${set.name}`);
      const page = await openFixture(set, inline);
      await (await templateButton(page, 'Split your questions')).focus();
      await page.keyboard.press('Enter');
      await expect(sidebar(page).getByRole('status').filter({ hasText: 'Inserted' })).toBeVisible();
      await page.close();
    });
  });
}
