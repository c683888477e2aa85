import { describe, expect, it } from 'vitest';
import type { SupportCase } from '../../model/case';
import type { CollaborativeState } from '../../model/thread';
import { collaborativeHints, hintApplies } from './collaborative-hints';
import { newCase } from './new-case';
import { at } from './test-support';

function aCase(extra: Partial<SupportCase>): SupportCase {
  const c = newCase({
    id: 'c1', host: 'groups', account: 'ftpgate-help', threadId: 'q9Zr-4LmT_w', threadUrl: '', subject: 'Upload fails',
    customer: { name: 'Jane Doe', email: 'jane@acme.com', organisation: 'Acme' }, originator: 'customer', source: 'email', createdAt: at('2025-11-01T09:00:00Z'),
  });
  return { ...c, ...extra };
}
const team = [{ name: 'Lena Marquardt', email: 'Lena.Marquardt@example.net' }];
const state = (extra: Partial<CollaborativeState>): CollaborativeState => ({ assigneeName: null, assigneeEmail: null, resolution: null, ...extra });

describe('Collaborative Inbox hints', () => {
  it.each<[string, CollaborativeState | null, Array<[string, string]>]>([
    ['no Collaborative Inbox', null, []],
    ['nothing set', state({}), []],
    ['a name without an address (nothing to assign)', state({ assigneeName: 'Lena Marquardt' }), []],
    ['assignee of the team, its spelling kept', state({ assigneeName: 'Lena Marquardt', assigneeEmail: 'lena.marquardt@example.net' }), [['Groups assigns this to Lena Marquardt.', 'Make Lena Marquardt the owner']]],
    ['assignee without a name', state({ assigneeEmail: 'yusuf.demir@example.net' }), [['Groups assigns this to yusuf.demir@example.net.', 'Make yusuf.demir@example.net the owner']]],
    ['marked complete', state({ resolution: 'complete' }), [['Groups has this conversation marked complete.', 'Close the case']]],
    ['a duplicate', state({ resolution: 'duplicate' }), [['Groups has this conversation marked as a duplicate.', 'Close the case']]],
    ['no action needed, and assigned', state({ assigneeEmail: 'jo@example.net', resolution: 'no_action_needed' }), [
      ['Groups assigns this to jo@example.net.', 'Make jo@example.net the owner'],
      ['Groups has this conversation marked “no action needed”.', 'Close the case'],
    ]],
  ])('%s', (_name, collaborative, expected) => {
    expect(collaborativeHints(collaborative, team).map((h) => [h.text, h.button])).toEqual(expected);
  });

  it('suggests the changes the buttons name', () => {
    const [owner, close] = collaborativeHints(state({ assigneeEmail: 'LENA.marquardt@example.net', resolution: 'duplicate' }), team);
    expect(owner?.change).toEqual({ kind: 'owner', to: 'Lena.Marquardt@example.net' });
    expect(close?.change).toEqual({ kind: 'status', to: 'closed', reason: 'Groups: marked as a duplicate' });
  });

  it.each<[string, Partial<SupportCase>, boolean, boolean]>([
    ['a new case without owner', {}, false, false],
    ['owned by the assignee (any case of letters)', { owner: 'lena.marquardt@EXAMPLE.net' }, true, false],
    ['owned by someone else', { owner: 'jo@example.net' }, false, false],
    ['closed', { status: 'closed' }, false, true],
    ['waiting on the customer', { status: 'waiting_customer' }, false, false],
  ])('offered until the case is so: %s', (_name, extra, ownerApplies, closeApplies) => {
    const [owner, close] = collaborativeHints(state({ assigneeEmail: 'lena.marquardt@example.net', resolution: 'complete' }), team);
    expect(hintApplies(owner!, aCase(extra))).toBe(ownerApplies);
    expect(hintApplies(close!, aCase(extra))).toBe(closeApplies);
  });
});
