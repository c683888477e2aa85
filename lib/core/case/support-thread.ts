import type { Settings } from '../../model/settings';
import type { ThreadSnapshot } from '../../model/thread';
import { normaliseEmail } from './customer';

/** What the page may show besides the snapshot: Gmail labels and recipients, when the adapter reads them. */
export interface ThreadExtras {
  labels?: readonly string[];
  recipients?: readonly string[];
}

type SupportSettings = Pick<Settings, 'supportAddresses' | 'supportLabels'>;

/**
 * Why a thread is a support case without anyone clicking, or null when it is not:
 * the Groups group or the Gmail mailbox is a support address, a message came from or went to
 * one, or the thread carries a support label. The reason becomes the "created" event's text.
 */
export function autoTrackReason(thread: ThreadSnapshot, settings: SupportSettings, extras: ThreadExtras = {}): string | null {
  const addresses = settings.supportAddresses.map(normaliseEmail).filter((address) => address !== '');
  // A group may be named by its address or by its name, which is the address's local part.
  const groupKeys = [thread.account, thread.group ?? ''].map(normaliseEmail).filter((key) => key !== '');
  const group = addresses.find((address) => groupKeys.some((key) => key === address || key === address.split('@')[0]));
  if (thread.host === 'groups' && group) return `Conversation in the ${group} group`;
  // Signed in to the support mailbox itself: every conversation there was sent to it.
  const mailbox = normaliseEmail(thread.account);
  if (thread.host === 'gmail' && addresses.includes(mailbox)) return `In the ${mailbox} mailbox`;

  const sender = thread.messages.map((message) => normaliseEmail(message.from.email)).find((email) => addresses.includes(email));
  if (sender) return `Message from ${sender}`;

  const recipient = (extras.recipients ?? []).map(normaliseEmail).find((email) => addresses.includes(email));
  if (recipient) return `Sent to ${recipient}`;

  const wanted = settings.supportLabels.map((label) => label.trim().toLowerCase());
  const label = (extras.labels ?? []).find((name) => wanted.includes(name.trim().toLowerCase()));
  if (label) return `Labelled "${label}"`;
  return null;
}
