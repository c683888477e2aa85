import type { Handlers, Sender } from '../messaging';
import type { RequestType } from '../model/messages';

/** One request's handler, with its payload and answer types forgotten (wrappers treat all alike). */
export type AnyHandler = (payload: unknown, sender: Sender) => Promise<unknown>;

/** The same handlers, each passed through `wrap` (a check before, a translation after, …). */
export function wrapHandlers(handlers: Handlers, wrap: (handler: AnyHandler, type: RequestType) => AnyHandler): Handlers {
  const wrapped: Partial<Record<RequestType, AnyHandler>> = {};
  for (const [type, handler] of Object.entries(handlers) as [RequestType, AnyHandler][]) wrapped[type] = wrap(handler, type);
  return wrapped as unknown as Handlers;
}
