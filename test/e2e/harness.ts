import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type BrowserContext, type Locator, type Page, type Route, type Worker } from 'playwright-core';

export const root = resolve(import.meta.dirname, '../..');
export const extensionPath = join(root, '.output/chrome-mv3');
export const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
/** ../shared exists in CI and the team's checkouts, not in a user's clone. */
export const sharedFixtures = resolve(root, '../shared/fixtures');
export const hasShared = existsSync(join(sharedFixtures, 'gmail/index.json'));
export const ownFixtures = join(root, 'test/fixtures');

/** Gmail enforces Trusted Types; the fixture pages use their own `fixture-html` policy. */
export const trustedTypesCsp = "require-trusted-types-for 'script'; trusted-types fixture-html";

export interface Browser {
  context: BrowserContext;
  worker: Worker;
  extensionId: string;
  close: () => Promise<void>;
}

export interface LaunchOptions {
  /**
   * A real window on a private X display (see ./x-display.ts), for what headless Chromium
   * cannot do: answering a permission prompt.
   */
  display?: string;
}

/** Chromium with the built extension, headless, with the flags this machine needs. */
export async function launchWithExtension(options: LaunchOptions = {}): Promise<Browser> {
  if (!existsSync(join(extensionPath, 'manifest.json'))) throw new Error('Build first: npx wxt build');
  const profile = mkdtempSync(join(tmpdir(), 'casebook-e2e-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: chromiumPath,
    headless: options.display === undefined,
    ...(options.display === undefined ? {} : { env: { ...process.env, DISPLAY: options.display } }),
    viewport: { width: 1400, height: 900 },
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      `--disable-extensions-except=${extensionPath}`,
      `--load-extension=${extensionPath}`,
    ],
  });
  // Nothing leaves the machine: anything not routed by a test is refused (this machine's own
  // servers, such as the team server a test starts on 127.0.0.1, are reached for real).
  await context.route(/^https?:\/\/(?!mail\.google\.com|groups\.google\.com|trac\.example\.com|127\.0\.0\.1[:/])/, (route) => route.abort());
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const extensionId = new URL(worker.url()).host;
  return {
    context,
    worker,
    extensionId,
    close: async () => {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

/**
 * Stops the extension's service worker as MV3 does when it is idle; the next event (a page's
 * request, an alarm) starts a new one, with nothing of the old one's memory. `browser.worker`
 * is renewed when that happens, so later steps talk to the running worker.
 */
export async function stopServiceWorker(browser: Browser): Promise<void> {
  const cdp = await browser.context.browser()!.newBrowserCDPSession();
  const { targetInfos } = await cdp.send('Target.getTargets');
  const worker = targetInfos.find((t) => t.type === 'service_worker' && t.url.startsWith(`chrome-extension://${browser.extensionId}/`));
  await cdp.send('Target.closeTarget', { targetId: worker!.targetId });
  // Playwright keeps one Worker object across a restart (same target id); older versions made a new one.
  browser.context.once('serviceworker', (next) => (browser.worker = next));
}

/** Serves one HTML file for every request under `urlPattern` (the page's hash/path picks the view). */
export async function serveFile(context: BrowserContext, urlPattern: string, file: string): Promise<void> {
  const body = readFileSync(file, 'utf8');
  await context.unroute(urlPattern);
  await context.route(urlPattern, (route: Route) =>
    route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', headers: { 'content-security-policy': trustedTypesCsp }, body }),
  );
}

/** The sidebar's <aside>, found by role and name through the open shadow root. */
export function sidebar(page: Page) {
  return page.getByRole('complementary', { name: 'Casebook' });
}

/**
 * A template's insert button in the sidebar. The picker shows the few templates the category
 * suggests; the others are found by searching their name, as a user would.
 */
export async function templateButton(page: Page, name: string): Promise<Locator> {
  const button = sidebar(page).getByRole('button', { name, exact: true });
  if (!(await button.isVisible())) await sidebar(page).getByRole('searchbox', { name: 'Search templates' }).fill(name);
  return button;
}

/** Text of the first reply editor (Gmail or Groups) in the page. */
export async function editorText(page: Page, selector: string): Promise<string> {
  return page.locator(selector).first().evaluate((el) => (el as HTMLElement).innerText);
}

/** Sends settings into extension storage, as the options page would. */
export async function saveSettings(worker: Worker, patch: Record<string, unknown>): Promise<void> {
  await worker.evaluate(async (p) => {
    const current = (await chrome.storage.local.get('settings')).settings ?? {};
    await chrome.storage.local.set({ settings: { ...current, ...p } });
  }, patch);
}

export function readJson<T>(path: string): T {
  return JSON.parse(readFileSync(path, 'utf8')) as T;
}
