import { describe, expect, it } from 'vitest';
import { describeSyncStatus, type SyncStatus } from './sync-status';

describe('describeSyncStatus', () => {
  it.each<[SyncStatus, string | RegExp]>([
    [{ kind: 'alone' }, ''],
    [{ kind: 'connecting' }, 'Team: connecting…'],
    [{ kind: 'synced' }, 'Team: synced'],
    [{ kind: 'offline' }, /changes will be sent when the team server is reachable/],
    [{ kind: 'refused', reason: 'member-removed' }, /you were removed from the team/],
    [{ kind: 'refused', reason: 'invalid-token' }, /join again with a new code/],
    [{ kind: 'refused', reason: '<b>' + 'x'.repeat(500) }, /^Team: refused — the team server refused this device \(<b>x{77}\)\.$/],
  ])('%j', (status, line) => {
    expect(describeSyncStatus(status)).toMatch(line);
  });
});
