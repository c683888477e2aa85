import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join as pathJoin } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addMember, adminRequest, startServer, type ServerProcess } from '../../server/test/helpers/server-process';
import { gmailFixtureSets, settingsFor } from './gmail-fixtures';
import { launchWithExtension, saveSettings, serveFile, sidebar, stopServiceWorker, type Browser } from './harness';
import './matchers';

// Two members of one team, each in their own browser, on the real team server (127.0.0.1,
// a port the OS picks). They read the same support conversation and must see one case.
const set = gmailFixtureSets()[0]!;
const thread = set.files.find((f) => f.file === 'thread-inline-reply.html')!;

interface Member {
  browser: Browser;
  gmail: Page;
}

let dataDir: string;
let server: ServerProcess;
let alice: Member;
let bob: Member;

async function join(browser: Browser, code: string): Promise<void> {
  const options = await browser.context.newPage();
  await options.goto(`chrome-extension://${browser.extensionId}/options.html`);
  const form = options.getByRole('form', { name: 'Join a team' });
  await form.getByRole('textbox', { name: 'Team server address' }).fill(server.url);
  await form.getByRole('textbox', { name: 'Join code' }).fill(code);
  await form.getByRole('button', { name: 'Join a team' }).click();
  const joined = await within(async () => (await options.getByText('Member of').count()) > 0 || (await form.getByRole('alert').count()) > 0);
  const problem = (await form.getByRole('alert').count()) > 0 ? await form.getByRole('alert').innerText() : '';
  expect(problem, `joined in ${joined} ms`).toBe('');
  await options.close();
}

async function member(email: string): Promise<Member> {
  const browser = await launchWithExtension();
  await saveSettings(browser.worker, settingsFor(set.account));
  await join(browser, addMember(dataDir, email, '--name', email.split('@')[0]!.replace(/^./, (c) => c.toUpperCase())));
  await serveFile(browser.context, 'https://mail.google.com/mail/u/0/**', pathJoin(set.dir, thread.file));
  const gmail = await browser.context.newPage();
  await gmail.goto(thread.url);
  await expect(caseOf(gmail)).toBeVisible();
  return { browser, gmail };
}

const caseOf = (page: Page) => sidebar(page).getByRole('region', { name: 'Case' });
const teamOf = (page: Page) => sidebar(page).getByRole('status').filter({ hasText: 'Team:' });
// The notes are in the case's working record, below the templates (not in the case line).
const notesOf = (page: Page) => sidebar(page).getByRole('textbox', { name: 'Case notes' });
const statusOf = (page: Page) => caseOf(page).getByRole('combobox', { name: 'Status', exact: true });
const ownerOf = (page: Page) => caseOf(page).getByRole('combobox', { name: 'Owner', exact: true });

/** ms until `check` holds (polled), to report how fast a change reached the other member. */
async function within(check: () => Promise<boolean>, timeoutMs = 10_000): Promise<number> {
  const started = Date.now();
  while (!(await check())) {
    if (Date.now() - started > timeoutMs) throw new Error(`not within ${timeoutMs} ms`);
    await new Promise((r) => setTimeout(r, 50));
  }
  return Date.now() - started;
}

beforeAll(async () => {
  dataDir = mkdtempSync(pathJoin(tmpdir(), 'casebook-team-e2e-'));
  server = await startServer(dataDir);
  alice = await member('alice@example.com');
  bob = await member('bob@example.com');
}, 400_000);
afterAll(async () => {
  await alice?.browser.close();
  await bob?.browser.close();
  await server?.stop();
  rmSync(dataDir, { recursive: true, force: true });
});

