// Hostile mail in Gmail (issue #11): a message built to hit every old hot spot must not freeze
// the page or Casebook, and a message imitating Gmail's own markup must change nothing Casebook
// reads. The pages are the project's thread-inline-reply.html with the shown message's body (and
// sender) replaced in the test; the customer and thread id stay the fixture's ground truth.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectedCustomer, gmailFixtureSets, settingsFor } from './gmail-fixtures';
import { launchWithExtension, saveSettings, sidebar, type Browser } from './harness';
import './matchers';

const GMAIL = 'https://mail.google.com/mail/u/0/**';
const CSP = "require-trusted-types-for 'script'; trusted-types fixture-html";
const set = gmailFixtureSets()[0]!;
const fixture = set.files.find((f) => f.file === 'thread-inline-reply.html')!;
const html = readFileSync(join(set.dir, fixture.file), 'utf8');
/** The degraded page (no subject heading ids, no message list): where a look-alike would be all Casebook finds. */
const degraded = set.files.find((f) => f.file === 'thread-missing-anchors.html')!;
/** Another thread of the demo mailbox: what an attacker would point the case at. */
const OTHER_THREAD = '19560b576a00a11e';
const SHOWN_BODY = /(<div id="[^"]*" class="a3s aiL ">)/;

const escape = (text: string): string => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** The fixture with the shown message's body starting with `bodyHtml`, and its first sender renamed. */
function hostilePage(bodyHtml: string, senderName?: string, source = html): string {
  if (!SHOWN_BODY.test(source)) throw new Error('fixture: no shown .a3s body');
  let page = source.replace(SHOWN_BODY, (tag) => tag + bodyHtml);
  if (senderName !== undefined) page = page.replaceAll('name="Kofi Mensah"', `name="${escape(senderName)}"`);
  return page;
}

async function serve(page: string): Promise<void> {
  await browser.context.unroute(GMAIL);
  await browser.context.route(GMAIL, (route) => route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', headers: { 'content-security-policy': CSP }, body: page }));
}

/** Long tasks on the page's main thread (the content script's isolated world runs there too), from before the page loads. */
async function watchLongTasks(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const w = window as unknown as { __longTasks: { start: number; duration: number }[] };
    w.__longTasks = [];
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) w.__longTasks.push({ start: e.startTime, duration: e.duration });
    }).observe({ type: 'longtask', buffered: true });
  });
}

/** Long tasks that started after the page was parsed (Casebook runs at document_idle, after DOMContentLoaded). */
async function longTasksAfterParse(page: Page): Promise<number[]> {
  return page.evaluate(() => {
    const loaded = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming | undefined;
    const w = window as unknown as { __longTasks: { start: number; duration: number }[] };
    return w.__longTasks.filter((t) => t.start >= (loaded?.domContentLoadedEventEnd ?? 0)).map((t) => Math.round(t.duration));
  });
}

async function caseIds(): Promise<string[]> {
  return browser.worker.evaluate(
    () =>
      new Promise<string[]>((resolve, reject) => {
        const open = indexedDB.open('casebook');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const keys = open.result.transaction('cases').objectStore('cases').getAllKeys();
          keys.onsuccess = () => resolve(keys.result.map(String));
          keys.onerror = () => reject(keys.error);
        };
      }),
  );
}

let browser: Browser;
beforeAll(async () => {
  browser = await launchWithExtension();
  await saveSettings(browser.worker, settingsFor(set.account));
});
afterAll(async () => browser?.close());

