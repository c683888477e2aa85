/**
 * The caret each reply editor last had, per document. The always-loaded content script remembers
 * it (the sidebar takes the focus away from the editor); the insertion script, injected only
 * when a template is inserted (lib/content/reply-inserter.ts), reads it. Both run in the
 * extension's isolated world of the same page: they share its globals, not their modules, so
 * the map lives on the global object.
 */
const KEY = '__casebookCarets';

export function rememberedCarets(): WeakMap<Document, Range> {
  const global = globalThis as { [KEY]?: WeakMap<Document, Range> };
  return (global[KEY] ??= new WeakMap());
}
