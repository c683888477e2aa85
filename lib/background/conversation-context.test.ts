import { describe, expect, it } from 'vitest';
import { sampleThread } from '../core/trac/test-samples';
import { defaultSettings } from '../model/settings';
import { conversationContext } from './conversation-context';

// The case: with no support address set, the installation table took "Debian 12" from
// the engineer's own message, sent from the mailbox being read.
describe('conversationContext without setup', () => {
  const customer = sampleThread().messages[0]!;
  const thread = sampleThread({
    account: 'support@example.com',
    messages: [
      { ...customer, body: 'Uploads fail since Friday.' },
      { ...customer, id: 'reply', from: { name: 'Support', email: 'support@example.com' }, body: 'We could not reproduce it on Debian 12 with FTPGate Server 4.3.0.' },
    ],
  });

  it("reads installation details from the customer's words only, not the mailbox's own reply", () => {
    const { customerTexts, details } = conversationContext(thread, null, defaultSettings, Date.UTC(2026, 11, 5), () => false);
    expect(customerTexts).toEqual(['Uploads fail since Friday.']);
    expect(details.missingItems).toContain('os');
    expect(details.missingItems).toContain('productVersion');
  });
});
