/**
 * Why the server refuses or closes a document connection. Hocuspocus sends `reason` to the
 * provider (authenticationFailed / close event), so these words are what the client shows a cause for.
 */
export type RefusalReason =
  | 'tls-required'
  | 'invalid-token'
  | 'token-revoked'
  | 'member-removed'
  | 'wrong-team'
  | 'unknown-document'
  | 'message-too-large'
  | 'malformed-message'
  | 'role-changed'
  | 'invalid-content';

// 4000–4999 is the WebSocket range for applications.
const codes: Record<RefusalReason, number> = {
  'tls-required': 4400,
  'invalid-token': 4401,
  'token-revoked': 4401,
  'member-removed': 4403,
  'wrong-team': 4403,
  'unknown-document': 4404,
  'message-too-large': 4413,
  'malformed-message': 4422,
  'role-changed': 4409,
  'invalid-content': 4422,
};

/** Thrown from a hook: Hocuspocus reads `reason` (refusals) and `code` (closes) from it. */
export class Refusal extends Error {
  readonly reason: RefusalReason;
  readonly code: number;

  constructor(reason: RefusalReason, detail?: string) {
    super(detail ? `${reason}: ${detail}` : reason);
    this.reason = reason;
    this.code = codes[reason];
  }
}
