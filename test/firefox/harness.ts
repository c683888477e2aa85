import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import puppeteer, { type Browser, type ElementHandle, type Page } from 'puppeteer-core';
import { poll } from '../e2e/matchers';
import { root, trustedTypesCsp } from '../e2e/harness';

// The built extension (.output/firefox-mv2) in Debian's Firefox ESR, driven over WebDriver BiDi
// by puppeteer-core (no browser download). Firefox runs it as a temporary add-on, with a fixed
// moz-extension:// UUID so its pages have a known address.
export const firefoxPath = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
/** Another build (e.g. .output/firefox-mv3) through CASEBOOK_FIREFOX_BUILD. */
export const firefoxBuild = resolve(root, process.env.CASEBOOK_FIREFOX_BUILD ?? '.output/firefox-mv2');
const EXTENSION_UUID = 'c0a5eb00-4c1e-4f1e-8a5e-000000000001';

/** Firefox's own promise-based extension API, as functions passed to `evaluate` see it in an extension page. */
declare const browser: typeof chrome;

export interface Firefox {
  browser: Browser;
  /** moz-extension://<uuid>/ */
  base: string;
  /** An extension page kept open to reach extension APIs (storage, tabs, alarms) as the options page would. */
  control: Page;
  /** Where Firefox saves downloads (exports), without asking. */
  downloads: string;
  close: () => Promise<void>;
}

/** Firefox with the built extension installed, headless; nothing it asks for leaves the machine. */
export async function launchFirefox(): Promise<Firefox> {
  const manifestPath = join(firefoxBuild, 'manifest.json');
  if (!existsSync(manifestPath)) throw new Error('Build first: npx wxt build -b firefox');
  if (!existsSync(firefoxPath)) throw new Error(`No Firefox at ${firefoxPath}: bash scripts/ensure-deps.sh --test installs firefox-esr`);
  const manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as { browser_specific_settings: { gecko: { id: string } } };
  const downloads = mkdtempSync(join(tmpdir(), 'casebook-firefox-downloads-'));
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: firefoxPath,
    headless: true,
    // Lets BiDi see privileged documents: without it the extension's pages cannot be driven.
    args: ['--remote-allow-system-access'],
    extraPrefsFirefox: {
      'extensions.webextensions.uuids': JSON.stringify({ [manifest.browser_specific_settings.gecko.id]: EXTENSION_UUID }),
      // Whatever a test does not serve itself goes to a closed port on this machine (discard):
      // the same "nothing leaves the machine" as the Chromium harness's catch-all route.
      'network.proxy.type': 1,
      'network.proxy.http': '127.0.0.1',
      'network.proxy.http_port': 9,
      'network.proxy.ssl': '127.0.0.1',
      'network.proxy.ssl_port': 9,
      'network.proxy.no_proxies_on': 'localhost, 127.0.0.1',
      // Optional permissions (Trac's origin) are granted without the doorhanger a headless
      // browser cannot click; Firefox still refuses permissions.request outside a user's click.
      'extensions.webextOptionalPermissionPrompts': false,
      // navigator.clipboard.readText() without the paste menu, for the page-report test.
      'dom.events.testing.asyncClipboard': true,
      'browser.download.folderList': 2,
      'browser.download.dir': downloads,
      'browser.download.useDownloadDir': true,
      'browser.download.always_ask_before_handling_new_types': false,
      'browser.download.start_downloads_in_tmp_dir': false,
    },
  });
  await browser.installExtension(firefoxBuild);
  const base = `moz-extension://${EXTENSION_UUID}/`;
  const firefox: Firefox = {
    browser,
    base,
    control: undefined as unknown as Page,
    downloads,
    close: async () => {
      await browser.close();
      rmSync(downloads, { recursive: true, force: true });
    },
  };
  firefox.control = await openExtensionPage(firefox, 'options.html');
  return firefox;
}

/**
 * Opens an extension page. Puppeteer's `goto` never returns for moz-extension:// documents
 * (and `page.url()` stays about:blank), but the page can be evaluated: wait for its own state.
 */
