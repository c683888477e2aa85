import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { gmailFixtureSets, settingsFor } from './gmail-fixtures';
import { launchWithExtension, saveSettings, serveFile, sidebar, type Browser } from './harness';
import './matchers';

// The sidebar with the keyboard, and before setup. Own fixtures only: these are about Casebook's
// controls, not about reading Gmail (the shared fixtures' reading is covered elsewhere).
const set = gmailFixtureSets().find((s) => s.name === 'own')!;
const thread = set.files.find((f) => f.file === 'thread-inline-reply.html')!;
const EDITOR = '[g_editable="true"][role="textbox"]';
const TRAC = 'https://trac.example.com/project';

let browser: Browser;
beforeAll(async () => {
  browser = await launchWithExtension();
  // Nothing reaches a real Trac (duplicate lookups while previewing an escalation).
  await browser.context.route(`${TRAC}/**`, (route) => route.fulfill({ status: 404, body: '' }));
  await serveFile(browser.context, 'https://mail.google.com/mail/u/0/**', join(set.dir, thread.file));
});
afterAll(async () => browser?.close());

async function openThread(theme: 'light' | 'dark' = 'light'): Promise<Page> {
  const page = await browser.context.newPage();
  // Gmail's dark theme: light text on a dark background (the sidebar follows the page, not the OS).
  if (theme === 'dark') {
    await page.addInitScript(() => {
      document.addEventListener('DOMContentLoaded', () => (document.body.style.cssText += ';background:#202124;color:#e8eaed'));
    });
  }
  await page.goto(thread.url);
  await expect(sidebar(page).getByRole('searchbox', { name: 'Search templates' })).toBeVisible();
  return page;
}

/**
 * What the background does when Chrome reports a shortcut (lib/background/start-background.ts,
 * commands.onCommand): the active tab of the current window gets a `command` push. Chrome's
 * shortcuts cannot be pressed reliably from Playwright (they are handled by the browser, not the
 * page), so the test sends the same message the same way, from the service worker.
 */
async function invokeCommand(page: Page, command: string): Promise<void> {
  await page.bringToFront();
  await browser.worker.evaluate(async (name) => {
    const [tab] = await chrome.tabs.query({ active: true, currentWindow: true });
    if (tab?.id === undefined) throw new Error('no active tab');
    await chrome.tabs.sendMessage(tab.id, { type: 'command', command: name });
  }, command);
}

/** Where the focus is: "sidebar:<name of the control>", "editor", or the tag name of anything else. */
function focusIs(page: Page): Promise<string> {
  return page.evaluate((editor) => {
    const active = document.activeElement;
    if (active?.tagName === 'CASEBOOK-SIDEBAR') {
      const inner = active.shadowRoot?.activeElement as HTMLElement | null;
      return `sidebar:${inner?.getAttribute('aria-label') ?? inner?.textContent?.trim() ?? ''}`;
    }
    return active?.closest(editor) ? 'editor' : (active?.tagName ?? 'none');
  }, EDITOR);
}

describe('before setup', () => {
  it('an untracked conversation says what is missing and links to that options section', async () => {
    await saveSettings(browser.worker, { identity: { name: '', emails: [] }, supportAddresses: [], supportLabels: [] });
    const page = await openThread();
    const notice = sidebar(page).getByText('Casebook is not set up yet');
    await expect(notice).toContainText('your email address and the support address or Gmail label that marks support mail are missing');
    await expect(sidebar(page).getByText('This conversation is not tracked as a support case.')).toBeVisible();
    const opened = browser.context.waitForEvent('page');
    await sidebar(page).getByRole('link', { name: 'Set it up in the options' }).click();
    const options = await opened;
    expect(options.url()).toBe(`chrome-extension://${browser.extensionId}/options.html#identity`);
    await expect(options.getByRole('heading', { name: 'Identity' })).toBeVisible();
    // Gmail's own address bar did not move: the link is handled, not followed.
    expect(page.url()).toBe(thread.url);
    await options.close();
    await page.close();
  });
});

