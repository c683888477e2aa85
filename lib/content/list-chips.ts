import type { ListChip } from '../core/case/list-chip';

/** Marks Casebook's chips in the host's list (value: the thread id), so they are found and replaced. */
const ATTR = 'data-casebook-chip';
/** Readable on Gmail's light and dark lists alike. */
const TONE = { overdue: '#d93025', soon: '#b06000', later: '#1a73e8', none: '#5f6368' };
/**
 * Chips written per animation frame: a page of Gmail's list (50 rows by default) in one frame,
 * longer pages (up to 100 rows) over two. Each frame that writes chips is followed by a layout of
 * the whole list table, much of it paid per frame, not per chip: ten a frame (five frames) cost
 * 17 ms of style and layout and 5 ms of script per page, one frame 10 ms and 2 ms (CPU time,
 * scripts/bench/list-chips-bench.mjs), and that one frame is ~20 ms of CPU, far from a long task.
 */
export const CHIPS_PER_FRAME = 50;

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
 *
 * Cheap per chip: each is a clone of one of four prepared chips (one a tone), so its inline
 * style is parsed once per painter, not once per chip, and all chips of a tone share one parsed
 * style. The chips written are remembered (by thread id), so planning never searches the whole
 * page for them (Gmail's page has tens of thousands of elements), except once at the start for
 * chips left by an earlier painter (the extension reloaded).
 */
export function chipPainter(doc: Document, findSlots: FindChipSlots): ChipPainter {
  let wanted = new Map<string, ListChip>();
  const state: PaintState = { shown: new WeakMap(), chips: new Map(), templates: new Map(), swept: false };
  let frame = 0;
  let queue: Array<() => void> = [];
  /** The list or the chips changed since the queue was planned. */
  let stale = false;
  const paintSome = (): void => {
    frame = 0;
    if (stale) queue = chipChanges(doc, findSlots(doc), wanted, state);
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
      if (wanted.size > 0 || state.chips.size > 0) schedule();
    },
    owns: (records) => records.every((r) => isChip(r.target) || (r.type === 'childList' && [...r.addedNodes, ...r.removedNodes].every(isChip))),
    stop() {
      cancelAnimationFrame(frame);
      frame = 0;
    },
  };
}

interface PaintState {
  /** What each chip element shows, so nothing is read back from the page to compare. */
  shown: WeakMap<Element, ListChip>;
  /** The chips in the page by thread id, as last written or found. */
  chips: Map<string, Element>;
  /** The prepared chip of each tone, cloned for each new chip. */
  templates: Map<ListChip['tone'], Element>;
  /** Whether the page was searched once for chips of an earlier painter. */
  swept: boolean;
}

const STYLE = 'font-size:11px;padding:0 4px;margin-right:6px;border:1px solid;border-radius:7px;white-space:nowrap;color:';

const isChip = (node: Node): boolean => (node as Element).hasAttribute?.(ATTR) === true;

function newChip(doc: Document, state: PaintState, chip: ListChip): HTMLElement {
  let template = state.templates.get(chip.tone);
  if (!template) {
    template = doc.createElement('span');
    template.setAttribute('style', STYLE + TONE[chip.tone]);
    state.templates.set(chip.tone, template);
  }
  const el = template.cloneNode(false) as HTMLElement;
  el.setAttribute(ATTR, chip.threadId);
  return el;
}

/** The writes that make the rows show `wanted`, found by reading only: removals first, then rows top down (a removal found among the rows comes in its row's turn). */
function chipChanges(doc: Document, slots: Map<string, Element>, wanted: Map<string, ListChip>, state: PaintState): Array<() => void> {
  const { shown, chips } = state;
  const changes: Array<() => void> = [];
  const removed = new Set<Element>();
  const remove = (el: Element): void => {
    removed.add(el);
    changes.push(() => el.remove());
  };
  if (!state.swept) {
    state.swept = true;
    for (const el of Array.from(doc.querySelectorAll(`[${ATTR}]`))) {
      const id = el.getAttribute(ATTR) ?? '';
      if (chips.has(id)) remove(el); // a second chip for one row
      else chips.set(id, el);
    }
  }
  for (const [id, el] of chips) {
    if (!el.isConnected) chips.delete(id); // gone with the host's re-render of its row
    else if (!wanted.has(id) || el.nextElementSibling !== slots.get(id)) {
      chips.delete(id);
      remove(el);
    }
  }
  for (const [threadId, slot] of slots) {
    const chip = wanted.get(threadId);
    const previous = slot.previousElementSibling;
    const el = previous && !removed.has(previous) && previous.getAttribute(ATTR) === threadId ? (previous as HTMLElement) : null;
    if (el && !chips.has(threadId)) {
      // A row the host put back with a chip written before (by this painter or an earlier one).
      if (chip) chips.set(threadId, el);
      else remove(el);
    }
    const was = el && shown.get(el);
    if (!chip || (was && was.text === chip.text && was.title === chip.title && was.tone === chip.tone)) continue;
    changes.push(() => {
      let chipEl = el;
      if (!chipEl) {
        chipEl = newChip(doc, state, chip);
        chips.set(threadId, chipEl);
        slot.before(chipEl);
      } else if (!was || was.tone !== chip.tone) chipEl.style.color = TONE[chip.tone];
      chipEl.textContent = chip.text;
      chipEl.title = chip.title;
      shown.set(chipEl, chip);
    });
  }
  return changes;
}
