import type { ListChip } from '../core/case/list-chip';

/** Marks Casebook's chips in the host's list (value: the thread id), so they are found and replaced. */
const ATTR = 'data-casebook-chip';
/** Readable on Gmail's light and dark lists alike. */
const TONE = { overdue: '#d93025', soon: '#b06000', later: '#1a73e8', none: '#5f6368' };
/**
 * Chips written per animation frame. The cost of a chip is mostly the style and layout of its row
 * that the browser does after the write; all 50 of a page at once, with code and fonts still
 * cold, took one ~60 ms task on a quiet machine (a long task on Gmail's main thread). Ten a
 * frame paint a page in five frames, top rows first.
 */
export const CHIPS_PER_FRAME = 10;

export interface ChipPainter {
  /** The background's chips for the rows (all tracked ones): painted over the next frames. */
  show(chips: readonly ListChip[]): void;
  /** The host re-rendered its list: paints again where a chip is missing or stale. */
  repaint(): void;
  /** Whether the page changes observed are all this painter's own writes (nothing to repaint for them). */
  owns(records: readonly MutationRecord[]): boolean;
  stop(): void;
}

/** Chip places in the lists on screen by thread id: a chip goes right before its element. */
export type FindChipSlots = (doc: Document) => Map<string, Element>;

/**
 * Paints the chips the background worded into the list rows on screen: one small inline label
 * before each tracked row's subject, text only (never HTML), inline styles (no stylesheet in the
 * page). Rows no longer tracked lose theirs. After each change of the chips or of the host's
 * list, the first frame reads what is to change (no geometry: nothing forces a layout); then
 * each frame writes at most CHIPS_PER_FRAME chips and leaves the rest to the next, so no paint
 * is a long task. Touches the DOM only where something changed, so re-painting after each of the
 * host's re-renders costs little, and its own writes are told apart (`owns`) and cause none.
 */
export function chipPainter(doc: Document, findSlots: FindChipSlots): ChipPainter {
  let wanted = new Map<string, ListChip>();
  /** What each chip element shows, so nothing is read back from the page to compare. */
  const shown = new WeakMap<Element, ListChip>();
  let frame = 0;
  let queue: Array<() => void> = [];
  /** The list or the chips changed since the queue was planned. */
  let stale = false;
  const paintSome = (): void => {
    frame = 0;
    if (stale) queue = chipChanges(doc, findSlots(doc), wanted, shown);
    stale = false;
    queue.splice(0, CHIPS_PER_FRAME).forEach((change) => change());
    if (queue.length > 0) frame = requestAnimationFrame(paintSome);
  };
  const schedule = (): void => {
    stale = true;
    frame ||= requestAnimationFrame(paintSome);
  };
  return {
    show(chips) {
      wanted = new Map(chips.map((chip) => [chip.threadId, chip]));
      schedule();
    },
    repaint() {
      if (wanted.size > 0) schedule();
    },
    owns: (records) => records.every((r) => isChip(r.target) || (r.type === 'childList' && [...r.addedNodes, ...r.removedNodes].every(isChip))),
    stop() {
      cancelAnimationFrame(frame);
      frame = 0;
    },
  };
}

const isChip = (node: Node): boolean => (node as Element).hasAttribute?.(ATTR) === true;

/** The writes that make the rows show `wanted`, found by reading only: removals first, then rows top down. */
function chipChanges(doc: Document, slots: Map<string, Element>, wanted: Map<string, ListChip>, shown: WeakMap<Element, ListChip>): Array<() => void> {
  const changes: Array<() => void> = [];
  for (const el of Array.from(doc.querySelectorAll(`[${ATTR}]`))) {
    const id = el.getAttribute(ATTR) ?? '';
    if (!wanted.has(id) || el.nextElementSibling !== slots.get(id)) changes.push(() => el.remove());
  }
  for (const [threadId, slot] of slots) {
    const chip = wanted.get(threadId);
    const previous = slot.previousElementSibling;
    const el = previous?.getAttribute(ATTR) === threadId ? (previous as HTMLElement) : null;
    const was = el && shown.get(el);
    if (!chip || (was && was.text === chip.text && was.title === chip.title && was.tone === chip.tone)) continue;
    changes.push(() => {
      let chipEl = el;
      if (!chipEl) {
        chipEl = doc.createElement('span');
        chipEl.setAttribute(ATTR, threadId);
        chipEl.style.cssText = 'font-size:11px;padding:0 4px;margin-right:6px;border:1px solid;border-radius:7px;white-space:nowrap';
        slot.before(chipEl);
      }
      chipEl.textContent = chip.text;
      chipEl.title = chip.title;
      chipEl.style.color = TONE[chip.tone];
      shown.set(chipEl, chip);
    });
  }
  return changes;
}
