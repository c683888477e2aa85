import type { ListChip } from '../core/case/list-chip';

/** Marks Casebook's chips in the host's list (value: the thread id), so they are found and replaced. */
const ATTR = 'data-casebook-chip';
/** Readable on Gmail's light and dark lists alike. */
const TONE = { overdue: '#d93025', soon: '#b06000', later: '#1a73e8', none: '#5f6368' };

/**
 * Paints the chips the background worded into the list rows on screen: one small inline label
 * before each tracked row's subject, text only (never HTML), inline styles (no stylesheet in the
 * page). Rows no longer tracked lose theirs. Touches the DOM only where something changed, so
 * re-painting after each of the host's re-renders costs little and triggers no further change.
 */
export function paintChips(doc: Document, slots: Map<string, Element>, chips: readonly ListChip[]): void {
  const byThread = new Map(chips.map((chip) => [chip.threadId, chip]));
  for (const el of Array.from(doc.querySelectorAll(`[${ATTR}]`))) {
    const id = el.getAttribute(ATTR) ?? '';
    if (!byThread.has(id) || el.nextElementSibling !== slots.get(id)) el.remove();
  }
  for (const [threadId, slot] of slots) {
    const chip = byThread.get(threadId);
    if (!chip) continue;
    let el = slot.previousElementSibling as HTMLElement | null;
    if (el?.getAttribute(ATTR) !== threadId) {
      el = doc.createElement('span');
      el.setAttribute(ATTR, threadId);
      el.style.cssText = 'font-size:11px;padding:0 4px;margin-right:6px;border:1px solid;border-radius:7px;white-space:nowrap';
      slot.before(el);
    }
    if (el.textContent !== chip.text) el.textContent = chip.text;
    if (el.title !== chip.title) el.title = chip.title;
    el.style.color = TONE[chip.tone];
  }
}
