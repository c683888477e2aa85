import { findConversationRoot } from './conversation-root';
import { editor, fullscreenEditor, inlineReplyEditor, popoutEditor } from './selectors';
import { isShown } from './visibility';

export type EditorKind = 'inline-reply' | 'popout' | 'fullscreen';

export interface FoundEditor {
  element: HTMLElement;
  kind: EditorKind;
}

/** Full screen sits in `.aSs .aSt`, pop-outs in the `.dw` dock; anything else is an inline reply. */
export function editorKind(element: Element): EditorKind {
  if (element.closest('.aSs')) return 'fullscreen';
  if (element.closest('.dw, [role=dialog]')) return 'popout';
  return 'inline-reply';
}

const shownIn = (scope: ParentNode, selector: string): HTMLElement | null =>
  Array.from(scope.querySelectorAll<HTMLElement>(selector)).find(isShown) ?? null;

/**
 * The editor to write into: `preferred` (the one holding the saved caret) when still shown, else
 * the open inline reply of the conversation, else a shown pop-out, else full screen. Minimised
 * pop-outs and closed full-screen shells are hidden, so `isShown` skips them.
 */
export function findOpenEditor(doc: Document, preferred: HTMLElement | null = null): FoundEditor | null {
  if (preferred?.matches(editor) && isShown(preferred)) return { element: preferred, kind: editorKind(preferred) };
  const root = findConversationRoot(doc);
  const inline = root ? shownIn(root, inlineReplyEditor) : null;
  if (inline) return { element: inline, kind: 'inline-reply' };
  const popout = shownIn(doc, popoutEditor);
  if (popout) return { element: popout, kind: 'popout' };
  const fullscreen = shownIn(doc, fullscreenEditor);
  return fullscreen ? { element: fullscreen, kind: 'fullscreen' } : null;
}
