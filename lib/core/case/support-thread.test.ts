import { describe, expect, it } from 'vitest';
import { autoTrackReason } from './support-thread';
import { message, people, settings, thread } from './test-support';

const customerOnly = [message(people.jane, '2025-11-03T10:00:00Z')];
const support = { name: 'Support', email: 'Support@casebook-vendor.com' };

describe('autoTrackReason', () => {
  it.each([
    ['a Groups conversation in the support group (by address)', thread(customerOnly, { host: 'groups', account: 'support@casebook-vendor.com', group: 'support' }), {}, 'Conversation in the support@casebook-vendor.com group'],
    ['a Groups conversation in the support group (by name)', thread(customerOnly, { host: 'groups', account: 'support', group: 'support' }), {}, 'Conversation in the support@casebook-vendor.com group'],
    ['a Groups conversation elsewhere', thread(customerOnly, { host: 'groups', account: 'sales', group: 'sales' }), {}, null],
    ['any conversation in the support mailbox (Gmail signed in as support@)', thread(customerOnly, { host: 'gmail', account: 'Support@casebook-vendor.com' }), {}, 'In the support@casebook-vendor.com mailbox'],
    ['a message from the support address', thread([...customerOnly, message(support, '2025-11-03T11:00:00Z')]), {}, 'Message from support@casebook-vendor.com'],
    ['a message sent to the support address', thread(customerOnly), { recipients: ['SUPPORT@casebook-vendor.com'] }, 'Sent to support@casebook-vendor.com'],
    ['a thread with the support label', thread(customerOnly), { labels: ['Inbox', 'support'] }, 'Labelled "support"'],
    ['a personal conversation', thread(customerOnly), { labels: ['Inbox'], recipients: ['alice@casebook-vendor.com'] }, null],
  ])('%s -> %s', (_name, snapshot, extras, expected) => {
    expect(autoTrackReason(snapshot, settings, extras)).toBe(expected);
  });

  it('with no support addresses configured, nothing is tracked automatically', () => {
    expect(autoTrackReason(thread(customerOnly, { host: 'groups', account: 'support' }), { supportAddresses: [], supportLabels: [] })).toBeNull();
  });
});
