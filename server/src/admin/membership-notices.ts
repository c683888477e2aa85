import type { Store } from '../store/sql-client.ts';
import type { MembershipEffects } from './run-admin-command.ts';

// On PostgreSQL the CLI changes the store directly and tells every running instance through
// PostgreSQL's own NOTIFY: each instance then updates the members document and closes the
// connections of a removed member that it holds.
const channel = 'casebook_membership';

type Notice = { kind: 'members-changed'; teamId: string } | { kind: 'cut-off'; memberId: number; why: 'member-removed' | 'role-changed' };

/** The CLI's effects on PostgreSQL: a notice for the instances, delivered when the change is committed. */
export function notifyingEffects(store: Store): MembershipEffects {
  const send = async (notice: Notice): Promise<void> => {
    await store.query('select pg_notify($1, $2)', [channel, JSON.stringify(notice)]);
  };
  return {
    membersChanged: (teamId) => send({ kind: 'members-changed', teamId }),
    cutOff: (memberId, why) => void send({ kind: 'cut-off', memberId, why }).catch((error: unknown) => console.error('casebook: could not notify', error)),
  };
}

/** A running instance applies the notices of any CLI or instance with `effects`. */
export function listenForMembershipNotices(store: Store, effects: MembershipEffects): Promise<() => Promise<void>> {
  return store.listen(channel, (payload) => {
    let notice: Notice;
    try {
      notice = JSON.parse(payload) as Notice;
    } catch {
      return;
    }
    if (notice.kind === 'members-changed' && typeof notice.teamId === 'string') {
      effects.membersChanged(notice.teamId).catch((error: unknown) => console.error('casebook: members document', error));
    } else if (notice.kind === 'cut-off' && typeof notice.memberId === 'number' && (notice.why === 'member-removed' || notice.why === 'role-changed')) {
      effects.cutOff(notice.memberId, notice.why);
    }
  });
}