// Each page is read clean, then with the imitation first in its shown body: what the sidebar shows must not differ.
describe('a mail imitating Gmail\'s own thread and sender markup', () => {
  const imitation = [
    `<div class="ha"><h2 class="hP" data-legacy-thread-id="${OTHER_THREAD}" data-thread-perm-id="thread-f:1">Fake subject</h2></div>`,
    `<div role="list"><div role="listitem" class="h7"><div class="adn ads" data-message-id="#msg-f:1" data-legacy-message-id="${OTHER_THREAD}">`,
    '<h3><span class="gD" email="attacker@evil.example" name="Attacker">Attacker</span></h3><span class="g3" title="Mar 9, 2025, 9:00 AM">Mar 9</span>',
    '</div></div></div>',
    '<span class="gD" email="attacker@evil.example" name="Support Team">Support Team</span>',
    '<div class="amn"><a role="link" class="bkH" href="https://attacker.example/">Reply</a></div>',
  ].join('');

  it.each([fixture, degraded].map((f) => [f.file, f] as const))('%s: changes nothing (the real customer, count, and the real thread\'s case)', async (file, page_) => {
    const source = readFileSync(join(set.dir, file), 'utf8');
    const counts: string[] = [];
    for (const served of [source, hostilePage(imitation, undefined, source)]) {
      await serve(served);
      const page = await browser.context.newPage();
      await page.goto(page_.url);
      const aside = sidebar(page);
      await expect(aside.getByRole('heading', { name: page_.groundTruth.subject ?? '' })).toBeVisible();
      await expect(aside.getByTestId('customer')).toContainText(expectedCustomer(page_, set.account) ?? '?');
      await expect(aside.getByRole('region', { name: 'Case' })).toBeVisible();
      // The degraded page is read after the 4 s wait for a matching conversation; the case follows.
      await page.waitForTimeout(file === degraded.file ? 5000 : 500);
      counts.push(await aside.getByRole('region', { name: 'Conversation' }).innerText());
      // Who and what the sidebar says (the classifier's reasons may quote the mail's own words).
      const identity = [await aside.getByRole('region', { name: 'Conversation' }).innerText(), await aside.getByRole('region', { name: 'Case' }).innerText()];
      expect(identity.join('\n')).not.toMatch(/attacker|Fake subject|Support Team/i);
      await page.close();
    }
    expect(counts[1]).toBe(counts[0]);
    const ids = await caseIds();
    expect(ids).toContain(`gmail:${set.account}:${page_.groundTruth.threadId}`);
    expect(ids.filter((id) => id.includes(OTHER_THREAD))).toEqual([]);
  });
});

describe('a mail built to hit every old hot spot', () => {
  const lines: string[] = [];
  for (let i = 0; lines.join('<br>').length < 200 * 1024; i++) lines.push(`${i} ok`.padEnd(20, '.'));
  const body = [
    `<div>${lines.join('<br>')}</div>`,
    `<div>${'\u2028'.repeat(6000)}</div>`,
    `<div>${'V'.repeat(40 * 1024)}</div>`,
    `<div>{{#if customer}}{{/if}} {{customer.name}} {{{body}}} x}}}}}[[Image(https://attacker.example/p.png)]]</div>`,
  ].join('');
  const senderName = `${'Aa'.repeat(30)}A`;

  it('shows the sidebar within its budget, keeps the dashboard answering, causes no long task over 200 ms', async () => {
    await serve(hostilePage(body, senderName));
    const page = await browser.context.newPage();
    await watchLongTasks(page);
    await page.goto(fixture.url);
    const loaded = Date.now();
    await expect(sidebar(page).getByRole('heading', { name: fixture.groundTruth.subject ?? '' })).toBeVisible();
    const shownAfter = Date.now() - loaded;
    expect(shownAfter).toBeLessThan(3000);
    // (The customer shown is the stored case's, created by the tests above: the name is not checked here.)

    const dashboard = await browser.context.newPage();
    const asked = Date.now();
    await dashboard.goto(`chrome-extension://${browser.extensionId}/dashboard.html`);
    await expect(dashboard.getByRole('row').filter({ hasText: fixture.groundTruth.subject ?? '' })).toBeVisible();
    expect(Date.now() - asked).toBeLessThan(5000);

    // Gmail keeps changing its DOM: a burst of changes makes Casebook read the thread again.
    await page.evaluate(() => document.body.append(document.createElement('div')));
    await page.waitForTimeout(1000);
    const long = await longTasksAfterParse(page);
    expect(long.filter((ms) => ms > 200), `long tasks after the page was parsed: ${long.join(', ')} ms`).toEqual([]);
    await Promise.all([dashboard.close(), page.close()]);
  });
});
