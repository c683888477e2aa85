// Builders for the classifier's tests: real-looking threads without repeating the whole shape.
import { defaultSettings, type Settings } from '../../model/settings';
import type { ThreadMessage, ThreadSnapshot } from '../../model/thread';
import { emptyCorrectionIndex, type CorrectionIndex } from './corrections';
import { readShippedModel } from './read-model-file';
import type { ClassifierContext } from './classify';

export const STAFF = 'anna@support.example.com';

export const testSettings: Settings = {
  ...defaultSettings,
  identity: { name: 'Anna', emails: [STAFF] },
  team: [{ name: 'Ben', email: 'ben@support.example.com' }],
  supportAddresses: ['support@example.com'],
  staffDomains: ['support.example.com'],
  partnerDomains: ['reseller.example.net'],
};

export function context(corrections: CorrectionIndex = emptyCorrectionIndex, settings: Settings = testSettings): ClassifierContext {
  return { settings, model: readShippedModel(), corrections };
}

export function message(from: string, body: string, sentAt = 0): ThreadMessage {
  return { id: null, syncId: null, from: { name: from.split('@')[0] ?? '', email: from }, sentAt, dateText: '', body, state: 'expanded' };
}

export function thread(subject: string, messages: ThreadMessage[]): ThreadSnapshot {
  return {
    host: 'gmail',
    account: 'anna@support.example.com',
    threadId: '18c0ffee',
    permId: null,
    group: null,
    subject,
    url: 'https://mail.google.com/mail/u/0/#inbox/18c0ffee',
    messages,
    messageCount: messages.length,
    replyOpen: false,
    collaborative: null,
    problems: [],
  };
}
