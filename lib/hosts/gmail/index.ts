import type { HostAdapter } from '../host-adapter';
import { readGmailAccount } from './account';
import { trackGmailCaret } from './caret-tracker';
import { findConversationRoot } from './conversation-root';
import { findGmailDockFrame } from './dock-frame';
import { readGmailListRows } from './list-rows';
import { readGmailThreadSteps, showsGmailThread } from './read-thread';
import { parseGmailRoute, toHostRoute } from './route';

/** The Gmail (mail.google.com, 2023-11+ UI) host adapter. All Gmail DOM knowledge lives in this folder. */
export function createGmailAdapter(): HostAdapter {
  return {
    host: 'gmail',
    parseRoute: (url) => toHostRoute(parseGmailRoute(url)),
    findConversationRoot,
    showsThread: showsGmailThread,
    readThread: readGmailThreadSteps,
    trackCaret: trackGmailCaret,
    readAccount: readGmailAccount,
    readListRows: readGmailListRows,
    findDockFrame: findGmailDockFrame,
  };
}

export { censoredSnapshot } from '../censored-snapshot';
export { canonicalThreadUrl, parseGmailRoute, toHostRoute, type GmailRoute } from './route';
