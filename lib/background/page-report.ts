import { browser } from 'wxt/browser';
import type { Sender } from '../messaging';

/** The unlisted script (entrypoints/report-page.ts) that censors and copies the page. */
export const REPORT_SCRIPT = '/report-page.js';

/** The pages whose sidebar may ask for a report (the content scripts' hosts). */
const REPORTABLE = /^https:\/\/(mail|groups)\.google\.com\//;

/**
 * "Report this page" for the sidebar that asked: runs the censoring script in the sender's tab
 * and frame, on demand, and hands back its status line. lib/messaging already admits only this
 * extension; an extension page (which has no host page to report) is refused here.
 */
export async function reportSenderPage(sender: Sender): Promise<{ status: string }> {
  const tabId = sender.tab?.id;
  if (tabId === undefined || !REPORTABLE.test(sender.url ?? '')) throw new Error('Only a Gmail or Groups page can be reported.');
  const [injection] = await browser.scripting.executeScript({
    target: { tabId, frameIds: [sender.frameId ?? 0] },
    files: [REPORT_SCRIPT],
  });
  const status: unknown = injection?.result;
  if (typeof status !== 'string') throw new Error('Casebook could not make a snapshot of this page.');
  return { status };
}
