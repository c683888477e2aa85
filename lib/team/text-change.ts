/** One replacement in a text: `remove` characters at `index` replaced by `insert`. */
export interface TextChange {
  index: number;
  remove: number;
  insert: string;
}

/**
 * The smallest single replacement turning `before` into `after` (common prefix and suffix
 * kept): linear, and enough for a notes field edited by one person between two saves. Applied
 * to a Y.Text, only the changed middle is deleted and inserted, so a colleague's concurrent
 * edit elsewhere in the notes survives. Null when the texts are equal.
 */
export function textChange(before: string, after: string): TextChange | null {
  if (before === after) return null;
  let start = 0;
  const shorter = Math.min(before.length, after.length);
  while (start < shorter && before.charCodeAt(start) === after.charCodeAt(start)) start += 1;
  let end = 0;
  while (end < shorter - start && before.charCodeAt(before.length - 1 - end) === after.charCodeAt(after.length - 1 - end)) end += 1;
  // Never split a surrogate pair: Y.Text counts UTF-16 units, and half an emoji is no text.
  if (start > 0 && isHighSurrogate(before.charCodeAt(start - 1))) start -= 1;
  if (end > 0 && isLowSurrogate(before.charCodeAt(before.length - end))) end -= 1;
  return { index: start, remove: before.length - start - end, insert: after.slice(start, after.length - end) };
}

const isHighSurrogate = (code: number): boolean => code >= 0xd800 && code <= 0xdbff;
const isLowSurrogate = (code: number): boolean => code >= 0xdc00 && code <= 0xdfff;

/**
 * Where the change a writer made from `base` to `next` lands in `current`, the text as it is
 * now (a colleague may have edited it since `base` was read). The text around the change is
 * found again by its unchanged prefix and suffix; when the colleague edited those, the
 * writer's new text is inserted without deleting anything, so neither version is lost.
 */
export function rebaseTextChange(base: string, next: string, current: string): TextChange | null {
  const change = textChange(base, next);
  if (change === null) return null;
  if (base === current) return change;
  const prefix = base.slice(0, change.index);
  const suffix = base.slice(change.index + change.remove);
  const removed = base.slice(change.index, change.index + change.remove);
  // The span the writer replaced, still as they saw it after an unchanged beginning or before an unchanged end.
  if (current.startsWith(prefix) && current.startsWith(removed, prefix.length)) return { ...change, index: prefix.length };
  if (current.endsWith(removed + suffix)) return { ...change, index: current.length - suffix.length - removed.length };
  // The colleague edited that very span: keep theirs and add the writer's text after it.
  if (current.startsWith(prefix) && current.endsWith(suffix) && prefix.length + suffix.length <= current.length) {
    return change.insert === '' ? null : { index: current.length - suffix.length, remove: 0, insert: change.insert };
  }
  if (change.insert === '') return null;
  // The surroundings changed too: keep everything, add the writer's text at the end on its own line.
  return { index: current.length, remove: 0, insert: current === '' || current.endsWith('\n') ? change.insert : `\n${change.insert}` };
}
