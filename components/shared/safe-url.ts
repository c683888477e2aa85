/**
 * A link target from stored data, or null when it is not http(s). Cases can be imported from
 * a file, so a `javascript:` URL must never become a clickable link.
 */
export function safeHttpUrl(url: string): string | null {
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'https:' || parsed.protocol === 'http:' ? parsed.href : null;
  } catch {
    return null;
  }
}
