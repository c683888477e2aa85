import { accountButton } from './selectors';
import { pageMatch } from './visibility';

const EMAIL = /(?<![A-Za-z0-9._%+-])[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}/;

/**
 * The signed-in address. `<title>` is `<subject> - <account> - Gmail` (Workspace: `<Org> Mail`);
 * the account is the second segment from the end, since a subject may itself hold " - " or an
 * address (Mailvelope's "first address in the title" fails there). The header account button,
 * `Google Account: Name \n(email)`, is the fallback.
 */
export function readAccountEmail(doc: Document): string | null {
  const segments = doc.title.split(' - ');
  if (segments.length >= 2) {
    const candidate = (segments[segments.length - 2] ?? '').trim();
    const match = EMAIL.exec(candidate);
    if (match && match[0] === candidate) return candidate.toLowerCase();
  }
  const label = pageMatch(doc, accountButton)?.getAttribute('aria-label') ?? '';
  const fromButton = /\(([^()]+@[^()]+)\)\s*$/.exec(label)?.[1]?.trim();
  return fromButton && EMAIL.test(fromButton) ? fromButton.toLowerCase() : null;
}

/** The subject part of a thread title, for when the page's heading is missing. */
export function subjectFromTitle(doc: Document): string | null {
  const segments = doc.title.split(' - ');
  if (segments.length < 3 || !EMAIL.test(segments[segments.length - 2] ?? '')) return null;
  const subject = segments.slice(0, -2).join(' - ').trim();
  return subject === '' ? null : subject;
}

/** The account for the case key: the page's address, else the URL's account slot (`u/1`). */
export function readGmailAccount(doc: Document, url: URL): string {
  const index = /^\/mail\/u\/(\d{1,3})\//.exec(url.pathname)?.[1] ?? '0';
  return readAccountEmail(doc) ?? `u/${index}`;
}
