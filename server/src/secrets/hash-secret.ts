import { createHash } from 'node:crypto';

/**
 * SHA-256 of a secret, hex. Join codes and device tokens are stored only as this hash.
 * A fast hash suffices: both are random (≥ 60 and 256 bits), not chosen by people.
 */
export function hashSecret(secret: string): string {
  return createHash('sha256').update(secret, 'utf8').digest('hex');
}
