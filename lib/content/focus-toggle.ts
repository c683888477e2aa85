import { rememberedCarets } from '../hosts/remembered-caret';

/**
 * The "focus the sidebar" shortcut: into the sidebar's first control, and on the next press back
 * to where the focus was (usually the reply, with its caret where the user left it). `open`
 * expands a collapsed sidebar first (it renders at once).
 */
export function createFocusToggle(shadow: ShadowRoot, open: () => void): () => void {
  let before: HTMLElement | null = null;
  return () => {
    if (document.activeElement === shadow.host) {
      const back = before?.isConnected ? before : null;
      before = null;
      if (!back) return (shadow.activeElement as HTMLElement | null)?.blur();
      back.focus();
      const caret = rememberedCarets().get(document);
      if (caret && back.contains(caret.startContainer)) getSelection()?.setBaseAndExtent(caret.startContainer, caret.startOffset, caret.endContainer, caret.endOffset);
      return;
    }
    before = document.activeElement instanceof HTMLElement && document.activeElement !== document.body ? document.activeElement : null;
    open();
    shadow.querySelector<HTMLElement>('.cb-body :is(button, select, input, textarea, a[href]), button')?.focus();
  };
}
