import type { ChipPainter } from './list-chips';

/**
 * Where the chip script (entrypoints/gmail-chips.ts, entrypoints/groups-chips.ts), injected on
 * demand, leaves its painter for the content script that asked for it. Both run in the
 * extension's isolated world of the page and share its global object, not their modules.
 */
const KEY = '__casebookChips';
type Slot = { [KEY]?: (doc: Document) => ChipPainter };

export function provideChipPainter(make: (doc: Document) => ChipPainter): void {
  (globalThis as Slot)[KEY] = make;
}

export function providedChipPainter(): ((doc: Document) => ChipPainter) | undefined {
  return (globalThis as Slot)[KEY];
}
