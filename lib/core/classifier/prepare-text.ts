/**
 * Turns a message body into the text worth reading: no quoted history, no signature, and a
 * bounded size so that a pasted 1 MB log costs the same as a 20 KB one.
 */

/** Characters read from one message; beyond this the text is sampled. */
export const TEXT_BUDGET = 20_000;
const HEAD_SHARE = 0.4;
const TAIL_SHARE = 0.2;
const SLICE_LENGTH = 1_000;

/**
 * Lines from which the rest is history or signature: "On … wrote:" (en/de/fr), "Original
 * Message" rules, Outlook's "From:" followed by "Sent:" (not Gmail's forward, "From:" then
 * "Date:": a forwarded chat transcript is the content), "-- " and "Sent from my …".
 */
const CUT = new RegExp(
  // The look-ahead lets the engine skip most lines (logs, prose) after one character test.
  `^(?=[ \\t]*[OALF\\-VDSGE])(?:${[
    String.raw`[ \t]*On .{4,200} wrote:[ \t]*$`,
    String.raw`[ \t]*Am .{4,200} schrieb .{1,200}:[ \t]*$`,
    String.raw`[ \t]*Le .{4,200} a écrit[ \t]*:[ \t]*$`,
    String.raw`[ \t]*-{2,}[ \t]*(Original Message|Ursprüngliche Nachricht|Message d'origine)[ \t]*-{2,}`,
    String.raw`[ \t]*(From|Von|De)[ \t]*:.*\r?\n[ \t]*(Sent|Gesendet|Envoyé)[ \t]*:`,
    String.raw`-- ?\r?$`,
    String.raw`[ \t]*(Sent from my \w+|Get Outlook for |Von meinem \w+ gesendet|Envoyé de mon )`,
  ].join('|')})`,
  'm',
);
const QUOTED_LINE = /^[ \t]*>.*(\r?\n|$)/gm;

/** Drops quoted history ("> …", "On … wrote:" and below) and the signature. */
export function stripQuotedAndSignature(body: string): string {
  const cut = CUT.exec(body);
  const own = cut ? body.slice(0, cut.index) : body;
  return (own.includes('>') ? own.replace(QUOTED_LINE, '') : own).trim();
}

/**
 * Keeps at most `budget` characters: the head (where people write), the tail (where logs end
 * with the error) and evenly spaced slices of the middle, cut at spaces so no word is split.
 */
export function capText(text: string, budget: number = TEXT_BUDGET): string {
  if (text.length <= budget) return text;
  const head = Math.floor(budget * HEAD_SHARE);
  const tail = Math.floor(budget * TAIL_SHARE);
  const parts = [cutAtSpace(text, 0, head)];
  const middleStart = head;
  const middleEnd = text.length - tail;
  const slices = Math.max(1, Math.floor((budget - head - tail) / SLICE_LENGTH));
  const step = (middleEnd - middleStart) / slices;
  for (let s = 0; s < slices; s++) {
    const start = Math.floor(middleStart + s * step);
    parts.push(cutAtSpace(text, start, start + SLICE_LENGTH));
  }
  parts.push(cutAtSpace(text, middleEnd, text.length));
  return parts.join('\n…\n');
}

/** text.slice(start, end), widened inward to whole words. */
function cutAtSpace(text: string, start: number, end: number): string {
  let from = start;
  if (from > 0) {
    const space = text.indexOf(' ', from);
    if (space !== -1 && space < from + 40) from = space + 1;
  }
  let to = Math.min(end, text.length);
  if (to < text.length) {
    const space = text.lastIndexOf(' ', to);
    if (space > to - 40 && space > from) to = space;
  }
  return text.slice(from, to);
}
