import type { ReadProblem, ThreadMessage } from '../../model/thread';
import { pageMatch } from './dom-visibility';
import { isGroupsDateText, parseGroupsDate } from './group-date';
import type { Steps } from '../read-steps';
import { readMessageBodySteps } from './message-body';
import {
  AUTHOR_ATTRIBUTE, MESSAGE_ID_ATTRIBUTE, authorHeading, messageBody, messageBodyByClass, messageBodyByJsname,
  messageDateByClass, messageMenuIds,
} from './selectors';

export interface MessageReading {
  message: ThreadMessage;
  problems: ReadProblem[];
}

/** Strings, not the selector objects: those would carry their fixture counts into groups.js. */
const BODY_SELECTORS = [messageBody.css, messageBodyByJsname.css, messageBodyByClass.css];
/** Text read of a whole thread at most (each message: MESSAGE_TEXT_LIMIT). */
export const THREAD_TEXT_LIMIT = 40_000;
const EMAIL = /^[^\s@<>()"]+@[^\s@<>()"]+\.[A-Za-z]{2,}$/;

/** Reads one message section, in steps (lib/hosts/read-steps.ts); `position` (1-based) names it in problems. Never throws. */
export function* readGroupsMessage(item: Element, position: number, limit?: number): Steps<MessageReading> {
  const problems: ReadProblem[] = [];
  const missing = (what: string, selector: string): void => {
    problems.push({ what: `message ${position}: ${what}`, selector });
  };
  const region = firstMatch(item, BODY_SELECTORS);
  const header = headerLeaves(item, region);

  const id = item.getAttribute(MESSAGE_ID_ATTRIBUTE) || pageMatch(item, messageMenuIds.css)?.getAttribute('data-message-id') || null;
  if (id === null) missing('id', `[${MESSAGE_ID_ATTRIBUTE}], ${messageMenuIds.css}`);

  const name = text(pageMatch(item, authorHeading.css)) || item.getAttribute(AUTHOR_ATTRIBUTE)?.trim() || '';
  if (name === '') missing('author', `${authorHeading.css}, [${AUTHOR_ATTRIBUTE}]`);

  const dateText = text(header.find((el) => isGroupsDateText(el.textContent ?? ''))) || text(pageMatch(item, messageDateByClass.css));
  const sentAt = parseGroupsDate(dateText);
  if (dateText === '') missing('date', `date-shaped text, ${messageDateByClass.css}`);
  else if (sentAt === null) missing('date format', messageDateByClass.css);

  if (region === null) missing('body', BODY_SELECTORS.join(', '));

  const body = region === null ? '' : yield* readMessageBodySteps(region, limit);
  const message: ThreadMessage = {
    id,
    syncId: null,
    from: { name, email: visibleEmail(header) ?? '' },
    sentAt,
    dateText,
    body,
    state: region === null ? 'collapsed' : 'expanded',
  };
  return { message, problems };
}

/**
 * Leaf elements of the message header: everything before the body. The author's address is
 * only sometimes shown there (research §1: masked in public groups), so it is read by shape.
 */
function headerLeaves(item: Element, body: Element | null): Element[] {
  const leaves: Element[] = [];
  // Document order: what comes before the body (never its content, however long).
  for (const el of Array.from(item.querySelectorAll('*'))) {
    if (el === body) break;
    if (el.childElementCount === 0) leaves.push(el);
  }
  return leaves;
}

function visibleEmail(header: Element[]): string | null {
  for (const el of header) {
    const candidate = text(el).replace(/^<|>$/g, '');
    // Masked forms "priya...@example.com" are not addresses (research §1).
    if (EMAIL.test(candidate) && !/\.\.\.|…/.test(candidate)) return candidate;
  }
  return null;
}

function firstMatch(scope: Element, selectors: string[]): Element | null {
  for (const css of selectors) {
    // The outermost body: a body look-alike inside the mail is the sender's markup.
    const found = pageMatch(scope, css);
    if (found) return found;
  }
  return null;
}

function text(el: Element | null | undefined): string {
  return el?.textContent?.trim() ?? '';
}
