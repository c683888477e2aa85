/**
 * Just enough of RFC 5322/2045/2047 to read a saved .eml as the classifier would see it:
 * unfolded headers, encoded-word subjects, quoted-printable or base64 bodies, and the text/plain
 * part of a multipart message. Headers are returned for evaluation only: the page has none.
 */
export interface ParsedEml {
  headers: Map<string, string>;
  subject: string;
  from: string;
  body: string;
}

export function parseEml(raw: string): ParsedEml {
  const { headers, body } = splitMessage(raw.replace(/\r\n/g, '\n'));
  const subject = decodeWords(headers.get('subject') ?? '');
  const fromHeader = decodeWords(headers.get('from') ?? '');
  const from = (/<([^<>]*)>/.exec(fromHeader)?.[1] ?? fromHeader).trim();
  return { headers, subject, from, body: plainText(headers, body) };
}

function splitMessage(text: string): { headers: Map<string, string>; body: string } {
  const end = text.indexOf('\n\n');
  const head = end < 0 ? text : text.slice(0, end);
  const headers = new Map<string, string>();
  for (const line of head.replace(/\n[ \t]+/g, ' ').split('\n')) {
    const colon = line.indexOf(':');
    if (colon <= 0 || line.startsWith('From ')) continue; // "From " is the mbox separator
    const name = line.slice(0, colon).trim().toLowerCase();
    if (!headers.has(name)) headers.set(name, line.slice(colon + 1).trim());
  }
  return { headers, body: end < 0 ? '' : text.slice(end + 2) };
}

function plainText(headers: Map<string, string>, body: string): string {
  const type = headers.get('content-type') ?? 'text/plain';
  const boundary = /boundary="?([^";]+)"?/i.exec(type)?.[1];
  if (/^multipart\//i.test(type) && boundary) {
    const parts = body.split(`--${boundary}`).slice(1).map((part) => splitMessage(part.replace(/^\n/, '')));
    const plain = parts.find((part) => /^text\/plain/i.test(part.headers.get('content-type') ?? 'text/plain'));
    return plain ? plainText(plain.headers, plain.body) : '';
  }
  const encoding = (headers.get('content-transfer-encoding') ?? '').toLowerCase();
  const charset = /charset="?([^";]+)"?/i.exec(type)?.[1] ?? 'utf-8';
  if (encoding === 'quoted-printable') return decodeBytes(quotedPrintable(body.replace(/=\n/g, '')), charset).trim();
  if (encoding === 'base64') return decodeBytes(base64Bytes(body), charset).trim();
  return body.trim();
}

/** =?UTF-8?Q?…?= and =?UTF-8?B?…?= encoded words. */
function decodeWords(value: string): string {
  return value.replace(/=\?([^?]+)\?([QB])\?([^?]*)\?=/gi, (_, charset: string, kind: string, text: string) =>
    decodeBytes(kind.toUpperCase() === 'B' ? base64Bytes(text) : quotedPrintable(text.replace(/_/g, ' ')), charset),
  );
}

function quotedPrintable(text: string): Uint8Array {
  const bytes: number[] = [];
  for (let i = 0; i < text.length; i++) {
    const hex = text.slice(i + 1, i + 3);
    if (text[i] === '=' && /^[0-9A-F]{2}$/i.test(hex)) {
      bytes.push(parseInt(hex, 16));
      i += 2;
    } else bytes.push(text.charCodeAt(i) & 0xff);
  }
  return Uint8Array.from(bytes);
}

function base64Bytes(text: string): Uint8Array {
  const binary = atob(text.replace(/[^A-Za-z0-9+/=]/g, ''));
  return Uint8Array.from(binary, (ch) => ch.charCodeAt(0));
}

function decodeBytes(bytes: Uint8Array, charset: string): string {
  try {
    return new TextDecoder(charset.toLowerCase()).decode(bytes);
  } catch {
    return new TextDecoder('utf-8').decode(bytes);
  }
}
