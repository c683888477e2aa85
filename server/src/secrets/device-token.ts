import { randomBytes } from 'node:crypto';

/** A device's bearer token: 256 random bits, base64url. */
export function newDeviceToken(): string {
  return randomBytes(32).toString('base64url');
}

/** A token can only be one of ours if it has the shape `newDeviceToken` makes. */
export function looksLikeDeviceToken(token: string): boolean {
  return /^[A-Za-z0-9_-]{43}$/.test(token);
}
