import { browser, type Browser } from 'wxt/browser';
import * as z from 'zod/mini';
import {
  Push,
  RequestEnvelope,
  ResponseEnvelope,
  protocol,
  type RequestOf,
  type RequestType,
  type ResponseOf,
  type TabPush,
} from './model/messages';

/**
 * Messaging in the extension's own origin (background, popup, dashboard, options); content
 * scripts use lib/content/content-messaging.ts. Every request is checked against `protocol`
 * when it arrives, every answer and push before it leaves (the content scripts rely on that and
 * carry no Zod) and again when a page receives it; requests are only accepted from this extension.
 */

export class MessagingError extends Error {
  override name = 'MessagingError';
}

/** Asks the background. Rejects with a MessagingError carrying the background's plain message. */
export async function ask<T extends RequestType>(type: T, payload: RequestOf<T>): Promise<ResponseOf<T>> {
  const raw: unknown = await browser.runtime.sendMessage({ casebook: 1, type, payload });
  const envelope = ResponseEnvelope.safeParse(raw);
  if (!envelope.success) throw new MessagingError(`The background sent a malformed answer to ${type}.`);
  if (!envelope.data.ok) throw new MessagingError(envelope.data.error);
  const data = protocol[type].response.safeParse(envelope.data.data);
  if (!data.success) throw new MessagingError(`The background's answer to ${type} failed validation: ${z.prettifyError(data.error)}`);
  return data.data as ResponseOf<T>;
}

export type Sender = Browser.runtime.MessageSender;
export type Handlers = { [T in RequestType]: (payload: RequestOf<T>, sender: Sender) => Promise<ResponseOf<T>> };

/**
 * Who sent a request: one of our extension pages, one of our content scripts in a Gmail or
 * Groups tab, or nobody we answer (another extension, another site, a frame elsewhere).
 */
export function senderKind(sender: Sender, extensionId: string, extensionOrigin: string): 'page' | 'tab' | null {
  if (sender.id !== extensionId) return null;
  const url = sender.url ?? '';
  if (url.startsWith(extensionOrigin)) return 'page';
  const fromHost = url.startsWith('https://mail.google.com/') || url.startsWith('https://groups.google.com/');
  return fromHost && sender.tab?.id !== undefined ? 'tab' : null;
}

/** Serves requests in the background until `signal` aborts. */
export function serve(handlers: Handlers, signal?: AbortSignal): void {
  const extensionOrigin = browser.runtime.getURL('/');
  const listener = (raw: unknown, sender: Sender): Promise<unknown> | undefined => {
    const envelope = RequestEnvelope.safeParse(raw);
    if (!envelope.success) return undefined; // not ours: let other listeners answer
    const kind = senderKind(sender, browser.runtime.id, extensionOrigin);
    if (kind === null) return Promise.resolve({ ok: false, error: 'Request refused: unknown sender.' });
    const type = envelope.data.type;
    if (!Object.hasOwn(protocol, type)) return Promise.resolve({ ok: false, error: `Unknown request ${type}.` });
    const spec = protocol[type as RequestType];
    // A content script runs beside a page Casebook does not control: it may only ask what its
    // own conversation needs (which case it may touch is checked by lib/background/tab-scope.ts).
    if (kind === 'tab' && spec.senders === 'pages') {
      return Promise.resolve({ ok: false, error: `Request refused: ${type} is only for Casebook's own pages.` });
    }
    const payload = spec.request.safeParse(envelope.data.payload);
    if (!payload.success) {
      return Promise.resolve({ ok: false, error: `Invalid ${type} request: ${z.prettifyError(payload.error)}` });
    }
    const handler = handlers[type as RequestType] as (p: unknown, s: Sender) => Promise<unknown>;
    return handler(payload.data, sender).then(
      (data) => {
        const answer = spec.response.safeParse(data);
        if (answer.success) return { ok: true, data: answer.data };
        console.error(`Casebook: the answer to ${type} failed validation`, answer.error);
        return { ok: false, error: `Casebook's answer to ${type} failed validation: ${z.prettifyError(answer.error)}` };
      },
      (error: unknown) => ({ ok: false, error: error instanceof Error ? error.message : String(error) }),
    );
  };
  browser.runtime.onMessage.addListener(listener);
  signal?.addEventListener('abort', () => browser.runtime.onMessage.removeListener(listener));
}

/** Tells one tab (its content script) about a change. A tab without our script is ignored. */
export async function pushToTab(tabId: number, message: TabPush): Promise<void> {
  await browser.tabs.sendMessage(tabId, Push.parse(message)).catch(() => undefined);
}

/** Tells extension pages (popup, dashboard) about a change. */
export async function pushToPages(message: Push): Promise<void> {
  await browser.runtime.sendMessage(Push.parse(message)).catch(() => undefined);
}

/** Receives pushes from the background in a content script or page, until `signal` aborts. */
export function onPush(handler: (message: Push) => void, signal: AbortSignal): void {
  const listener = (raw: unknown, sender: Sender): undefined => {
    if (sender.id !== browser.runtime.id) return undefined;
    const message = Push.safeParse(raw);
    if (message.success) handler(message.data);
    return undefined;
  };
  browser.runtime.onMessage.addListener(listener);
  signal.addEventListener('abort', () => browser.runtime.onMessage.removeListener(listener));
}
