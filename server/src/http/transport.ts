import type { IncomingMessage } from 'node:http';
import type { TLSSocket } from 'node:tls';

export interface Transport {
  /** The member's address: the peer, or what a trusted proxy says the peer was. */
  clientAddress: string;
  /** TLS from the member to the first hop we trust. */
  secure: boolean;
}

/**
 * What we know about how a request reached us. Forwarded headers count only from a trusted
 * proxy (by default: this machine), and only the proxy's own (last) X-Forwarded-For entry,
 * since everything before it was written by the client.
 */
export function describeTransport(request: IncomingMessage, trustedProxies: ReadonlySet<string>): Transport {
  const peer = normaliseAddress(request.socket.remoteAddress ?? '');
  const directTls = (request.socket as Partial<TLSSocket>).encrypted === true;
  if (!trustedProxies.has(peer)) return { clientAddress: peer, secure: directTls };
  const forwardedFor = lastHeaderValue(request.headers['x-forwarded-for']);
  const forwardedProto = lastHeaderValue(request.headers['x-forwarded-proto'])?.toLowerCase();
  return {
    clientAddress: forwardedFor ? normaliseAddress(forwardedFor) : peer,
    secure: forwardedProto ? forwardedProto === 'https' || forwardedProto === 'wss' : directTls,
  };
}

/** Join codes and tokens travel in the clear unless this holds: TLS, or a member on this machine. */
export function isTransportAllowed(transport: Transport): boolean {
  return transport.secure || isLoopback(transport.clientAddress);
}

export function isLoopback(address: string): boolean {
  return address === '::1' || /^127\.\d+\.\d+\.\d+$/.test(address);
}

function normaliseAddress(address: string): string {
  const trimmed = address.trim();
  return trimmed.startsWith('::ffff:') ? trimmed.slice('::ffff:'.length) : trimmed;
}

function lastHeaderValue(header: string | string[] | undefined): string | undefined {
  const joined = Array.isArray(header) ? header.join(',') : header;
  if (!joined) return undefined;
  const parts = joined.split(',').map((part) => part.trim()).filter(Boolean);
  return parts[parts.length - 1];
}
