import type { ThreadSnapshot } from '../model/thread';

/**
 * Which conversation each tab shows, as its content script last reported it. Lets the popup
 * show the active tab's case and pushes reach the tabs that show a changed case. The service
 * worker may restart: a tab reports again on its next route or change.
 */
export class TabThreads {
  private readonly byTab = new Map<number, { caseId: string | null; thread: ThreadSnapshot }>();

  set(tabId: number, thread: ThreadSnapshot, caseId: string | null): void {
    this.byTab.set(tabId, { thread, caseId });
  }

  get(tabId: number): { caseId: string | null; thread: ThreadSnapshot } | undefined {
    return this.byTab.get(tabId);
  }

  forget(tabId: number): void {
    this.byTab.delete(tabId);
  }

  /** Tabs that show this case. */
  tabsOf(caseId: string): number[] {
    return [...this.byTab].filter(([, entry]) => entry.caseId === caseId).map(([tabId]) => tabId);
  }
}
