import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { GROUPS_EDITOR, groupsFixtureSets, groupsPages, groupsSettingsFor } from './groups-fixtures';
import { hasShared, launchWithExtension, ownFixtures, saveSettings, serveFile, sidebar, templateButton, type Browser } from './harness';
import './matchers';

const EDITOR = GROUPS_EDITOR;
const sets = groupsFixtureSets;

let browser: Browser;
beforeAll(async () => {
  browser = await launchWithExtension();
});
afterAll(async () => browser?.close());

if (!hasShared) describe.skip('Groups fixtures of ../shared (needs ../shared; absent in a user clone)', () => it('skipped'));

for (const set of sets) {
  const pages = groupsPages(set.dir);
  const conversations = pages.filter((p) => p.truth.view === 'conversation' && p.truth.subject);
  const app = pages.find((p) => p.file === 'app.html');
  const group = conversations[0]?.truth;

  describe(`Google Groups sidebar over the ${set.name} fixtures`, () => {
    beforeAll(() => saveSettings(browser.worker, groupsSettingsFor(set, group)));

    it.each(conversations.map((p) => [p.file, p] as const))('%s: subject, customer and authors', async (file, fixture) => {
      const page = await browser.context.newPage();
      await serveFile(browser.context, 'https://groups.google.com/**', join(set.dir, file));
      await page.goto(fixture.url);
      const aside = sidebar(page);
      await expect(aside.getByRole('heading', { name: fixture.truth.subject })).toBeVisible();
      const customer = fixture.truth.messages?.find((m) => !m.authorEmail?.endsWith(`@${set.staffDomain}`));
      if (customer) await expect(aside.getByTestId('customer')).toContainText(customer.authorName);
      await expect(aside.getByRole('region', { name: 'Case' })).toBeVisible();
      await page.close();
    });

    it.each(conversations.map((p) => [p.file, p] as const))('%s: a template lands in the reply editor', async (file, fixture) => {
      const page = await browser.context.newPage();
      await serveFile(browser.context, 'https://groups.google.com/**', join(set.dir, file));
      await page.goto(fixture.url);
      await (await templateButton(page, 'Acknowledgement with estimated time')).click();
      await expect(sidebar(page).getByRole('status').filter({ hasText: 'Inserted' })).toBeVisible();
      const text = await page.locator(EDITOR).first().innerText();
      expect(text.trim().length).toBeGreaterThan(40);
      expect(text.split('\n').length).toBeGreaterThan(2);
      expect(text).not.toMatch(/undefined|\{\{/);
      await page.close();
    });

    it.runIf(app !== undefined)('list ⇄ conversation without reload: the sidebar follows', async () => {
      const states = app!.states!.filter((s) => s.truth.view === 'conversation');
      const [first, second] = states;
      const page = await browser.context.newPage();
      await serveFile(browser.context, 'https://groups.google.com/**', join(set.dir, 'app.html'));
      await page.goto(app!.url);
      await page.waitForTimeout(400);
      await expect(sidebar(page)).toHaveCount(0);
      const loads: number[] = [];
      page.on('load', () => loads.push(Date.now()));
      for (const state of [first!, second!]) {
        await page.locator(`a[href$="${state.path.split('/').pop()}"]`).first().click();
        await expect(sidebar(page).getByRole('heading', { name: state.truth.subject })).toBeVisible();
        await page.goBack();
        await expect(sidebar(page)).toHaveCount(0);
      }
      expect(loads).toEqual([]); // single-page navigation only
      await page.close();
    });

    const collaborative = pages.find((p) => p.truth.collaborativeInbox);
    it.runIf(collaborative !== undefined)('Collaborative Inbox: assignee and resolution become one-click suggestions', async () => {
      const page = await browser.context.newPage();
      await serveFile(browser.context, 'https://groups.google.com/**', join(set.dir, collaborative!.file));
      await page.goto(collaborative!.url);
      const hints = sidebar(page).getByRole('region', { name: 'Collaborative Inbox' });
      const assignee = collaborative!.truth.collaborativeInbox!.assigneeName;
      await hints.getByRole('button', { name: `Make ${assignee} the owner` }).click();
      await hints.getByRole('button', { name: 'Close the case' }).click();
      await expect.poll(() => sidebar(page).getByRole('combobox', { name: 'Status', exact: true }).inputValue(), { timeout: 10_000 }).toBe('closed');
      await expect(hints).toHaveCount(0);
      await page.close();
    });
  });
}

describe('a Groups page Casebook cannot read', () => {
  it('reports what is missing and breaks nothing', async () => {
    const dir = join(ownFixtures, 'groups');
    const degraded = groupsPages(dir).find((p) => p.file === 'conversation-degraded.html')!;
    const page = await browser.context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await serveFile(browser.context, 'https://groups.google.com/**', join(dir, degraded.file));
    await page.goto(degraded.url);
    await expect(sidebar(page).getByRole('status', { name: 'Reading problems' })).toContainText('could not read');
    // The report's script is injected on demand (entrypoints/report-page.ts), into this tab only.
    await browser.context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: 'https://groups.google.com' });
    await sidebar(page).getByRole('button', { name: 'Report this page' }).click();
    await expect(sidebar(page).getByRole('status', { name: 'Reading problems' })).toContainText('censored snapshot');
    const clip = await page.evaluate(() => navigator.clipboard.readText());
    expect(clip).toContain('Casebook page report: groups.google.com');
    for (const address of ['noor.haddad@example.org', 'ingrid.solberg@ftpgate.example.net', 'ftpgate-help@googlegroups.com']) {
      expect(clip).not.toContain(address);
    }
    expect(clip).toContain('@censored.invalid');
    expect(errors).toEqual([]);
    await page.close();
  });
});
