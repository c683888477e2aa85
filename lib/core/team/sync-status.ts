/**
 * What the sidebar, popup and options say about the team server, in one line. Alone (no
 * team) Casebook says nothing: it works exactly as without the feature.
 */
export type SyncStatus =
  | { kind: 'alone' }
  | { kind: 'connecting' }
  | { kind: 'synced' }
  | { kind: 'offline' }
  | { kind: 'refused'; reason: string };

const REFUSALS: Record<string, string> = {
  'invalid-token': 'the team server no longer knows this device: join again with a new code (options).',
  'token-revoked': 'access for this device was withdrawn: join again with a new code (options).',
  'member-removed': 'you were removed from the team; every case stays in this browser as it is.',
  'wrong-team': 'the team server refused a document of another team.',
  'tls-required': 'the team server accepts only encrypted (wss://) connections.',
  'message-too-large': 'a change was too large for the team server.',
  'malformed-message': 'the team server refused a malformed change.',
  'role-changed': 'your role in the team changed; reconnecting.',
};

/** The status line: "Team: synced", "Team: offline — changes will be sent …". */
export function describeSyncStatus(status: SyncStatus): string {
  switch (status.kind) {
    case 'alone':
      return '';
    case 'connecting':
      return 'Team: connecting…';
    case 'synced':
      return 'Team: synced';
    case 'offline':
      return 'Team: offline — changes will be sent when the team server is reachable.';
    case 'refused':
      return `Team: refused — ${REFUSALS[status.reason] ?? `the team server refused this device (${status.reason.slice(0, 80)}).`}`;
  }
}
