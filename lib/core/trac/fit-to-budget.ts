import { keepHead, keepHeadAndTailLines } from './shorten-text';

export interface ShortenablePart {
  /** Listed in `shortened` and named in the description's "(shortened)" note. */
  name: string;
  text: string;
  /** 'head' keeps the beginning (a message); 'head-and-tail' keeps first and last lines (a log). */
  style: 'head' | 'head-and-tail';
}

export interface FittedUrl {
  url: string;
  bytes: number;
  shortened: string[];
}

/** Builds the URL from the (possibly shortened) parts; `compact` asks for shorter fixed fields too. */
export type RenderUrl = (parts: readonly ShortenablePart[], shortened: readonly string[], compact: boolean) => string;

/** Room kept for the "(shortened)" notes the description gains (re-checked after each cut). */
const NOTE_ROOM = 150;
/** Below this a shortened part says little: it is left out instead. */
const SMALLEST_USEFUL = 300;

/**
 * Shortens the longest part first until the URL fits `maxBytes` (UTF-8 bytes). Parts longer than
 * the whole budget are cut before the first try, so megabyte bodies cost no more than small ones.
 */
export function fitToBudget(parts: readonly ShortenablePart[], render: RenderUrl, maxBytes: number): FittedUrl {
  const shortened: string[] = [];
  let current = parts.map((part) => {
    if (part.text.length <= maxBytes) return part;
    shortened.push(part.name);
    return { ...part, text: cut(part, maxBytes) };
  });
  for (let attempt = 0; attempt < 6; attempt++) {
    const url = render(current, shortened, false);
    const bytes = utf8ByteLength(url);
    if (bytes <= maxBytes) return { url, bytes, shortened: inPartOrder(shortened) };
    const sizes = current.map((part) => formEncodedLength(part.text));
    const level = levelToCutTo(sizes, bytes - maxBytes + NOTE_ROOM);
    if (level === null) break;
    current = current.map((part, index) => {
      if ((sizes[index] ?? 0) <= level) return part;
      if (!shortened.includes(part.name)) shortened.push(part.name);
      return { ...part, text: level < SMALLEST_USEFUL ? '' : longestCutWithin(part, level) };
    });
  }
  const url = render(current, shortened, true);
  return { url, bytes: utf8ByteLength(url), shortened: inPartOrder(shortened) };

  function inPartOrder(names: readonly string[]): string[] {
    return parts.map((part) => part.name).filter((name) => names.includes(name));
  }
}

/**
 * The size every part above it is cut down to so that together they lose `excess` bytes: the
 * longest parts are shortened first and end up equally long. Null when nothing is left to cut.
 */
function levelToCutTo(sizes: readonly number[], excess: number): number | null {
  const largest = Math.max(0, ...sizes);
  if (largest === 0) return null;
  const reductionAt = (level: number): number => sizes.reduce((sum, size) => sum + Math.max(0, size - level), 0);
  let low = 0;
  let high = largest - 1;
  let level = 0;
  while (low <= high) {
    const middle = Math.floor((low + high) / 2);
    if (reductionAt(middle) >= excess) {
      level = middle;
      low = middle + 1;
    } else high = middle - 1;
  }
  return level;
}

function cut(part: ShortenablePart, maxChars: number): string {
  return part.style === 'head' ? keepHead(part.text, maxChars) : keepHeadAndTailLines(part.text, maxChars);
}

/** The longest cut of the part whose form-encoded size is at most `target` bytes (binary search). */
function longestCutWithin(part: ShortenablePart, target: number): string {
  let low = 0;
  let high = part.text.length;
  let best = '';
  while (low <= high) {
    const middle = Math.floor((low + high) / 2);
    const candidate = cut(part, middle);
    if (formEncodedLength(candidate) <= target) {
      best = candidate;
      low = middle + 1;
    } else high = middle - 1;
  }
  return best;
}

/** Bytes of the text once encoded by URLSearchParams (space as "+", others %XX per UTF-8 byte). */
export function formEncodedLength(text: string): number {
  let length = 0;
  for (const char of text) {
    const code = char.codePointAt(0) ?? 0;
    length += isLeftAsIs(code) ? 1 : 3 * utf8Bytes(code);
  }
  return length;
}

/** A-Z a-z 0-9 * - . _ and the space (written "+") take one byte. */
function isLeftAsIs(code: number): boolean {
  return (
    (code >= 0x30 && code <= 0x39) || (code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a) ||
    code === 0x2a || code === 0x2d || code === 0x2e || code === 0x5f || code === 0x20
  );
}

export function utf8ByteLength(text: string): number {
  let length = 0;
  for (const char of text) length += utf8Bytes(char.codePointAt(0) ?? 0);
  return length;
}

function utf8Bytes(code: number): number {
  if (code < 0x80) return 1;
  if (code < 0x800) return 2;
  if (code < 0x10000) return 3;
  return 4;
}
