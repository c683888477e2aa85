import { execFile, spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { promisify } from 'node:util';
import type { BrowserContext } from 'playwright-core';

const run = promisify(execFile);

/** Xvfb and xdotool (Debian packages, installed by scripts/ensure-deps.sh). */
export const hasXTools = ['/usr/bin/Xvfb', '/usr/bin/xdotool'].every((tool) => existsSync(tool));

export interface XDisplay {
  display: string;
  close: () => Promise<void>;
}

/** A private X display for one test file (a free number from 90 up; nothing listens on TCP). */
export async function startXDisplay(): Promise<XDisplay> {
  for (let n = 90; n < 130; n++) {
    if (existsSync(`/tmp/.X11-unix/X${n}`) || existsSync(`/tmp/.X${n}-lock`)) continue;
    const server: ChildProcess = spawn('/usr/bin/Xvfb', [`:${n}`, '-screen', '0', '1400x900x24', '-nolisten', 'tcp'], { stdio: 'ignore' });
    for (let waited = 0; waited < 5000 && !existsSync(`/tmp/.X11-unix/X${n}`); waited += 50) await new Promise((r) => setTimeout(r, 50));
    if (!existsSync(`/tmp/.X11-unix/X${n}`)) {
      server.kill();
      continue;
    }
    return {
      display: `:${n}`,
      close: async () => {
        server.kill();
        await new Promise((r) => server.once('exit', r));
      },
    };
  }
  throw new Error('No free X display number between :90 and :129');
}

/**
 * Grants the extension an optional host permission the way a user does: an extension page asks
 * (permissions.request, during a click), Chromium shows its prompt, and the keyboard answers
 * Allow (Tab, Space). Only in a headed browser on `display`.
 */
export async function grantOrigin(context: BrowserContext, extensionId: string, display: string, origin: string): Promise<void> {
  const page = await context.newPage();
  try {
    await page.goto(`chrome-extension://${extensionId}/popup.html`);
    await page.evaluate((o) => {
      const asked = window as unknown as { casebookGrant?: unknown };
      asked.casebookGrant = 'pending';
      document.addEventListener(
        'click',
        () => void chrome.permissions.request({ origins: [o] }).then((granted) => (asked.casebookGrant = granted), (error: unknown) => (asked.casebookGrant = String(error))),
        { once: true },
      );
    }, origin);
    await page.mouse.click(2, 2);
    const answer = (): Promise<unknown> => page.evaluate(() => (window as unknown as { casebookGrant?: unknown }).casebookGrant);
    // The prompt takes a moment to appear; keys sent before it would go to the page.
    for (let attempt = 0; attempt < 4; attempt++) {
      await new Promise((r) => setTimeout(r, 1000 + attempt * 1000));
      if ((await answer()) !== 'pending') break;
      await run('/usr/bin/xdotool', ['key', 'Tab', 'space'], { env: { ...process.env, DISPLAY: display } });
      for (let waited = 0; waited < 1500 && (await answer()) === 'pending'; waited += 100) await new Promise((r) => setTimeout(r, 100));
      if ((await answer()) !== 'pending') break;
    }
    const final = await answer();
    if (final === true) return;
    if (final !== 'pending') throw new Error(`The permission prompt answered ${String(final)}`);
    throw new Error(`No answer from the permission prompt for ${origin}`);
  } finally {
    await page.close();
  }
}
