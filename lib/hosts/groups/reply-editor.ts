import { renderedMatches } from './dom-visibility';
import { findConversationRoot } from './conversation-root';
import { actionButton, messageBody, messageBodyByClass, messageBodyByJsname, replyEditor } from './selectors';

/**
 * The open reply editor of the conversation, or null. Searched inside the conversation first
 * (a "New conversation" composer elsewhere is never a reply), then in the main area, because
 * where Groups mounts the reply editor is not attested (research §2, G).
 */
export function findReplyEditor(doc: Document): HTMLElement | null {
  const root = findConversationRoot(doc);
  if (root === null) return null;
  const main = root.closest('[role="main"]');
  const editors = renderedMatches(root, replyEditor.css);
  const fallback = editors.length === 0 && main !== null ? renderedMatches(main, replyEditor.css) : editors;
  return (fallback.at(-1) as HTMLElement | undefined) ?? null;
}

/**
 * The "Reply all" button of the latest message. Help pages (research §2, A) put Reply all,
 * Reply to author and Forward, in that order, below each message's text, so it is found by
 * position: the first button after the body. The English label, when present, only picks
 * among those candidates; other languages keep the positional choice.
 */
export function findReplyAllButton(doc: Document, messages: Element[]): HTMLElement | null {
  const last = messages.at(-1);
  if (last === undefined) return null;
  const body = [messageBody.css, messageBodyByJsname.css, messageBodyByClass.css].map((css) => last.querySelector(css)).find((el) => el) ?? null;
  const candidates = renderedMatches(last, actionButton.css).filter(
    (button) =>
      !button.hasAttribute('aria-haspopup') && // the message's "More options" menu
      !button.hasAttribute('aria-expanded') && // "Show quoted text"
      (body === null || (!body.contains(button) && body.compareDocumentPosition(button) & 4)), // 4: FOLLOWING
  );
  const byLabel = candidates.find((b) => b.textContent?.trim() === 'Reply all' || b.getAttribute('aria-label') === 'Reply all');
  return ((byLabel ?? candidates[0]) as HTMLElement | undefined) ?? null;
}
