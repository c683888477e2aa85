import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { gmailFixtureSets, settingsFor } from './gmail-fixtures';
import { launchWithExtension, saveSettings, serveFile, sidebar, type Browser } from './harness';
import './matchers';

const set = gmailFixtureSets()[0]!;
const thread = set.files.find((f) => f.file === 'thread-inline-reply.html')!;
// Peter's message there reads as a question or a defect about equally: the "not sure" state.
const unsureThread = set.files.find((f) => f.file === 'thread-missing-anchors.html')!;

let browser: Browser;
beforeAll(async () => {
  browser = await launchWithExtension();
  await saveSettings(browser.worker, settingsFor(set.account));
  await serveFile(browser.context, 'https://mail.google.com/mail/u/0/**', join(set.dir, thread.file));
});
afterAll(async () => browser?.close());

describe('classification in the sidebar', () => {
  it('shows the category, its confidence and the reasons', async () => {
    const page = await browser.context.newPage();
    await page.goto(thread.url);
    const panel = sidebar(page).getByRole('region', { name: 'Classification' });
    await expect(panel.getByTestId('category')).toContainText('Defect');
    await expect(panel).toContainText('% sure');
    expect((await panel.getByTestId('reasons').innerText()).length).toBeGreaterThan(10);
    await expect(panel.getByRole('group', { name: 'Next step' })).toBeVisible();
    await page.close();
  });

  it('learns from a one-click correction: the same thread opened again shows the corrected category', async () => {
    const page = await browser.context.newPage();
    await page.goto(thread.url);
    const panel = sidebar(page).getByRole('region', { name: 'Classification' });
    await expect(panel.getByTestId('category')).toContainText('Defect');
    await panel.getByRole('combobox', { name: 'Correct category' }).selectOption('question');
    await expect(panel.getByTestId('category')).toContainText('Question');
    await page.close();
    const again = await browser.context.newPage();
    await again.goto(thread.url);
    await expect(sidebar(again).getByRole('region', { name: 'Classification' }).getByTestId('category')).toContainText('Question');
    await again.close();
  });

  it('asks "not sure: question or defect?" with both answers one click away, and takes the answer', async () => {
    await serveFile(browser.context, 'https://mail.google.com/mail/u/0/**', join(set.dir, unsureThread.file));
    const page = await browser.context.newPage();
    await page.goto(unsureThread.url);
    const panel = sidebar(page).getByRole('region', { name: 'Classification' });
    const unsure = panel.getByTestId('unsure');
    await expect(unsure).toContainText('not sure:');
    await expect(panel.getByTestId('category')).toHaveCount(0);
    await expect(unsure.getByRole('button', { name: 'Question' })).toBeVisible();
    await expect(unsure.getByRole('button', { name: 'Defect' })).toBeVisible();
    await unsure.getByRole('button', { name: 'Defect' }).click();
    await expect(panel.getByTestId('category')).toContainText('Defect');
    await expect(panel.getByTestId('unsure')).toHaveCount(0);
    await page.close();
  });
});
