import { describe, expect, it } from 'vitest';
import { mergeSendAs, SEND_AS_LIMIT, sendAsAddresses } from './send-as';

describe('sendAsAddresses', () => {
  it.each([
    ['the From menu of an account with one alias', ['helpdesk@example.net', 'support@example.net', 'support@example.net'], ['support@example.net']],
    ['the account alone (no From menu): nothing to learn', ['helpdesk@example.net'], []],
    ['case and spaces do not make a new address', [' Support@Example.NET ', 'support@example.net'], ['support@example.net']],
    ['angle brackets as a value carries them', ['<billing@example.net>'], ['billing@example.net']],
    ['menu text instead of a value is no address', ['FTPGate Support <support@example.net>'], []],
    ['not addresses', ['', 'support', '@example.net', 'a@b', 'a@@example.net', 'a@example.', 'x y@example.net', 'a@.net', 'a,b@example.net'], []],
    ['an address of 255 characters is too long', [`${'a'.repeat(243)}@example.net`], []],
  ])('%s', (_title, seen, expected) => {
    expect(sendAsAddresses(seen, 'helpdesk@example.net')).toEqual(expected);
  });

  it(`keeps at most ${SEND_AS_LIMIT}, in page order, and reads a hostile 200 KB list in one pass`, () => {
    const seen = Array.from({ length: 100 }, (_, i) => `alias${i}@example.net`);
    expect(sendAsAddresses(seen, 'helpdesk@example.net')).toEqual(seen.slice(0, SEND_AS_LIMIT));
    const hostile = ['@'.repeat(200_000), `${'a'.repeat(200_000)}@example.net`, `${'a.'.repeat(100_000)}@x`];
    expect(sendAsAddresses(hostile, 'helpdesk@example.net')).toEqual([]);
  });
});

describe('mergeSendAs', () => {
  it.each([
    ['adds new addresses after the known ones', ['a@example.net'], ['b@example.net'], ['a@example.net', 'b@example.net']],
    ['an address seen again is kept once', ['a@example.net'], ['a@example.net'], ['a@example.net']],
    ['a compose without the menu forgets nothing', ['a@example.net', 'b@example.net'], [], ['a@example.net', 'b@example.net']],
  ])('%s', (_title, known, fresh, expected) => {
    expect(mergeSendAs(known, fresh)).toEqual(expected);
  });

  it(`is capped at ${SEND_AS_LIMIT}, keeping those known first`, () => {
    const known = Array.from({ length: SEND_AS_LIMIT }, (_, i) => `k${i}@example.net`);
    expect(mergeSendAs(known, ['new@example.net'])).toEqual(known);
  });
});
