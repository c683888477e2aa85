import { describe, expect, it } from 'vitest';
import { SupportCase } from '../../model/case';
import { caseIdFor, newCase, phoneCaseId } from './new-case';

describe('case ids', () => {
  it.each([
    ['gmail', 'Alice@Casebook-Vendor.com', '18c2f4a9b7e0d123', 'gmail:alice@casebook-vendor.com:18c2f4a9b7e0d123'],
    ['groups', 'support@casebook-vendor.com', 'Xy7_aB3cD9e', 'groups:support@casebook-vendor.com:Xy7_aB3cD9e'],
  ] as const)('%s %s %s -> %s', (host, account, threadId, expected) => {
    expect(caseIdFor(host, account, threadId)).toBe(expected);
  });

  it('phone cases', () => {
    expect(phoneCaseId('0b8e6f4c-5d7a-4c1e-9f1a-2b3c4d5e6f70')).toBe('phone:0b8e6f4c-5d7a-4c1e-9f1a-2b3c4d5e6f70');
  });
});

describe('newCase', () => {
  it('is a valid case with nothing done yet', () => {
    const c = newCase({
      id: 'phone:1', host: null, account: '', threadId: null, threadUrl: '', subject: 'Call', customer: { name: 'Jane', email: 'jane@acme.com', organisation: 'Acme' },
      originator: 'customer', source: 'phone', createdAt: 1_762_164_000_000,
    });
    expect(SupportCase.parse(c)).toEqual(c);
    expect(c).toMatchObject({ status: 'new', owner: null, version: 0, updatedAt: 1_762_164_000_000, awaitingSince: [], dueAt: null });
  });
});
