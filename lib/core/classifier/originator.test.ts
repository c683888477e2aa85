import { describe, expect, it } from 'vitest';
import type { Originator } from '../../model/case';
import { decideOriginator } from './originator';
import { testSettings } from './test-support';

describe('decideOriginator', () => {
  it.each<{ email: string; expected: Originator }>([
    { email: 'anna@support.example.com', expected: 'staff' }, // our own address
    { email: 'Ben@Support.Example.com', expected: 'staff' }, // team member, any case
    { email: 'support@example.com', expected: 'staff' }, // the support address itself
    { email: 'carl@eu.support.example.com', expected: 'staff' }, // sub-domain of a staff domain
    { email: 'li@reseller.example.net', expected: 'partner' },
    { email: 'li@emea.reseller.example.net', expected: 'partner' },
    { email: 'eve@badreseller.example.net', expected: 'customer' }, // not a sub-domain
    { email: 'tom@customer.example', expected: 'customer' },
    { email: '', expected: 'customer' },
  ])('$email -> $expected', ({ email, expected }) => {
    expect(decideOriginator(email, testSettings)).toBe(expected);
  });
});