describe('a team shares one case board', () => {
  it('both members are synced and see one case', async () => {
    await expect(teamOf(alice.gmail)).toContainText('Team: synced');
    await expect(teamOf(bob.gmail)).toContainText('Team: synced');
    const id = (page: Page) => sidebar(page).getByRole('heading', { name: 'Case' }).getAttribute('title');
    expect(await id(alice.gmail)).toMatch(/^conv-/);
    expect(await id(bob.gmail)).toBe(await id(alice.gmail));
  });

  it('shows who else has the case open, and that they are replying (the fixture has a reply open)', async () => {
    await expect(sidebar(bob.gmail).getByText('Alice is replying')).toBeVisible();
    await expect(sidebar(alice.gmail).getByText('Bob is replying')).toBeVisible();
    // The dashboard says who is on which case too.
    const dashboard = await alice.browser.context.newPage();
    await dashboard.goto(`chrome-extension://${alice.browser.extensionId}/dashboard.html`);
    await expect(dashboard.getByRole('table').getByText(/^Bob is replying/)).toBeVisible();
    await dashboard.close();
  });

  it('a status, owner and note change reaches the other member', async () => {
    await statusOf(alice.gmail).selectOption('waiting_developer');
    const status = await within(async () => (await statusOf(bob.gmail).inputValue()) === 'waiting_developer');
    // The owner picker lists the team's members (from the server); the new owner is notified.
    expect(await ownerOf(bob.gmail).locator('option').allInnerTexts()).toEqual(expect.arrayContaining(['Alice (alice@example.com)', 'Bob (bob@example.com)']));
    await ownerOf(bob.gmail).selectOption('alice@example.com');
    const owner = await within(async () => (await ownerOf(alice.gmail).inputValue()) === 'alice@example.com');
    await within(async () => Object.keys(await alice.browser.worker.evaluate(() => chrome.notifications.getAll())).some((id) => id.startsWith('assigned:conv-')));
    const notes = notesOf(alice.gmail);
    await notes.fill('Customer runs 5.1 on NFS; asked for the server log.');
    await notes.blur();
    const note = await within(async () => (await notesOf(bob.gmail).inputValue()).includes('asked for the server log'));
    console.log(`team e2e: change reached the other member in status ${status} ms, owner ${owner} ms, note ${note} ms`);
    expect(Math.max(status, owner, note)).toBeLessThan(5_000);
  });

  it('a member whose worker was stopped catches up when it wakes: the colleague\'s change, and no second case', async () => {
    const caseId = (page: Page) => sidebar(page).getByRole('heading', { name: 'Case' }).getAttribute('title');
    const teamCase = await caseId(alice.gmail);
    await stopServiceWorker(bob.browser);
    await statusOf(alice.gmail).selectOption('waiting_customer');
    // Bob comes back to the conversation: his page's request wakes a new worker, which must know
    // the team before it answers (else it would open the conversation as a personal case).
    await bob.gmail.reload();
    await expect(caseOf(bob.gmail)).toBeVisible();
    const caughtUp = await within(async () => (await statusOf(bob.gmail).inputValue()) === 'waiting_customer', 15_000);
    expect(await caseId(bob.gmail)).toBe(teamCase);
    expect(await bob.browser.worker.evaluate(() => 'running')).toBe('running');
    console.log(`team e2e: a woken worker showed the colleague's change ${caughtUp} ms after the page asked`);
  });

  it('edits made while the server is down converge when it is back, nothing lost', async () => {
    await server.stop();
    await within(async () => (await teamOf(alice.gmail).innerText()).includes('offline'), 30_000);
    await statusOf(alice.gmail).selectOption('in_progress');
    const notes = notesOf(bob.gmail);
    await notes.fill('Bob, offline: log received.');
    await notes.blur();
    server = await startServer(dataDir);
    // Same port? The OS picks a new one: point both members at it (as an admin would after a move).
    for (const m of [alice, bob]) {
      await m.browser.worker.evaluate(async (url) => {
        const { team } = (await chrome.storage.local.get('team')) as { team: Record<string, unknown> };
        await chrome.storage.local.set({ team: { ...team, socketUrl: url, httpUrl: url.replace(/^ws/, 'http') } });
      }, server.url);
    }
    const converged = await within(async () => (await statusOf(bob.gmail).inputValue()) === 'in_progress', 30_000);
    await within(async () => (await notesOf(alice.gmail).inputValue()).includes('log received'), 30_000);
    // Both notes are kept: Alice's from before and Bob's made offline.
    expect(await notesOf(alice.gmail).inputValue()).toBe('Bob, offline: log received.');
    console.log(`team e2e: offline edits converged ${converged} ms after both members knew the restarted server`);
  }, 240_000);

  it('a removed member is cut off and told so', async () => {
    await adminRequest(dataDir, { command: 'member remove', email: 'bob@example.com' });
    await within(async () => (await teamOf(bob.gmail).innerText()).includes('removed from the team'), 15_000);
  });
});
