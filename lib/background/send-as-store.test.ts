import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { knownSendAs, learnSendAs } from './send-as-store';

describe('send-as store', () => {
  beforeEach(() => fakeBrowser.reset());

  it('remembers an account\'s send-as addresses, once, and says when one was new', async () => {
    expect(await learnSendAs('Helpdesk@example.net', ['helpdesk@example.net', 'support@example.net'])).toBe(true);
    expect(await learnSendAs('helpdesk@example.net', ['support@example.net'])).toBe(false);
    expect(await learnSendAs('helpdesk@example.net', ['helpdesk@example.net'])).toBe(false);
    expect(await knownSendAs('helpdesk@example.net')).toEqual(['support@example.net']);
    expect(await knownSendAs('HELPDESK@example.net ')).toEqual(['support@example.net']);
  });

  it('keeps accounts apart, and an account that is no address learns nothing', async () => {
    await learnSendAs('helpdesk@example.net', ['support@example.net']);
    await learnSendAs('sales@example.com', ['orders@example.com']);
    expect(await learnSendAs('u/0', ['support@example.net'])).toBe(false);
    expect(await knownSendAs('sales@example.com')).toEqual(['orders@example.com']);
    expect(await knownSendAs('u/0')).toEqual([]);
    expect(await knownSendAs(null)).toEqual([]);
  });

  it('reads a damaged record as nothing learnt, and learns again over it', async () => {
    await fakeBrowser.storage.local.set({ 'casebook.sendAs': { 'helpdesk@example.net': 'support@example.net' } });
    expect(await knownSendAs('helpdesk@example.net')).toEqual([]);
    expect(await learnSendAs('helpdesk@example.net', ['support@example.net'])).toBe(true);
    expect(await knownSendAs('helpdesk@example.net')).toEqual(['support@example.net']);
  });

  it('keeps the 20 accounts learnt last', async () => {
    for (let i = 0; i < 25; i++) await learnSendAs(`account${i}@example.net`, [`alias${i}@example.net`]);
    expect(await knownSendAs('account4@example.net')).toEqual([]);
    expect(await knownSendAs('account5@example.net')).toEqual(['alias5@example.net']);
    expect(await knownSendAs('account24@example.net')).toEqual(['alias24@example.net']);
  });
});
