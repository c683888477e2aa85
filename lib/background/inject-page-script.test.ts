import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { Sender } from '../messaging';
import { injectPageScript, type PageScript } from './inject-page-script';

const tab = { id: 7 } as NonNullable<Sender['tab']>;
const fromGmail: Sender = { id: fakeBrowser.runtime.id, tab, frameId: 3, url: 'https://mail.google.com/mail/u/0/#inbox/abc' };
const fromGroups: Sender = { ...fromGmail, frameId: 0, url: 'https://groups.google.com/g/support/c/xyz' };

afterEach(() => vi.restoreAllMocks());

function stubExecuteScript() {
  const executeScript = vi.fn().mockResolvedValue([{ frameId: 0, documentId: 'd', result: undefined }]);
  vi.spyOn(fakeBrowser, 'scripting', 'get').mockReturnValue({ executeScript } as never);
  return executeScript;
}

describe('injectPageScript', () => {
  it.each<[PageScript, 'gmail' | 'groups', Sender, number, string]>([
    ['insert', 'gmail', fromGmail, 3, '/gmail-insert.js'],
    ['insert', 'groups', fromGroups, 0, '/groups-insert.js'],
    ['chips', 'gmail', fromGmail, 3, '/gmail-chips.js'],
    ['chips', 'groups', fromGroups, 0, '/groups-chips.js'],
  ])('injects the %s script for %s into the asking tab and frame', async (part, host, sender, frameId, file) => {
    const executeScript = stubExecuteScript();
    await expect(injectPageScript(part, host, sender)).resolves.toEqual({});
    expect(executeScript).toHaveBeenCalledWith({ target: { tabId: 7, frameIds: [frameId] }, files: [file] });
  });

  it.each<[string, 'gmail' | 'groups', Sender]>([
    ['no tab (the worker itself)', 'gmail', { id: fakeBrowser.runtime.id, url: 'https://mail.google.com/mail/u/0/' }],
    ['an extension page in a tab', 'gmail', { ...fromGmail, url: `chrome-extension://${fakeBrowser.runtime.id}/options.html` }],
    ['a look-alike host', 'gmail', { ...fromGmail, url: 'https://mail.google.com.example.net/mail/' }],
    ['the other site', 'groups', fromGmail],
    ['any other page', 'groups', { ...fromGmail, url: 'https://example.org/groups.google.com/' }],
  ])('refuses %s', async (_name, host, sender) => {
    const executeScript = stubExecuteScript();
    for (const part of ['insert', 'chips'] as const) {
      await expect(injectPageScript(part, host, sender)).rejects.toThrow('Casebook runs its page scripts only in Gmail or Groups.');
    }
    expect(executeScript).not.toHaveBeenCalled();
  });
});