describe('with the keyboard', () => {
  beforeAll(() => saveSettings(browser.worker, { ...settingsFor(set.account), trac: { baseUrl: TRAC, type: 'defect', priority: 'major', component: '', keywords: '', milestone: '', version: '', customFields: {} } }));

  it('the focus shortcut moves into the sidebar and back to the reply, caret where it was', async () => {
    const page = await openThread();
    const editor = page.locator(EDITOR).first();
    await editor.click();
    await page.keyboard.type('Dear customer, ');
    expect(await focusIs(page)).toBe('editor');
    await invokeCommand(page, 'focus-sidebar');
    await expect.poll(() => focusIs(page)).toMatch(/^sidebar:/);
    // Typing now goes to the sidebar, not into the reply.
    await invokeCommand(page, 'focus-sidebar');
    await expect.poll(() => focusIs(page)).toBe('editor');
    await page.keyboard.type('thanks');
    expect(await editor.innerText()).toContain('Dear customer, thanks');
    await page.close();
  });

  it('the focus shortcut opens a collapsed sidebar', async () => {
    const page = await openThread();
    await sidebar(page).getByRole('button', { name: 'Collapse Casebook' }).click();
    await expect(sidebar(page).getByRole('button', { name: /^Casebook/ })).toBeVisible();
    await invokeCommand(page, 'focus-sidebar');
    await expect.poll(() => focusIs(page)).toMatch(/^sidebar:/);
    await expect(sidebar(page).getByRole('searchbox', { name: 'Search templates' })).toBeVisible();
    await page.close();
  });

  it('Escape closes the escalation preview and the focus goes back to "Escalate to Trac"', async () => {
    const page = await openThread();
    await sidebar(page).getByRole('button', { name: 'Escalate to Trac' }).click();
    const summary = sidebar(page).getByRole('region', { name: 'Escalate to Trac' }).getByRole('textbox', { name: 'Ticket summary' });
    await expect(summary).toBeVisible();
    await summary.focus();
    await page.keyboard.press('Escape');
    await expect(sidebar(page).getByRole('region', { name: 'Escalate to Trac' })).toHaveCount(0);
    await expect.poll(() => focusIs(page)).toBe('sidebar:Escalate to Trac');
    // Escape in the template search empties the search first and leaves an open preview alone.
    await sidebar(page).getByRole('button', { name: 'Escalate to Trac' }).click();
    await expect(summary).toBeVisible();
    const search = sidebar(page).getByRole('searchbox', { name: 'Search templates' });
    await search.fill('ack');
    await search.press('Escape');
    expect(await search.inputValue()).toBe('');
    await expect(summary).toBeVisible();
    await page.close();
  });

  for (const scheme of ['light', 'dark'] as const) {
    it(`every control shows a focus ring that nothing cuts off (${scheme})`, async () => {
      const page = await openThread(scheme);
      await expect.poll(() => sidebar(page).evaluate((el) => getComputedStyle(el).backgroundColor)).toBe(scheme === 'light' ? 'rgb(255, 255, 255)' : 'rgb(28, 29, 33)');
      await invokeCommand(page, 'focus-sidebar');
      await expect.poll(() => focusIs(page)).toMatch(/^sidebar:/);
      const seen: string[] = [];
      const problems: string[] = [];
      // Tab through the whole sidebar (it keeps Gmail's keys from the page, not Tab).
      for (let i = 0; i < 80; i++) {
        const ring = await page.evaluate(() => {
          const el = document.activeElement?.shadowRoot?.activeElement as HTMLElement | null | undefined;
          if (!el || el.dataset.ringSeen) return null;
          el.dataset.ringSeen = '1';
          const style = getComputedStyle(el);
          const width = parseFloat(style.outlineWidth);
          const offset = parseFloat(style.outlineOffset);
          const box = el.getBoundingClientRect();
          const outer = { left: box.left - offset - width, right: box.right + offset + width, top: box.top - offset - width, bottom: box.bottom + offset + width };
          // Cut off: a scrolling or clipping ancestor (inside the shadow root) whose box the ring leaves.
          let clippedBy = '';
          for (let a = el.parentElement; a; a = a.parentElement) {
            const s = getComputedStyle(a);
            if (s.overflowX === 'visible' && s.overflowY === 'visible') continue;
            const r = a.getBoundingClientRect();
            if (outer.left < r.left - 0.5 || outer.right > r.right + 0.5) clippedBy = a.className || a.tagName;
          }
          const name = el.getAttribute('aria-label') || el.textContent?.trim().slice(0, 40) || el.tagName;
          return { name: `${el.tagName}:${name}`, visible: el.matches(':focus-visible'), style: style.outlineStyle, width, color: style.outlineColor, clippedBy };
        });
        if (!ring) break;
        seen.push(ring.name);
        const expected = scheme === 'light' ? 'rgb(26, 95, 180)' : 'rgb(138, 180, 248)';
        if (!ring.visible || ring.style !== 'solid' || ring.width < 2 || ring.color !== expected || ring.clippedBy) problems.push(JSON.stringify(ring));
        await page.keyboard.press('Tab');
      }
      expect(seen.length).toBeGreaterThan(8);
      expect(problems).toEqual([]);
      await page.close();
    });
  }
});
