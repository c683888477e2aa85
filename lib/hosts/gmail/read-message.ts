import type { MessageState, ThreadMessage } from '../../model/thread';
import type { Steps } from '../read-steps';
import { messageBodyTextSteps } from './message-body';
import { pageMatch } from './visibility';
import { collapsedSender, collapsedSnippet, expandedSender, MESSAGE_STATE_CLASSES, messageBody, messageDate, messageIds } from './selectors';

/**
 * Characters read of one message and of a whole thread: the start of a mail is what classifies
 * it, and reading holds up Gmail's page. A first read in a fresh tab runs cold code: 100,000
 * characters of short lines took 80-140 ms there (2026-12, 2-core EPYC under load), 32,000 took
 * up to 23 ms on a quiet machine: 20,000 keeps the first read under a frame (16 ms), and is what
 * the classifier reads of a message anyway (lib/core/classifier).
 */
export const MESSAGE_TEXT_LIMIT = 20_000;
export const THREAD_TEXT_LIMIT = 40_000;

/** Anchors a message must have; a missing one becomes a ReadProblem of the thread. */
export type MessageAnchor = 'sender' | 'date' | 'body';

export const MESSAGE_ANCHOR_SELECTORS: Readonly<Record<MessageAnchor, string>> = {
  sender: `${expandedSender}, ${collapsedSender}`,
  date: messageDate,
  body: messageBody,
};

export interface MessageReading {
  message: ThreadMessage;
  missing: MessageAnchor[];
}

/** State from the listitem's class (SDK `getViewState`); a loaded body means expanded. */
export function messageState(item: Element): MessageState {
  const has = (names: readonly string[]): boolean => names.some((name) => item.classList.contains(name));
  if (has(MESSAGE_STATE_CLASSES.expanded)) return 'expanded';
  if (has(MESSAGE_STATE_CLASSES.hidden)) return 'hidden';
  if (has(MESSAGE_STATE_CLASSES.collapsed)) return 'collapsed';
  return item.matches(messageIds) || pageMatch(item, messageIds) ? 'expanded' : 'collapsed';
}

function oneLine(text: string | null | undefined): string {
  return (text ?? '').replace(/\s+/g, ' ').trim();
}

/** Reads one `[role=listitem]`, in steps (lib/hosts/read-steps.ts): collapsed and hidden ones only show sender, date and a snippet. */
export function* readMessageItem(item: Element, limit = MESSAGE_TEXT_LIMIT): Steps<MessageReading> {
  const state = messageState(item);
  const missing: MessageAnchor[] = [];
  const loaded = item.matches(messageIds) ? item : pageMatch(item, messageIds);
  const scope = loaded ?? item;
  const senderEl = pageMatch(scope, state === 'expanded' ? expandedSender : collapsedSender) ?? pageMatch(scope, '.gD[email]');
  if (!senderEl) missing.push('sender');
  const dateEl = pageMatch(scope, messageDate);
  if (!dateEl) missing.push('date');
  // Kept as shown: Gmail may put U+202F before AM/PM, which `\s` would swallow.
  const dateText = (dateEl?.getAttribute('title') || dateEl?.textContent || '').replace(/[ \t\n\r]+/g, ' ').trim();
  let body = '';
  if (state === 'expanded') {
    const bodyEl = scope.querySelector(messageBody);
    if (bodyEl) body = yield* messageBodyTextSteps(bodyEl, limit);
    else missing.push('body');
  } else {
    body = oneLine(pageMatch(item, collapsedSnippet)?.textContent);
  }
  const syncId = loaded?.getAttribute('data-message-id')?.replace(/^#/, '') || null;
  const message: ThreadMessage = {
    id: loaded?.getAttribute('data-legacy-message-id') || null,
    syncId,
    from: {
      name: oneLine(senderEl?.getAttribute('name') || senderEl?.textContent),
      email: (senderEl?.getAttribute('email') ?? '').trim().toLowerCase(),
    },
    // Read from dateText by the background (lib/hosts/sent-times.ts): the parser stays out of the page.
    sentAt: null,
    dateText,
    body,
    state,
  };
  return { message, missing };
}
