import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { Sender } from '../messaging';
import { REPORT_SCRIPT, reportSenderPage } from './page-report';

// Only the tab's id matters here.
const gmailTab = { id: 7 } as NonNullable<Sender['tab']>;
const fromGmail: Sender = { id: fakeBrowser.runtime.id, tab: gmailTab, frameId: 0, url: 'https://mail.google.com/mail/u/0/#inbox/abc' };

afterEach(() => vi.restoreAllMocks());

function stubExecuteScript(result: unknown) {
  const executeScript = vi.fn().mockResolvedValue([{ frameId: 0, documentId: 'd', result }]);
  vi.spyOn(fakeBrowser, 'scripting', 'get').mockReturnValue({ executeScript } as never);
  return executeScript;
}

describe('reportSenderPage', () => {
  it('runs the report script in the asking tab and frame and hands back its status line', async () => {
    const executeScript = stubExecuteScript('A censored snapshot of this page is on your clipboard.');
    await expect(reportSenderPage(fromGmail)).resolves.toEqual({ status: 'A censored snapshot of this page is on your clipboard.' });
    expect(executeScript).toHaveBeenCalledWith({ target: { tabId: 7, frameIds: [0] }, files: [REPORT_SCRIPT] });
  });

  it.each<[string, Sender]>([
    ['no tab (the worker itself)', { id: fakeBrowser.runtime.id, url: 'https://mail.google.com/mail/u/0/' }],
    ['an extension page in a tab', { ...fromGmail, url: `chrome-extension://${fakeBrowser.runtime.id}/options.html` }],
    ['a look-alike host', { ...fromGmail, url: 'https://mail.google.com.example.net/mail/' }],
  ])('refuses %s', async (_name, sender) => {
    const executeScript = stubExecuteScript('x');
    await expect(reportSenderPage(sender)).rejects.toThrow('Only a Gmail or Groups page can be reported.');
    expect(executeScript).not.toHaveBeenCalled();
  });

  it('says so when the script gave no status line', async () => {
    stubExecuteScript(undefined);
    await expect(reportSenderPage(fromGmail)).rejects.toThrow('could not make a snapshot');
  });
});
