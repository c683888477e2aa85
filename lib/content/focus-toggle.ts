import { rememberedCarets } from '../hosts/remembered-caret';

/**
 * The "focus the sidebar" shortcut: into the sidebar's first control, and on the next press back
 * to where the focus was (usually the reply, with its caret where the user left it; an element
 * gone since takes no focus, so the focus just leaves the sidebar). `open` expands a collapsed
 * sidebar first (it renders at once).
 */
export function createFocusToggle(shadow: ShadowRoot, open: () => void): () => void {
  let before: HTMLElement | null = null;
  return () => {
    const active = document.activeElement as HTMLElement | null;
    if (active !== shadow.host) {
      before = active;
      open();
      shadow.querySelector<HTMLElement>('.cb-body :is(button, select, input, textarea, a[href]), button')?.focus();
      return;
    }
    (shadow.activeElement as HTMLElement | null)?.blur();
    before?.focus();
    const caret = rememberedCarets().get(document);
    if (caret && before?.contains(caret.startContainer)) getSelection()?.setBaseAndExtent(caret.startContainer, caret.startOffset, caret.endContainer, caret.endOffset);
  };
}
