import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { GROUPS_EDITOR, groupsFixtureSets, groupsPages, groupsSettingsFor } from '../e2e/groups-fixtures';
import { hasShared, ownFixtures } from '../e2e/harness';
import { aria, find, inSidebar, openServed, saveSettings, templateButton, textOf, until, type Firefox } from './harness';

// The Chromium suite's Groups flows (test/e2e/groups-sidebar.e2e.ts) in Firefox, and
// "Report this page": scripting.executeScript into the tab and the clipboard, both of which
// Firefox handles its own way (MV2 scripting API, clipboard write needing the user's click).
/** The Groups flows, in the Firefox that `firefox()` gives (test/firefox/hosts.firefox.ts). */
export function groupsFlows(firefox: () => Firefox): void {
  if (!hasShared) describe.skip('Groups fixtures of ../shared (needs ../shared; absent in a user clone)', () => it('skipped'));
  for (const set of groupsFixtureSets) groupsFlowsOver(firefox, set);
  unreadablePage(firefox);
}

function groupsFlowsOver(firefox: () => Firefox, set: (typeof groupsFixtureSets)[number]): void {
  const conversations = groupsPages(set.dir).filter((p) => p.truth.view === 'conversation' && p.truth.subject);

  describe(`Firefox: Google Groups over the ${set.name} fixtures`, () => {
    beforeAll(() => saveSettings(firefox(), groupsSettingsFor(set, conversations[0]?.truth)));

    it.each(conversations.map((p) => [p.file, p] as const))('%s: sidebar with subject, customer and case; a template lands in the reply', async (_file, fixture) => {
      const page = await openServed(firefox(), fixture.url, join(set.dir, fixture.file));
      await find(page, inSidebar(aria('heading', fixture.truth.subject)));
      const customer = fixture.truth.messages?.find((m) => !m.authorEmail?.endsWith(`@${set.staffDomain}`));
      if (customer) await until(`customer ${customer.authorName}`, async () => (await textOf(page, inSidebar('[data-testid="customer"]'))).includes(customer.authorName));
      await find(page, inSidebar(aria('region', 'Case')));
      await (await templateButton(page, 'Acknowledgement with estimated time')).click();
      await until('"Inserted" in the sidebar', async () => (await textOf(page, inSidebar())).includes('Inserted'));
      const text = await textOf(page, GROUPS_EDITOR);
      expect(text.trim().length).toBeGreaterThan(40);
      expect(text.trim().split('\n').length).toBeGreaterThan(2);
      expect(text).not.toMatch(/undefined|\{\{/);
      await page.close();
    });
  });
}

function unreadablePage(firefox: () => Firefox): void {
  describe('Firefox: a Groups page Casebook cannot read', () => {
    it('says what is missing; "Report this page" injects its script and puts a censored snapshot on the clipboard', async () => {
      const dir = join(ownFixtures, 'groups');
      const degraded = groupsPages(dir).find((p) => p.file === 'conversation-degraded.html')!;
      const page = await openServed(firefox(), degraded.url, join(dir, degraded.file));
      const errors: string[] = [];
      page.on('pageerror', (error: unknown) => errors.push(error instanceof Error ? error.message : String(error)));
      const problems = inSidebar(aria('status', 'Reading problems'));
      await until('"could not read"', async () => (await textOf(page, problems)).includes('could not read'));
      await (await find(page, inSidebar(aria('button', 'Report this page')))).click();
      // The clipboard write happens in the tab, after a round trip to the background: Firefox
      // still counts it as the user's click (else the snapshot would be downloaded instead).
      await until('the report went to the clipboard', async () => (await textOf(page, problems)).includes('on your clipboard'));
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
}
