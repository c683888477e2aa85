import { webAddress } from '../../lib/core/web-address';

/**
 * A link target from stored data, or null when it is not http(s). Cases can be imported from
 * a file and links come from settings and Trac, so a `javascript:` URL must never become a
 * clickable link.
 */
export function safeHttpUrl(url: string): string | null {
  return webAddress(url);
}
