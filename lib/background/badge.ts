import { browser } from 'wxt/browser';

/** Toolbar badge: cases needing a response (in a team: this member's and unassigned ones); red when any is overdue. */
export async function showBadge(counts: { needsResponse: number; overdue: number }, inTeam = false): Promise<void> {
  const action = browser.action ?? browser.browserAction;
  await action.setBadgeText({ text: counts.needsResponse > 0 ? String(counts.needsResponse) : '' });
  await action.setBadgeBackgroundColor({ color: counts.overdue > 0 ? '#b3261e' : '#0b57d0' });
  await action.setTitle({
    title:
      counts.needsResponse === 0
        ? 'Casebook: nothing waits for a response'
        : `Casebook: ${counts.needsResponse} case(s)${inTeam ? ' of yours or unassigned' : ''} need a response, ${counts.overdue} overdue`,
  });
}
