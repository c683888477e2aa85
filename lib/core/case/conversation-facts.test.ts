import { describe, expect, it } from 'vitest';
import { sampleCase, sampleSettings, sampleThread } from '../trac/test-samples';
import { conversationFacts } from './conversation-facts';

const settings = sampleSettings({ identity: { name: 'Sam Ortega', emails: ['sam.ortega@example.com'] } });
const staffFirst = sampleThread({
  messages: [
    { ...sampleThread().messages[0]!, from: { name: 'Sam Ortega', email: 'sam.ortega@example.com' } },
    ...sampleThread().messages,
  ],
  messageCount: 3,
});

describe('conversationFacts', () => {
  it.each([
    ['a case: its customer, address and organisation, who wrote last', sampleThread(), sampleCase({ lastMessageFrom: 'customer' }), { customer: 'Dana Whitfield', customerDetail: '<dana.whitfield@harborline.example.com> · Harborline', messages: '2 · last from customer' }],
    ['a partner wrote last: said as the customer side', sampleThread(), sampleCase({ lastMessageFrom: 'partner' }), { customer: 'Dana Whitfield', customerDetail: '<dana.whitfield@harborline.example.com> · Harborline', messages: '2 · last from customer' }],
    ['staff wrote last', sampleThread(), sampleCase({ lastMessageFrom: 'staff' }), { customer: 'Dana Whitfield', customerDetail: '<dana.whitfield@harborline.example.com> · Harborline', messages: '2 · last from staff' }],
    ['no case: the first sender who is not staff, not the engineer who wrote first', staffFirst, null, { customer: 'Dana Whitfield', customerDetail: '<dana.whitfield@harborline.example.com> · Harborline', messages: '3' }],
    ['a customer without a name: the address alone', sampleThread(), sampleCase({ customer: { name: '', email: 'ops@harborline.example.com', organisation: '' }, lastMessageFrom: null }), { customer: 'ops@harborline.example.com', customerDetail: '', messages: '2' }],
    ['nobody but staff: unknown', sampleThread({ messages: [staffFirst.messages[0]!], messageCount: 1 }), null, { customer: 'unknown', customerDetail: '', messages: '1' }],
  ])('%s', (_title, thread, supportCase, facts) => {
    expect(conversationFacts(thread, supportCase, settings)).toEqual(facts);
  });
});
