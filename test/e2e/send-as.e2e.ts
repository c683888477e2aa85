import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { gmailFixtureSets, settingsFor } from './gmail-fixtures';
import { launchWithExtension, saveSettings, serveFile, sidebar, templateButton, type Browser } from './harness';
import './matchers';

// Issue #13: a reply sent from one of the account's Gmail send-as addresses is staff's, with no
// setup naming that address. Casebook learns it from the reply's From menu when a template goes in.

const GMAIL = 'https://mail.google.com/mail/u/0/**';
const EDITOR = '.ip.adB [g_editable="true"][role="textbox"]';
const set = gmailFixtureSets().find((s) => s.name === 'own')!;
const fixture = set.files.find((f) => f.groundTruth.sendAs)!;
const truth = fixture.groundTruth.sendAs!;
const aliasSender = fixture.groundTruth.messages!.find((m) => m.senderEmail === truth.from)!;

let browser: Browser;
beforeAll(async () => {
  browser = await launchWithExtension();
  // The options name the account and the team, not the send-as address.
  await saveSettings(browser.worker, settingsFor(set.account));
});
afterAll(async () => browser?.close());

async function openFixture(): Promise<Page> {
  const page = await browser.context.newPage();
  await serveFile(browser.context, GMAIL, join(set.dir, fixture.file));
  await page.goto(fixture.url);
  await expect(sidebar(page).getByRole('searchbox', { name: 'Search templates' })).toBeVisible();
  return page;
}

/** Clicks the template; its fill-in fields, if it asks, get a ticket-like number. */
async function insertTemplate(page: Page, name: string): Promise<void> {
  await (await templateButton(page, name)).click();
  const inserted = sidebar(page).getByRole('status').filter({ hasText: 'Inserted' });
  const form = sidebar(page).getByRole('form', { name });
  await expect(inserted.or(form)).toBeVisible();
  if (await form.isVisible()) {
    const inputs = form.getByRole('textbox');
    for (let i = 0; i < (await inputs.count()); i++) if ((await inputs.nth(i).inputValue()) === '') await inputs.nth(i).fill('4711');
    await inputs.last().press('Enter');
    await expect(inserted).toBeVisible();
  }
}

describe('Gmail send-as addresses', () => {
  it('learns them from the reply\'s From menu: the customer becomes who wrote to the address, in this page and the next', async () => {
    const page = await openFixture();
    const customer = sidebar(page).getByTestId('customer');
    // Not learnt yet: the message from the send-as address looks like a stranger's.
    await expect(customer).toContainText(aliasSender.senderName);
    await insertTemplate(page, 'Acknowledgement with estimated time');
    // The insertion read the From menu; the sidebar reads the thread again with the address as staff.
    await expect(customer).toContainText(truth.customer.name);
    await expect(customer).not.toContainText(aliasSender.senderName);
    await page.close();

    // Remembered for the account: a new page greets the customer from the start.
    const again = await openFixture();
    await expect(sidebar(again).getByTestId('customer')).toContainText(truth.customer.name);
    await insertTemplate(again, 'Acknowledgement with estimated time');
    const text = await again.locator(EDITOR).first().innerText();
    expect(text).toContain(`Hi ${truth.customer.name.split(' ')[0]}`);
    expect(text).not.toContain(`Hi ${aliasSender.senderName.split(' ')[0]}`);
    await again.close();
  });
});
