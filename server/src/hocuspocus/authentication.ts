import type { connectedPayload, Extension, onAuthenticatePayload } from '@hocuspocus/server';
import { looksLikeDeviceToken } from '../secrets/device-token.ts';
import { hashSecret } from '../secrets/hash-secret.ts';
import { findTokenAccess, touchDeviceToken, type TokenAccess } from '../store/device-tokens.ts';
import type { Role } from '../store/roles.ts';
import type { SqlClient } from '../store/sql-client.ts';
import { mayWrite } from './document-access.ts';
import { parseDocumentName } from './document-names.ts';
import { Refusal } from './refusal.ts';
import type { TokenAccessCache } from './token-access-cache.ts';

/** What a connection's `context` carries after authentication. */
export interface MemberContext {
  memberId: number;
  teamId: string;
  email: string;
  role: Role;
  tokenHash: string;
  /** The member's cut-off epoch when authenticated (token-access-cache.ts). */
  epoch: number;
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
export function authentication(store: SqlClient, cache: TokenAccessCache, now: () => number = Date.now): Extension {
  // A browser that reconnects (an instance restarted) authenticates all its documents in the
  // same moment: one look-up per token at a time, the others wait for its answer.
  const inFlight = new Map<string, Promise<TokenAccess | null>>();
  const lookUp = async (token: string, tokenHash: string): Promise<TokenAccess | null> => {
    const access = await findTokenAccess(store, token);
    if (access?.memberActive && !access.revoked) {
      cache.set(tokenHash, access, now());
      await touchDeviceToken(store, token);
    }
    return access;
  };
  return {
    extensionName: 'casebook-authentication',
    async onAuthenticate({ token, documentName, connectionConfig }: onAuthenticatePayload): Promise<MemberContext> {
      if (!looksLikeDeviceToken(token)) throw new Refusal('invalid-token');
      const tokenHash = hashSecret(token);
      let access = cache.get(tokenHash, now());
      if (!access) {
        let lookup = inFlight.get(tokenHash);
        if (!lookup) {
          lookup = lookUp(token, tokenHash).finally(() => inFlight.delete(tokenHash));
          inFlight.set(tokenHash, lookup);
        }
        access = await lookup;
        if (!access) throw new Refusal('invalid-token');
      }
      if (!access.memberActive) throw new Refusal('member-removed');
      if (access.revoked) throw new Refusal('token-revoked');
      const parsed = parseDocumentName(documentName);
      if (!parsed) throw new Refusal('unknown-document', documentName.slice(0, 200));
      if (parsed.teamId !== access.teamId) throw new Refusal('wrong-team');
      connectionConfig.readOnly = !mayWrite(access.role, parsed.rest);
      return { memberId: access.memberId, teamId: access.teamId, email: access.email, role: access.role, tokenHash, epoch: cache.epoch(access.memberId) };
    },

    // A cut-off that lands between onAuthenticate and here would miss the sweep over open
    // connections; the epoch moved meanwhile, so close this one too (the provider reconnects
    // and is asked again, from the store).
    async connected({ connection, context }: connectedPayload): Promise<void> {
      const member = memberContextOf(context);
      if (!member || cache.epoch(member.memberId) === member.epoch) return;
      const why = cache.lastCutOff(member.memberId);
      connection.close({ code: new Refusal(why).code, reason: why });
    },
  };
}
