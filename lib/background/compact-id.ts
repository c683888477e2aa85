/**
 * Ids for events and corrections: 16 hex characters (64 random bits). Half a UUID's length,
 * which matters at 500,000 timeline events (each id is stored in the row and in its index
 * entries); collisions stay negligible for one user's database (≈ 2^32 ids before one is likely).
 */
export function compactId(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(8));
  return Array.from(bytes, (byte) => byte.toString(16).padStart(2, '0')).join('');
}
