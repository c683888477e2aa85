import type { PageContext } from './page-context';

export interface SidebarHost {
  /** Where Preact renders, inside the open shadow root. */
  container: HTMLElement;
  shadow: ShadowRoot;
  remove: () => void;
}

/** Keys typed in the sidebar must not reach the host page's keyboard shortcuts (Gmail's "j", "r", …). */
const ISOLATED_EVENTS = ['keydown', 'keyup', 'keypress'] as const;

/**
 * Casebook's one element in the host page: `<casebook-sidebar>` at the end of <body>, with an
 * open shadow root holding our styles (the page's CSS cannot reach in, ours cannot leak out).
 * What WXT's createShadowRootUi does, minus what Casebook never uses (anchors, auto-mount,
 * positioning modes, fetching the CSS file): ~8 KB less injected into every Gmail tab, no
 * web-accessible CSS file a page could probe for, and the styles are there without a fetch.
 * Removed when the extension context goes away (update, disable).
 */
export function mountSidebarHost(ctx: PageContext, css: string): SidebarHost {
  const host = document.createElement('casebook-sidebar');
  const shadow = host.attachShadow({ mode: 'open' });
  const style = document.createElement('style');
  // `all: initial` keeps the page's inherited styles (font, colour, line height) out.
  style.textContent = `:host{all:initial !important}\n${css}`;
  const container = document.createElement('div');
  shadow.append(style, container);
  for (const type of ISOLATED_EVENTS) shadow.addEventListener(type, (event) => event.stopPropagation());
  document.body.append(host);
  const remove = (): void => host.remove();
  ctx.onInvalidated(remove);
  return { container, shadow, remove };
}
