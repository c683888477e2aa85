import type { ComponentChildren, JSX } from 'preact';
import { safeHttpUrl } from './safe-url';

/**
 * A link to a stored or received address (a Trac ticket, a process link), opened in a new tab.
 * Anything but http(s) — a `javascript:` URL from an imported file, say — shows as plain text.
 */
export function WebLink({ url, class: className, children }: { url: string; class?: string; children: ComponentChildren }): JSX.Element {
  const safe = safeHttpUrl(url);
  if (!safe) return <span class={className}>{children}</span>;
  return (
    <a class={className} href={safe} target="_blank" rel="noreferrer noopener">
      {children}
    </a>
  );
}
