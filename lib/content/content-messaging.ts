import { browser } from 'wxt/browser';
import type { TabPush, RequestOf, RequestType, ResponseOf } from '../model/messages';

/**
 * The content script's side of lib/messaging.ts, without Zod (~30 KB that would be injected
 * into every Gmail tab). Nothing unchecked crosses all the same: the background validates every
 * request when it arrives and every answer and push before it leaves (lib/messaging.ts), and
 * only this extension can message its content scripts (the sender's id is checked too). What
 * is left to check here is the envelope, so a broken answer is an error and never a crash.
 */

export class MessagingError extends Error {
  override name = 'MessagingError';
}

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null;

/** Asks the background. Rejects with a MessagingError carrying the background's plain message. */
export async function ask<T extends RequestType>(type: T, payload: RequestOf<T>): Promise<ResponseOf<T>> {
  const raw: unknown = await browser.runtime.sendMessage({ casebook: 1, type, payload });
  if (isRecord(raw) && raw.ok === true && 'data' in raw) return raw.data as ResponseOf<T>;
  if (isRecord(raw) && raw.ok === false && typeof raw.error === 'string') throw new MessagingError(raw.error);
  throw new MessagingError(`The background sent a malformed answer to ${type}.`);
}

const PUSH_TYPES: ReadonlySet<unknown> = new Set<TabPush['type']>(['case.changed', 'command', 'insert-template', 'team', 'templates.changed']);

/** Receives the background's (and the popup's) pushes until `signal` aborts. */
export function onPush(handler: (message: TabPush) => void, signal: AbortSignal): void {
  const listener = (raw: unknown, sender: { id?: string }): undefined => {
    if (sender.id === browser.runtime.id && isRecord(raw) && PUSH_TYPES.has(raw.type)) handler(raw as TabPush);
    return undefined;
  };
  browser.runtime.onMessage.addListener(listener);
  signal.addEventListener('abort', () => browser.runtime.onMessage.removeListener(listener));
}
