/** Hosts where an unencrypted connection never leaves the machine. */
const LOOPBACK = new Set(['localhost', '127.0.0.1', '[::1]']);

export type TeamServerAddress = { ok: true; socketUrl: string; httpUrl: string } | { ok: false; problem: string };

/**
 * The team server address as typed in the options ("wss://team.example.com",
 * "https://team.example.com/casebook", "localhost:8787") → the WebSocket address members
 * connect to and the https address of its join endpoint. Cases and notes are customer data:
 * unencrypted ws:// / http:// only to this machine (a team tries the server locally), wss://
 * everywhere else (the server behind a TLS reverse proxy, see the README).
 */
export function teamServerAddress(typed: string): TeamServerAddress {
  const text = typed.trim();
  if (text === '') return { ok: false, problem: 'Enter the address of your team’s Casebook server, e.g. wss://casebook.example.com.' };
  if (text.length > 2000) return { ok: false, problem: 'This address is too long to be a team server’s.' };
  const withScheme = /^[a-z][a-z0-9+.-]*:\/\//i.test(text) ? text : `${isLoopbackStart(text) ? 'ws' : 'wss'}://${text}`;
  let url: URL;
  try {
    url = new URL(withScheme);
  } catch {
    return { ok: false, problem: `“${text}” is not an address. It looks like wss://casebook.example.com.` };
  }
  const secure = { 'wss:': true, 'https:': true, 'ws:': false, 'http:': false }[url.protocol];
  if (secure === undefined) return { ok: false, problem: `A team server address starts with wss:// (or https://), not ${url.protocol}//.` };
  if (url.username !== '' || url.password !== '') return { ok: false, problem: 'Leave the user name and password out of the address: you join with a code.' };
  if (url.search !== '' || url.hash !== '') return { ok: false, problem: 'Leave out the part from ? or # on: only the server’s address is needed.' };
  if (!secure && !LOOPBACK.has(url.hostname)) {
    return {
      ok: false,
      problem: `ws:// would send your team’s cases unencrypted across the network. Use wss://${url.host}${trimSlash(url.pathname)} (the server behind a TLS reverse proxy; see the README), or ws:// only to localhost.`,
    };
  }
  const path = trimSlash(url.pathname);
  return { ok: true, socketUrl: `${secure ? 'wss' : 'ws'}://${url.host}${path}`, httpUrl: `${secure ? 'https' : 'http'}://${url.host}${path}` };
}

/** Without trailing slashes (a loop: /\/+$/ retries from every slash of a long run). */
function trimSlash(path: string): string {
  let end = path.length;
  while (end > 0 && path.charCodeAt(end - 1) === 47) end--;
  return path.slice(0, end);
}

function isLoopbackStart(text: string): boolean {
  const host = text.split(/[/:]/, 1)[0] ?? '';
  return LOOPBACK.has(host) || text.startsWith('[::1]');
}
