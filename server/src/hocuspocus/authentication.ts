import type { connectedPayload, Extension, onAuthenticatePayload } from '@hocuspocus/server';
import { looksLikeDeviceToken } from '../secrets/device-token.ts';
import { hashSecret } from '../secrets/hash-secret.ts';
import { findTokenAccess, isTokenHashValid, touchDeviceToken } from '../store/device-tokens.ts';
import type { Role } from '../store/roles.ts';
import type { SqlClient } from '../store/sql-client.ts';
import { mayWrite } from './document-access.ts';
import { parseDocumentName } from './document-names.ts';
import { Refusal } from './refusal.ts';

/** What a connection's `context` carries after authentication. */
export interface MemberContext {
  memberId: number;
  teamId: string;
  email: string;
  role: Role;
  tokenHash: string;
}

export function memberContextOf(context: unknown): MemberContext | null {
  const candidate = context as Partial<MemberContext> | null | undefined;
  return typeof candidate?.memberId === 'number' ? (candidate as MemberContext) : null;
}

/**
 * The device token decides the member and so the team; the document must be one of that team's
 * allowed documents. A member whose role may not write the document gets a read-only connection
 * (document-access.ts).
 */
export function authentication(store: SqlClient): Extension {
  return {
    extensionName: 'casebook-authentication',
    async onAuthenticate({ token, documentName, connectionConfig }: onAuthenticatePayload): Promise<MemberContext> {
      const access = looksLikeDeviceToken(token) ? await findTokenAccess(store, token) : null;
      if (!access) throw new Refusal('invalid-token');
      if (!access.memberActive) throw new Refusal('member-removed');
      if (access.revoked) throw new Refusal('token-revoked');
      const parsed = parseDocumentName(documentName);
      if (!parsed) throw new Refusal('unknown-document', documentName.slice(0, 200));
      if (parsed.teamId !== access.teamId) throw new Refusal('wrong-team');
      connectionConfig.readOnly = !mayWrite(access.role, parsed.rest);
      await touchDeviceToken(store, token);
      return { memberId: access.memberId, teamId: access.teamId, email: access.email, role: access.role, tokenHash: hashSecret(token) };
    },

    // A removal that lands between onAuthenticate and here would miss the sweep over open
    // connections; looking again once the connection exists closes that gap.
    async connected({ connection, context }: connectedPayload): Promise<void> {
      const member = memberContextOf(context);
      if (!member) return;
      const stillValid = await isTokenHashValid(store, member.tokenHash);
      if (!stillValid) connection.close({ code: new Refusal('member-removed').code, reason: 'member-removed' });
    },
  };
}
