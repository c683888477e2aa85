// Addresses of a Trac project: its base URL as the user pasted it, and the ticket pages below it.

export type TracBaseUrlCheck = { ok: true; baseUrl: string } | { ok: false; problem: string };

/** Trac pages a user may paste instead of the project address; everything from them on is dropped. */
const TRAC_PAGES = new Set([
  'newticket', 'ticket', 'query', 'report', 'wiki', 'timeline', 'roadmap', 'browser', 'login', 'logout',
  'prefs', 'search', 'milestone', 'changeset', 'log', 'attachment', 'admin', 'about',
]);

/**
 * The project address ("https://trac.example.com/project") from what the user typed or pasted:
 * http(s) only, no user name, no query or fragment; a pasted ticket, new-ticket or wiki page
 * address is cut back to the project; "trac.example.com" gets https://.
 */
export function validateTracBaseUrl(input: string): TracBaseUrlCheck {
  const typed = input.trim();
  if (typed === '') return { ok: false, problem: 'Enter the address of your Trac project, e.g. https://trac.example.com/project.' };
  const withScheme = /^[a-z][a-z0-9+.-]*:/i.test(typed) ? typed : `https://${typed}`;
  let url: URL;
  try {
    url = new URL(withScheme);
  } catch {
    return { ok: false, problem: 'This is not a web address. Copy the address of your Trac project from the address bar.' };
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    return { ok: false, problem: 'A Trac address starts with https:// (or http://).' };
  }
  if (url.username !== '' || url.password !== '') {
    return { ok: false, problem: 'Remove the user name and password from the address: Trac asks for them itself.' };
  }
  const segments = url.pathname.split('/').filter((segment) => segment !== '');
  const pageAt = segments.findIndex((segment) => TRAC_PAGES.has(segment.toLowerCase()));
  const isPastedPage = pageAt >= 0;
  if (!isPastedPage && (url.search !== '' || url.hash !== '')) {
    return { ok: false, problem: 'Remove the part starting with ? or #: only the project address is needed.' };
  }
  const projectPath = (isPastedPage ? segments.slice(0, pageAt) : segments).map((segment) => `/${segment}`).join('');
  return { ok: true, baseUrl: `${url.origin}${projectPath}` };
}

/** Hosts where a cleartext (http://) Trac never leaves the machine. */
const LOOPBACK_HOSTS = new Set(['localhost', '127.0.0.1']);

/**
 * Whether Casebook may read this Trac (ticket status, duplicates) once the user allows it:
 * https, or http on this machine only. Reading sends the user's Trac cookies, which over
 * cleartext http to another host anyone on the network could take; such a Trac still gets
 * prefilled New Ticket forms (the browser opens them like any link).
 */
export function mayReadTrac(baseUrl: string): boolean {
  return readableTracUrl(baseUrl) !== null;
}

function readableTracUrl(baseUrl: string): URL | null {
  const check = validateTracBaseUrl(baseUrl);
  if (!check.ok) return null;
  const url = new URL(check.baseUrl);
  return url.protocol === 'https:' || LOOPBACK_HOSTS.has(url.hostname) ? url : null;
}

/**
 * The host permission pattern for optional read access: "https://trac.example.com/*" (no port:
 * match patterns have none); "" when the site may not be read at all (see mayReadTrac). The
 * manifest's optional host permissions list exactly what this can return.
 */
export function originPattern(baseUrl: string): string {
  const url = readableTracUrl(baseUrl);
  return url ? `${url.protocol}//${url.hostname}/*` : '';
}

function trimBase(baseUrl: string): string {
  return baseUrl.trim().replace(/(?<!\/)\/+$/, '');
}

export function ticketUrl(baseUrl: string, ticket: number): string {
  return `${ticketUrlPrefix(baseUrl)}${ticket}`;
}

/** A ticket's address without its number ("https://trac.example.com/project/ticket/"). */
export function ticketUrlPrefix(baseUrl: string): string {
  return `${trimBase(baseUrl)}/ticket/`;
}

/** Trac's CSV export of one ticket (no plugin needed; needs TICKET_VIEW). */
export function ticketCsvUrl(baseUrl: string, ticket: number): string {
  return `${ticketUrl(baseUrl, ticket)}?format=csv`;
}

export function newTicketUrl(baseUrl: string): string {
  return `${trimBase(baseUrl)}/newticket`;
}

/**
 * The ticket number when `url` is a ticket page of the project at `baseUrl`
 * (`<base>/ticket/N`, with any ?query or #comment:3), else null. This is where Trac lands
 * after "Create ticket". http and https count as the same site.
 */
export function parseTicketUrl(url: string, baseUrl: string): number | null {
  const check = validateTracBaseUrl(baseUrl);
  if (!check.ok) return null;
  let page: URL;
  try {
    page = new URL(url);
  } catch {
    return null;
  }
  const base = new URL(check.baseUrl);
  if (page.protocol !== 'https:' && page.protocol !== 'http:') return null;
  if (page.host !== base.host) return null;
  const basePath = base.pathname.replace(/(?<!\/)\/+$/, '');
  const match = /^\/ticket\/(\d{1,9})$/.exec(page.pathname.slice(basePath.length));
  if (!page.pathname.startsWith(`${basePath}/`) || !match) return null;
  const ticket = Number(match[1]);
  return ticket > 0 ? ticket : null;
}
