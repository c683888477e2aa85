// Shortening that never splits a character (emoji, surrogate pairs) and prefers line ends.

/** `length` moved back so that it does not fall inside a surrogate pair. */
function safeCut(text: string, length: number): number {
  if (length <= 0) return 0;
  if (length >= text.length) return text.length;
  const code = text.charCodeAt(length - 1);
  return code >= 0xd800 && code <= 0xdbff ? length - 1 : length;
}

/** The first `maxChars` characters, cut at a line end or space when one is near, with "…". */
export function keepHead(text: string, maxChars: number): string {
  if (text.length <= maxChars) return text;
  let cut = safeCut(text, Math.max(0, maxChars - 1));
  const tail = text.slice(Math.floor(cut * 0.8), cut);
  const breakAt = Math.max(tail.lastIndexOf('\n'), tail.lastIndexOf(' '));
  if (breakAt > 0) cut = Math.floor(cut * 0.8) + breakAt;
  return `${text.slice(0, cut).trimEnd()}…`;
}

/**
 * Whole lines from the start and the end within `maxChars`, with a line saying how many were
 * left out: the first lines show the start of a session, the last ones the failure.
 */
export function keepHeadAndTailLines(text: string, maxChars: number): string {
  if (text.length <= maxChars) return text;
  const lines = text.split('\n');
  const head: string[] = [];
  const tail: string[] = [];
  let used = 40;
  for (let front = 0, back = lines.length - 1; front <= back; ) {
    const takeFront = head.length <= tail.length;
    const line = lines[takeFront ? front : back] ?? '';
    if (used + line.length + 1 > maxChars) break;
    used += line.length + 1;
    if (takeFront) head.push(lines[front++] ?? '');
    else tail.unshift(lines[back--] ?? '');
  }
  const left = lines.length - head.length - tail.length;
  if (head.length === 0 && tail.length === 0) return keepHead(text, maxChars);
  return [...head, `[… ${left} line${left === 1 ? '' : 's'} left out …]`, ...tail].join('\n');
}
