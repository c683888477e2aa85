import { browser } from 'wxt/browser';
import type { Sender } from '../messaging';

/** The unlisted script (entrypoints/report-page.ts) that censors and copies the page. */
export const REPORT_SCRIPT = '/report-page.js';

/**
 * "Report this page" for the sidebar that asked: runs the censoring script in the sender's tab
 * and frame, on demand, and hands back its status line. Only Casebook's own content scripts get
 * here (lib/messaging checks the sender), so the tab is a Gmail or Groups page.
 */
export async function reportSenderPage(sender: Sender): Promise<{ status: string }> {
  const tabId = sender.tab?.id;
  if (tabId === undefined) throw new Error('Only a Gmail or Groups page can be reported.');
  const [injection] = await browser.scripting.executeScript({
    target: { tabId, frameIds: [sender.frameId ?? 0] },
    files: [REPORT_SCRIPT],
  });
  const status: unknown = injection?.result;
  if (typeof status !== 'string') throw new Error('Casebook could not make a snapshot of this page.');
  return { status };
}
