// `npm start`: Chromium with the built extension over the bundled demo mailbox (Gmail-like pages
// served at https://mail.google.com/ by request routing, so no Google account is needed).
// `npm start -- --screenshot FILE`: the same, headless, and a PNG of the sidebar over a demo thread.
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { daysToYesterday, shiftDates } from './demo-dates.mjs';

const root = resolve(import.meta.dirname, '..');
const args = process.argv.slice(2);
const shotIndex = args.indexOf('--screenshot');
let screenshot = shotIndex >= 0 ? args[shotIndex + 1] : undefined;
if (shotIndex >= 0 && !screenshot) throw new Error('Usage: npm start -- --screenshot FILE.png');
if (!screenshot && !process.env.DISPLAY && !process.env.WAYLAND_DISPLAY) {
  screenshot = 'casebook-demo.png';
  console.log(`No display here: running headless and writing ${screenshot} (set DISPLAY to open a window).`);
}

const extension = join(root, '.output/chrome-mv3');
const gmailDemo = join(root, 'test/fixtures/gmail/demo-mailbox.html');
const groupsDemo = join(root, 'test/fixtures/groups/app.html');
const demoIndex = JSON.parse(readFileSync(join(root, 'test/fixtures/gmail/index.json'), 'utf8'));
const demo = demoIndex.files.find((f) => f.file === 'demo-mailbox.html');
// Open on the first conversation (a defect report), so the sidebar is the first thing one sees.
const startUrl = `${demoIndex.baseUrl}${demo.groundTruth.rows[0].hash}`;
const account = demoIndex.account.email;
// The demo helpdesk: Lena answers from the shared address, Yusuf forwards website chats.
// Customers write from every domain (one shares ours), so staff are named, not a domain.
const demoSettings = {
  identity: { name: 'Lena Marquardt', emails: [account] },
  team: [
    { name: 'Lena Marquardt', email: account },
    { name: 'Yusuf Demir', email: 'yusuf.demir@example.net' },
  ],
  supportAddresses: [account],
  staffDomains: [],
};

const context = await chromium.launchPersistentContext(mkdtempSync(join(tmpdir(), 'casebook-demo-')), {
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  headless: Boolean(screenshot),
  viewport: { width: 1400, height: 900 },
  args: [
    '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
    '--disable-component-update', '--disable-sync',
    `--disable-extensions-except=${extension}`, `--load-extension=${extension}`,
  ],
});
const csp = "require-trusted-types-for 'script'; trusted-types fixture-html";
const serve = (body) => (route) =>
  route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', headers: { 'content-security-policy': csp }, body });
const gmailHtml = readFileSync(gmailDemo, 'utf8');
await context.route(/^https?:\/\/(?!mail\.google\.com|groups\.google\.com)/, (route) => route.abort());
await context.route('https://mail.google.com/**', serve(shiftDates(gmailHtml, daysToYesterday(gmailHtml, Date.now()))));
if (existsSync(groupsDemo)) await context.route('https://groups.google.com/**', serve(readFileSync(groupsDemo, 'utf8')));

// Demo settings: who "we" are, so the sidebar can tell staff from customers.
const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
await worker.evaluate(async (settings) => {
  const current = (await chrome.storage.local.get('settings')).settings ?? {};
  await chrome.storage.local.set({ settings: { ...current, ...settings } });
}, demoSettings);

const page = context.pages()[0] ?? (await context.newPage());
await page.goto(startUrl);
if (screenshot) {
  const aside = page.getByRole('complementary', { name: 'Casebook' });
  await aside.waitFor({ timeout: 15_000 });
  await aside.getByText(/Due in|Overdue by|No response due|not tracked/).first().waitFor({ timeout: 10_000 }).catch(() => undefined);
  await page.screenshot({ path: screenshot });
  console.log(`Wrote ${screenshot}`);
  await context.close();
} else {
  console.log('Casebook demo is open. Close the browser window to stop.');
  await new Promise((done) => context.on('close', done));
}