export async function openExtensionPage(firefox: Firefox, path: string): Promise<Page> {
  const page = await firefox.browser.newPage();
  const url = firefox.base + path;
  page.goto(url).catch(() => undefined);
  // Polled from here, not with waitForFunction: while about:blank gives way to the extension's
  // process, an evaluation can fail (a BiDi "unknown error"), and `until` tries again.
  await until(`${path} rendered`, () => page.evaluate((expected: string) => location.href === expected && document.readyState === 'complete' && document.querySelector('#app > *') !== null, url), 30_000);
  return page;
}

/**
 * A new tab whose requests under `prefix` are answered with `file` (hash or path picks the view),
 * as Gmail or Groups would serve it (Trusted Types enforced); anything else is refused.
 */
export async function openServed(firefox: Firefox, url: string, file: string, prefix = new URL(url).origin + '/'): Promise<Page> {
  const body = readFileSync(file, 'utf8');
  const page = await firefox.browser.newPage();
  await page.setRequestInterception(true);
  page.on('request', (request) => {
    const requested = request.url();
    if (requested.startsWith('data:')) return void request.continue();
    if (!requested.startsWith(prefix)) return void request.abort();
    void request.respond({ status: 200, contentType: 'text/html; charset=utf-8', headers: { 'content-security-policy': trustedTypesCsp }, body });
  });
  await page.goto(url);
  return page;
}

/** Sends settings into extension storage, as the options page would. */
export async function saveSettings(firefox: Firefox, patch: Record<string, unknown>): Promise<void> {
  await firefox.control.evaluate(async (p: Record<string, unknown>) => {
    const current = ((await browser.storage.local.get('settings')) as { settings?: object }).settings ?? {};
    await browser.storage.local.set({ settings: { ...current, ...p } });
  }, patch);
}

/** A puppeteer ARIA selector: the element with this role and exact accessible name. */
export function aria(role: string, name?: string): string {
  return name === undefined ? `::-p-aria([role=${JSON.stringify(role)}])` : `::-p-aria([name=${JSON.stringify(name)}][role=${JSON.stringify(role)}])`;
}

/** Inside the sidebar (an open shadow root in the host page): what `sidebar(page)` is for Chromium. */
export function inSidebar(selector = ''): string {
  return `>>> ${aria('complementary', 'Casebook')} ${selector}`.trim();
}

/** Waits until `check` holds (polled, every browser round trip), or fails naming `what`. */
export async function until(what: string, check: () => Promise<boolean>, timeoutMs = 15_000): Promise<void> {
  let last: unknown = null;
  const held = await poll(async () => {
    try {
      return await check();
    } catch (error: unknown) {
      last = error;
      return false;
    }
  }, timeoutMs);
  if (!held) throw new Error(`not within ${timeoutMs} ms: ${what}${last ? ` (last error: ${String(last)})` : ''}`);
}

/** The visible text of the first element `selector` matches, or '' when there is none yet. */
export async function textOf(page: Page, selector: string): Promise<string> {
  const element = await page.$(selector);
  if (!element) return '';
  try {
    return await element.evaluate((el) => (el as HTMLElement).innerText);
  } finally {
    await element.dispose();
  }
}

/** Waits for `selector` and returns it. */
export async function find(page: Page, selector: string, timeoutMs = 15_000): Promise<ElementHandle> {
  const handle = await page.waitForSelector(selector, { timeout: timeoutMs });
  if (!handle) throw new Error(`no ${selector}`);
  return handle as ElementHandle;
}

/**
 * A template's insert button in the sidebar. The picker shows the few templates the category
 * suggests; the others are found by typing their name into the search, as a user would.
 */
export async function templateButton(page: Page, name: string): Promise<ElementHandle> {
  await find(page, inSidebar(aria('searchbox', 'Search templates')));
  const shown = await page.$(inSidebar(aria('button', name)));
  if (shown) return shown as ElementHandle;
  await (await find(page, inSidebar(aria('searchbox', 'Search templates')))).type(name);
  return find(page, inSidebar(aria('button', name)));
}

/** The value of a <select> found by role and name (a status or owner combobox). */
export async function valueOf(page: Page, selector: string): Promise<string | null> {
  const element = await page.$(selector);
  if (!element) return null;
  try {
    return await element.evaluate((el) => (el as HTMLSelectElement).value);
  } finally {
    await element.dispose();
  }
}
