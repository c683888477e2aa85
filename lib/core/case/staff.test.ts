import { describe, expect, it } from 'vitest';
import { isStaff, originatorOf, withMailbox, type PeopleSettings } from './staff';
import { defaultSettings } from '../../model/settings';
import { settings } from './test-support';

describe('originatorOf / isStaff', () => {
  it.each([
    ['alice@casebook-vendor.com', 'staff', 'the user'],
    ['Bob@Casebook-Vendor.com', 'staff', 'a team member, any case'],
    ['support@casebook-vendor.com', 'staff', 'the support address (Groups replies)'],
    ['carol@eu.casebook-vendor.com', 'staff', 'a subdomain of a staff domain'],
    ['mallory@notcasebook-vendor.com', 'customer', 'a look-alike domain is not staff'],
    ['raj@reseller.net', 'partner', 'a partner domain'],
    ['raj@uk.reseller.net', 'partner', 'a partner subdomain'],
    ['jane.doe@example-corp.co.uk', 'customer', 'anyone else'],
    ['', 'customer', 'an unreadable sender'],
  ])('%s -> %s (%s)', (email, expected) => {
    expect(originatorOf(email, settings)).toBe(expected);
    expect(isStaff(email, settings)).toBe(expected === 'staff');
  });

  it('reads staff domains written with a leading @', () => {
    expect(isStaff('dan@vendor.org', { ...settings, staffDomains: ['@vendor.org'] })).toBe(true);
  });

  // With nothing set up, the engineer's own reply counted as the customer's words (issue #13).
  describe('without setup, the mailbox being read is staff', () => {
    const blank = defaultSettings;
    it.each([
      ['the mailbox address itself', 'support@example.com', 'Support@Example.com', 'staff'],
      ['someone else writing to it', 'support@example.com', 'dana@harborline.example.com', 'customer'],
      ['an account that is no address (Gmail u/0) adds nothing', 'u/0', 'u/0', 'customer'],
      ['no account', null, 'support@example.com', 'customer'],
    ])('%s', (_title, account, sender, expected) => {
      expect(originatorOf(sender, withMailbox(blank, account))).toBe(expected);
    });

    it('keeps the settings object when nothing changes, and adds a mailbox once', () => {
      expect(withMailbox(blank, 'u/0')).toBe(blank);
      const once = withMailbox(blank, 'support@example.com');
      expect(withMailbox(once, 'SUPPORT@example.com')).toBe(once);
      expect((once as PeopleSettings).mailboxes).toEqual(['support@example.com']);
    });

    // Gmail's send-as addresses (learnt from the compose's From menu) are the mailbox's too.
    it.each([
      ['a send-as address', 'support@example.net', 'staff'],
      ['the account', 'Helpdesk@example.net', 'staff'],
      ['the customer who wrote to the alias', 'greta.lindholm@example.org', 'customer'],
      ['a look-alike of the alias', 'support@example.net.evil.example', 'customer'],
    ])('with send-as addresses: %s', (_title, sender, expected) => {
      expect(originatorOf(sender, withMailbox(blank, 'helpdesk@example.net', ['SUPPORT@example.net', 'billing@example.net']))).toBe(expected);
    });

    it('adds send-as addresses once, after the account, and ignores what is no address', () => {
      const people = withMailbox(blank, 'helpdesk@example.net', ['support@example.net', 'Support@example.net', 'u/0', '']);
      expect((people as PeopleSettings).mailboxes).toEqual(['helpdesk@example.net', 'support@example.net']);
      expect(withMailbox(people, 'helpdesk@example.net', ['support@example.net'])).toBe(people);
    });
  });
});
