import type { HostAdapter } from '../host-adapter';
import { trackGroupsCaret } from './caret-tracker';
import { findConversationRoot } from './conversation-root';
import { findGroupsDockFrame } from './dock-frame';
import { readGroupsAccount } from './group-account';
import { readGroupsListRows } from './list-rows';
import { readGroupsThreadSteps, showsGroupsThread } from './read-thread';
import { parseGroupsRoute, toHostRoute } from './route';

/** The Google Groups (groups.google.com, 2020 UI) host adapter. */
export function createGroupsAdapter(): HostAdapter {
  return {
    host: 'groups',
    parseRoute: (url) => toHostRoute(parseGroupsRoute(url)),
    findConversationRoot,
    showsThread: showsGroupsThread,
    readThread: readGroupsThreadSteps,
    trackCaret: trackGroupsCaret,
    readAccount: readGroupsAccount,
    readListRows: readGroupsListRows,
    findDockFrame: findGroupsDockFrame,
  };
}

export { parseGroupsRoute, toHostRoute, canonicalTopicUrl, type GroupsRoute } from './route';
