import type { Person } from '../../model/thread';

/**
 * The person a forwarded chat transcript or a web contact form names in its text (issue #13:
 * "the right customer"). Such mails come from a system address (`transcripts@chat…`,
 * `noreply@…`, the website's form robot) or are forwarded by a colleague, so their sender is not
 * the customer; the text says who is, on labelled lines:
 *
 *   Visitor: Tomás Rivera            Name: Dana Whitfield
 *   Visitor email: tomas@…           E-mail address: dana@…
 *
 * Only the first screenful of lines is read (a transcript's header, a form's fields), each line
 * cut short, by string operations: no regex runs over the whole text. Returns null unless an
 * address was found (a reply needs one); the name may then be "".
 */
const LINES_READ = 120;
const LINE_READ = 300;
const NAME_LABELS = new Set(['visitor', 'visitor name', 'name', 'full name', 'your name', 'customer', 'customer name', 'contact', 'contact name', 'caller', 'caller name', 'from name', 'sender name']);
const EMAIL_LABELS = new Set([
  'visitor email', 'visitor e-mail', 'email', 'e-mail', 'email address', 'e-mail address', 'your email', 'your e-mail',
  'customer email', 'customer e-mail', 'contact email', 'contact e-mail', 'caller email', 'reply-to', 'reply to', 'sender email',
]);
const ADDRESS = /[^\s<>@"',;:()[\]]{1,64}@[^\s<>@"',;:()[\]]{1,253}\.[a-z]{2,24}/i;

export function personNamedIn(text: string): Person | null {
  let name = '';
  let email = '';
  let start = 0;
  for (let n = 0; n < LINES_READ && start < text.length && (name === '' || email === ''); n += 1) {
    const end = text.indexOf('\n', start);
    const line = text.slice(start, Math.min(end === -1 ? text.length : end, start + LINE_READ));
    start = end === -1 ? text.length : end + 1;
    const colon = line.indexOf(':');
    if (colon <= 0 || colon > 24) continue;
    const label = line.slice(0, colon).trim().toLowerCase().replace(/\s+/g, ' ');
    const value = line.slice(colon + 1).trim();
    if (email === '' && EMAIL_LABELS.has(label)) email = ADDRESS.exec(value)?.[0].toLowerCase() ?? '';
    else if (name === '' && NAME_LABELS.has(label)) name = cleanName(value);
  }
  return email === '' ? null : { name, email };
}

/** "Tomás Rivera", not "Tomás Rivera <tomas@…>" or a 300-character paste. */
function cleanName(value: string): string {
  const beforeAddress = value.split('<', 1)[0] ?? '';
  const name = beforeAddress.replace(/["“”]/g, '').trim().slice(0, 80);
  return name.includes('@') || !/\p{L}/u.test(name) ? '' : name;
}
