import type { TokenAccess } from '../store/device-tokens.ts';
import type { RefusalReason } from './refusal.ts';

/**
 * A browser opens every document of its team over one socket, and Hocuspocus authenticates each
 * one: after a restart that is a thousand look-ups of the same token. This keeps what the store
 * said about a token for a short while. Every change that could make the answer wrong (removal,
 * role change) reaches each instance as a cut-off, which forgets the member here and moves their
 * epoch, so a connection authenticated just before the cut-off is closed once it exists.
 * `ttlMs` bounds how long a missed notice could leave an answer stale.
 */
export class TokenAccessCache {
  private readonly entries = new Map<string, { access: TokenAccess; until: number }>();
  private readonly epochs = new Map<number, { epoch: number; why: RefusalReason }>();

  constructor(
    private readonly ttlMs = 30_000,
    private readonly maxEntries = 50_000,
  ) {}

  get(tokenHash: string, now: number): TokenAccess | null {
    const entry = this.entries.get(tokenHash);
    if (!entry) return null;
    if (entry.until > now) return entry.access;
    this.entries.delete(tokenHash);
    return null;
  }

  set(tokenHash: string, access: TokenAccess, now: number): void {
    if (this.entries.size >= this.maxEntries) this.entries.clear();
    this.entries.set(tokenHash, { access, until: now + this.ttlMs });
  }

  /** How many cut-offs this member has had on this instance. */
  epoch(memberId: number): number {
    return this.epochs.get(memberId)?.epoch ?? 0;
  }

  /** Why the member was last cut off here. */
  lastCutOff(memberId: number): RefusalReason {
    return this.epochs.get(memberId)?.why ?? 'member-removed';
  }

  forgetMember(memberId: number, why: RefusalReason): void {
    this.epochs.set(memberId, { epoch: this.epoch(memberId) + 1, why });
    for (const [hash, entry] of this.entries) if (entry.access.memberId === memberId) this.entries.delete(hash);
  }
}
