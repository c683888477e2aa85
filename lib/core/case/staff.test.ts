import { describe, expect, it } from 'vitest';
import { isStaff, originatorOf } from './staff';
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
});
