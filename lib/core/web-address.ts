/**
 * Whether `text` is an http(s) address: the only links Casebook stores, shows or opens (a
 * `javascript:` or `data:` URL from an imported file or a mail must never become clickable).
 */
export function isWebAddress(text: string): boolean {
  return webAddress(text) !== null;
}

/** The address as the browser spells it, or null when it is not http(s). */
export function webAddress(text: string): string | null {
  try {
    const parsed = new URL(text);
    return parsed.protocol === 'https:' || parsed.protocol === 'http:' ? parsed.href : null;
  } catch {
    return null;
  }
}
