// Which documents exist for a team. The client's layout is still being decided: change it here.
// Names are `<teamId>/<rest>`; the team id comes from the token, never from the client.
// Who may write each one is in document-access.ts.
// `cases/<key>/history/<yyyy-mm>`: a case's older events, one document per month (lib/team/timeline-archive.ts).
const allowedRest = /^(board|cases\/[A-Za-z0-9_-]{1,64}(\/history\/\d{4}-\d{2})?|presence|members|settings|templates|learning)$/;

export const membersDocumentRest = 'members';

export function membersDocumentName(teamId: string): string {
  return `${teamId}/${membersDocumentRest}`;
}

/** Splits a document name into its team and the rest, or null when it is not one of ours. */
export function parseDocumentName(name: string): { teamId: string; rest: string } | null {
  const slash = name.indexOf('/');
  if (slash <= 0) return null;
  const teamId = name.slice(0, slash);
  const rest = name.slice(slash + 1);
  return allowedRest.test(rest) ? { teamId, rest } : null;
}
