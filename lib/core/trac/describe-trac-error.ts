// Everything that can go wrong between Casebook and Trac, in words a support engineer can act on.

/** What the user was doing when Trac refused: decides which permission to name. */
export type TracAction = 'create_ticket' | 'read_ticket' | 'search_tickets';

export type TracProblem =
  | { kind: 'no_base_url' }
  | { kind: 'invalid_base_url'; reason: string }
  /** The browser's host permission for the Trac origin was not granted. */
  | { kind: 'permission_refused'; origin: string }
  /** Network error, DNS failure, VPN down, certificate problem. */
  | { kind: 'unreachable'; origin: string }
  | { kind: 'http_status'; status: number; action: TracAction }
  | { kind: 'not_csv'; reason: string };

const PERMISSION_FOR: Readonly<Record<TracAction, string>> = {
  create_ticket: 'TICKET_CREATE',
  read_ticket: 'TICKET_VIEW',
  search_tickets: 'TICKET_VIEW',
};

const DOING: Readonly<Record<TracAction, string>> = {
  create_ticket: 'create tickets',
  read_ticket: 'view tickets',
  search_tickets: 'search tickets',
};

/** The problem an HTTP status stands for, or null when the request succeeded. */
export function problemFromStatus(status: number, action: TracAction): TracProblem | null {
  if (status >= 200 && status < 300) return null;
  return { kind: 'http_status', status, action };
}

/** One or two plain sentences: what happened and what to do. */
export function describeTracProblem(problem: TracProblem): string {
  switch (problem.kind) {
    case 'no_base_url':
      return 'No Trac address is set. Add it in Options → Trac, for example https://trac.example.com/project.';
    case 'invalid_base_url':
      return `The Trac address in Options is not usable: ${problem.reason}`;
    case 'permission_refused':
      return `Casebook may not read from ${problem.origin}, so ticket status cannot be shown. Allow it in Options → Trac; creating tickets works without it.`;
    case 'unreachable':
      return `Trac at ${problem.origin} could not be reached. Check your network or VPN, and the Trac address in Options.`;
    case 'not_csv':
      return `Trac's answer could not be read: ${problem.reason}`;
    case 'http_status':
      return describeStatus(problem.status, problem.action);
  }
}

function describeStatus(status: number, action: TracAction): string {
  if (status === 401) return 'Trac asks you to log in. Open Trac in a tab, log in, then try again.';
  if (status === 403) {
    return `Your Trac account may not ${DOING[action]}: it needs the ${PERMISSION_FOR[action]} permission. Log in to Trac, or ask your Trac administrator for it.`;
  }
  if (status === 404) {
    return action === 'read_ticket'
      ? 'Trac has no such ticket: it may have been deleted, or the Trac address in Options points to another project.'
      : 'Trac has no such page: check that the Trac address in Options is the project address, e.g. https://trac.example.com/project.';
  }
  if (status === 414) return 'The web server in front of Trac refused the link as too long. Shorten the description in Trac after opening the form, or report this to the Casebook maintainers.';
  if (status >= 500) return `Trac had an internal error (HTTP ${status}). Try again later, or ask your Trac administrator.`;
  return `Trac answered with HTTP ${status}.`;
}
