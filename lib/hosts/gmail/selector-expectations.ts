/** Fixture pages the selector expectations speak about: `shared/` = ../shared/fixtures/gmail, `own/` = test/fixtures/gmail. */
export const SHARED_FIXTURES = [
  'app',
  'compose-popup',
  'thread-chat-transcript',
  'thread-inline-reply',
  'thread-many-messages',
  'thread-reading-pane',
  'thread-two-messages',
] as const;
export const OWN_FIXTURES = ['demo-mailbox', 'thread-inline-reply', 'thread-missing-anchors', 'thread-send-as'] as const;

export type FixtureName = `shared/${(typeof SHARED_FIXTURES)[number]}` | `own/${(typeof OWN_FIXTURES)[number]}`;

/** How many times a selector matches in each fixture page as served (scripts not run); absent = 0. */
export type SelectorExpectations = Readonly<Partial<Record<FixtureName, number>>>;
