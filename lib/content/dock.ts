import type { DockFrame } from '../hosts/host-adapter';

/** Widths (px) the docked sidebar takes, open and collapsed; sidebar.css uses the same numbers. */
export const DOCK_OPEN = 320;
export const DOCK_COLLAPSED = 36;

/** A style Casebook set on one of the host's elements, with what was there before. */
interface Saved {
  el: HTMLElement;
  prop: string;
  before: string;
  priority: string;
}

/**
 * Whether the host shows light text, i.e. a dark or dark-image theme (Gmail's themes change the
 * text colour of the content with the background): the sidebar then takes its dark colours.
 */
function showsLightText(el: Element): boolean {
  const [r = 0, g = 0, b = 0] = (getComputedStyle(el).color.match(/\d+(\.\d+)?/g) ?? []).map(Number);
  return 0.2126 * r + 0.7152 * g + 0.0722 * b > 128;
}

export interface Dock {
  /** Docks beside the host's layout, `width` px wide; false when it cannot (the sidebar then floats). */
  apply(width: number): boolean;
  /** Gives the host its layout back (sidebar hidden, or floating). */
  release(): void;
}

/**
 * Makes room for the sidebar in the host's own layout instead of covering it: the frame's row
 * loses `width` px on its right (padding), its content gives up any fixed width the host set, and
 * the host's right-anchored layers move left by as much. Only inline styles on the host's own
 * elements, each remembered and restored — no stylesheet in the page. After docking it checks
 * that the content really ends left of the sidebar; if the host's layout did not follow (an
 * unknown layout, fixed widths elsewhere), it undoes everything and the sidebar floats as before.
 */
export function createDock(host: HTMLElement, findFrame: () => DockFrame | null): Dock {
  let saved: Saved[] = [];

  const set = (el: HTMLElement, prop: string, value: string): void => {
    if (el.style.getPropertyValue(prop) === value && el.style.getPropertyPriority(prop) === 'important') return;
    if (!saved.some((s) => s.el === el && s.prop === prop)) {
      saved.push({ el, prop, before: el.style.getPropertyValue(prop), priority: el.style.getPropertyPriority(prop) });
    }
    el.style.setProperty(prop, value, 'important');
  };

  const release = (): void => {
    for (const { el, prop, before, priority } of saved.reverse()) {
      if (before) el.style.setProperty(prop, before, priority);
      else el.style.removeProperty(prop);
    }
    saved = [];
    host.removeAttribute('data-docked');
  };

  const apply = (width: number): boolean => {
    const frame = findFrame();
    if (frame) host.setAttribute('data-theme', showsLightText(frame.content) ? 'dark' : 'light');
    // The host re-rendered its frame (or it is gone): start from a clean page.
    if (!frame || saved.some((s) => !s.el.isConnected)) release();
    if (!frame) return false;
    const px = `${width}px`;
    set(frame.row, 'box-sizing', 'border-box');
    set(frame.row, 'padding-right', px);
    set(frame.content, 'width', 'auto');
    set(frame.content, 'min-width', '0');
    for (const layer of frame.fixed) set(layer, 'margin-right', px);
    const room = innerWidth - width;
    const row = frame.row.getBoundingClientRect();
    if (frame.content.getBoundingClientRect().right > room + 1 || row.right > innerWidth + 1) {
      release();
      return false;
    }
    host.setAttribute('data-docked', '');
    host.style.setProperty('--casebook-top', `${Math.max(0, Math.round(row.top))}px`);
    return true;
  };

  return { apply, release };
}
