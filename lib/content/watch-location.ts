/**
 * Calls `onChange` when the page's URL changes without a reload. Gmail routes by hash
 * (hashchange); Groups uses history.pushState, which fires no event a content script sees
 * (and the Navigation API's events do not reach the isolated world here), so we also notice the
 * page retitling itself on navigation, and poll once a second as a backstop.
 */
export function watchLocation(onChange: () => void, signal: AbortSignal): void {
  let last = location.href;
  const check = (): void => {
    if (location.href === last) return;
    last = location.href;
    onChange();
  };
  window.addEventListener('hashchange', check, { signal });
  window.addEventListener('popstate', check, { signal });
  const titleObserver = new MutationObserver(check);
  titleObserver.observe(document.head ?? document.documentElement, { childList: true, subtree: true, characterData: true });
  const timer = setInterval(check, 1000);
  signal.addEventListener('abort', () => {
    titleObserver.disconnect();
    clearInterval(timer);
  });
}
