import type { CollaborativeState } from '../../model/thread';
import { renderedMatches } from './dom-visibility';
import { conversationToolbar, personHovercard, pressedToggle, replyEditor } from './selectors';

// No public code touches the Collaborative Inbox DOM (research §4): its markup here is a guess
// (2026-11-26). The bar is found by structure (a toolbar above the messages, outside any
// composer), but assignee and resolution have no attested attribute, so their words, taken from
// Google's English help pages, are read as a last resort: other UI languages give nulls.

type Resolution = NonNullable<CollaborativeState['resolution']>;

const RESOLUTION_WORDS: [RegExp, Resolution][] = [
  [/^(marked (as )?)?completed?$/i, 'complete'],
  [/^(marked (as )?)?duplicate$/i, 'duplicate'],
  [/^(marked (as )?)?no action needed$/i, 'no_action_needed'],
];
/** A pressed toolbar toggle names the way back: "Mark as incomplete" is pressed when complete. */
const PRESSED_WORDS: [RegExp, Resolution][] = [
  [/complete/i, 'complete'],
  [/duplicate/i, 'duplicate'],
  [/action needed/i, 'no_action_needed'],
];
const EMAIL = /^[^\s@]+@[^\s@]+\.[A-Za-z]{2,}$/;

/** The Collaborative Inbox state the conversation page shows, or null when it shows none. */
export function readCollaborativeState(root: Element): CollaborativeState | null {
  const bar = findCollaborativeBar(root);
  if (bar === null) return null;
  const { toolbar, area } = bar;
  const parts = Array.from(area.children).filter((el) => el !== toolbar);
  const person = area.querySelector(personHovercard.css);
  const hovercardId = person?.getAttribute('data-hovercard-id') ?? '';
  return {
    assigneeName: person?.textContent?.trim() || assigneeFromText(parts),
    assigneeEmail: EMAIL.test(hovercardId) ? hovercardId : null,
    resolution: resolutionFromChips(parts) ?? resolutionFromToolbar(toolbar),
  };
}

function findCollaborativeBar(root: Element): { toolbar: Element; area: Element } | null {
  for (const toolbar of renderedMatches(root, conversationToolbar.css)) {
    const area = toolbar.parentElement;
    // Skip toolbars inside a message and the reply editor's formatting toolbar.
    if (area === null || area.closest('[role="list"]') !== null || area.querySelector(replyEditor.css) !== null) continue;
    return { toolbar, area };
  }
  return null;
}

function assigneeFromText(parts: Element[]): string | null {
  for (const el of parts) {
    const name = /\bAssigned to (.+)$/.exec(el.textContent?.trim() ?? '')?.[1];
    if (name !== undefined) return name.trim();
  }
  return null;
}

function resolutionFromChips(parts: Element[]): Resolution | null {
  for (const el of parts) {
    const words = (el.textContent ?? '').replace(/\s+/g, ' ').trim();
    const hit = RESOLUTION_WORDS.find(([re]) => re.test(words));
    if (hit) return hit[1];
  }
  return null;
}

function resolutionFromToolbar(toolbar: Element): Resolution | null {
  for (const toggle of Array.from(toolbar.querySelectorAll(pressedToggle.css))) {
    const label = toggle.getAttribute('aria-label') ?? toggle.getAttribute('data-tooltip') ?? '';
    const hit = PRESSED_WORDS.find(([re]) => re.test(label));
    if (hit) return hit[1];
  }
  return null;
}
