// Every CSS selector the Groups adapter uses, in one place. Comments give the date the evidence
// was last checked, its grade in research/groups-dom.md (A = two or more independent sources,
// A1 = one, G = guessed) and the section. Stable attributes (role, data-*, href shapes) come
// first; Google's compiled class names only as a later fallback. Localised text is never a
// selector: where the page offers nothing else (Collaborative Inbox) the readers say so.
//
// `expect` maps fixture pages to the number of matches in the whole document; selectors.test.ts
// checks them. Keys: "shared:<file>" (../shared/fixtures/groups) and "own:<file>"
// (test/fixtures/groups); "<file>#<path>" is app.html with the view for <path> swapped in.

export interface GroupsSelector {
  readonly css: string;
  readonly expect: Readonly<Record<string, number>>;
}

/* ---------------------------------- conversation ---------------------------------- */

/** 2026-11-26, A (casbin 2021, Rust MHTML tool 2024+; research §1): one message of a thread. */
export const messageItem: GroupsSelector = {
  css: 'section[role="listitem"]',
  expect: {
    'shared:conversation.html': 3, 'shared:conversation-reply-open.html': 3,
    'shared:collaborative-inbox.html': 3, 'shared:app.html#/g/ftpgate-support': 0,
    'shared:app.html#/g/ftpgate-support/c/Rb7_nW2cTq0': 2, 'own:app.html#/g/ftpgate-help': 0,
    'own:app.html#/g/ftpgate-help/c/q9Zr-4LmT_w': 3, 'own:app.html#/g/ftpgate-help/c/-pL5sD9fG0k': 2,
    'own:conversation-reply-open.html': 1, 'own:collaborative-inbox.html': 3,
    'own:conversation-degraded.html': 3,
  },
};

/** 2026-11-26, A (io_links audit, a comment scraper; §1): fallback when the section loses its role. */
export const messageItemByDocId: GroupsSelector = {
  css: '[data-doc-id]',
  expect: {
    'shared:conversation.html': 3, 'shared:conversation-reply-open.html': 3,
    'shared:collaborative-inbox.html': 3, 'shared:app.html#/g/ftpgate-support': 0,
    'shared:app.html#/g/ftpgate-support/c/Rb7_nW2cTq0': 2, 'own:app.html#/g/ftpgate-help': 0,
    'own:app.html#/g/ftpgate-help/c/q9Zr-4LmT_w': 3, 'own:app.html#/g/ftpgate-help/c/-pL5sD9fG0k': 2,
    'own:conversation-reply-open.html': 1, 'own:collaborative-inbox.html': 3,
    'own:conversation-degraded.html': 2,
  },
};

/** Attribute of messageItem holding the message id of `/c/<topic>/m/<id>` (A, §1). */
export const MESSAGE_ID_ATTRIBUTE = 'data-doc-id';

/** 2026-11-26, A1 (IndologyScholars 2026; §1): message and conversation ids on the message menu. */
export const messageMenuIds: GroupsSelector = {
  css: '[data-conv-id][data-message-id]',
  expect: {
    'shared:conversation.html': 3, 'shared:conversation-reply-open.html': 3,
    'shared:collaborative-inbox.html': 3, 'shared:app.html#/g/ftpgate-support': 0,
    'shared:app.html#/g/ftpgate-support/c/Rb7_nW2cTq0': 2, 'own:app.html#/g/ftpgate-help': 0,
    'own:app.html#/g/ftpgate-help/c/q9Zr-4LmT_w': 3, 'own:app.html#/g/ftpgate-help/c/-pL5sD9fG0k': 2,
    'own:conversation-reply-open.html': 1, 'own:collaborative-inbox.html': 3,
    'own:conversation-degraded.html': 2,
  },
};

/** 2026-11-26, A (casbin, colly test, gprmax, IndologyScholars 2026; §1): author name, in a message. */
export const authorHeading: GroupsSelector = {
  css: 'h3, [role="heading"][aria-level="3"]',
  expect: {
    'shared:conversation.html': 3, 'shared:conversation-reply-open.html': 3,
    'shared:collaborative-inbox.html': 3, 'shared:app.html#/g/ftpgate-support': 0,
    'shared:app.html#/g/ftpgate-support/c/Rb7_nW2cTq0': 2, 'own:app.html#/g/ftpgate-help': 0,
    'own:app.html#/g/ftpgate-help/c/q9Zr-4LmT_w': 3, 'own:app.html#/g/ftpgate-help/c/-pL5sD9fG0k': 2,
    'own:conversation-reply-open.html': 1, 'own:collaborative-inbox.html': 3,
    'own:conversation-degraded.html': 2,
  },
};

/** Attribute of messageItem with the author's display name (A1 Rust MHTML tool; §1). */
export const AUTHOR_ATTRIBUTE = 'data-author';

/** 2026-11-26, A (pasted 2024 mail, procurement 2026, BlindRSS; §1): the body, in a message. */
export const messageBody: GroupsSelector = {
  css: '[role="region"][aria-labelledby]',
  expect: {
    'shared:conversation.html': 3, 'shared:conversation-reply-open.html': 3,
    'shared:collaborative-inbox.html': 3, 'shared:app.html#/g/ftpgate-support': 0,
    'shared:app.html#/g/ftpgate-support/c/Rb7_nW2cTq0': 2, 'own:app.html#/g/ftpgate-help': 0,
    'own:app.html#/g/ftpgate-help/c/q9Zr-4LmT_w': 3, 'own:app.html#/g/ftpgate-help/c/-pL5sD9fG0k': 2,
    'own:conversation-reply-open.html': 1, 'own:collaborative-inbox.html': 3,
    'own:conversation-degraded.html': 2,
  },
};

/** 2026-11-26, A (gprmax `.ptW7te[jsname=yjbGtf]`, §1): body fallback, jsname survives restyles. */
export const messageBodyByJsname: GroupsSelector = {
  css: '[jsname="yjbGtf"]',
  expect: {
    'shared:conversation.html': 3, 'shared:conversation-reply-open.html': 3,
    'shared:collaborative-inbox.html': 3, 'shared:app.html#/g/ftpgate-support': 0,
    'shared:app.html#/g/ftpgate-support/c/Rb7_nW2cTq0': 2, 'own:app.html#/g/ftpgate-help': 0,
    'own:app.html#/g/ftpgate-help/c/q9Zr-4LmT_w': 3, 'own:app.html#/g/ftpgate-help/c/-pL5sD9fG0k': 2,
    'own:conversation-reply-open.html': 1, 'own:collaborative-inbox.html': 3,
    'own:conversation-degraded.html': 2,
  },
};

/** 2026-11-26, A (same sources; §1): body fallback by compiled class. */
export const messageBodyByClass: GroupsSelector = {
  css: '.ptW7te',
  expect: {
    'shared:conversation.html': 3, 'shared:conversation-reply-open.html': 3,
    'shared:collaborative-inbox.html': 3, 'shared:app.html#/g/ftpgate-support': 0,
    'shared:app.html#/g/ftpgate-support/c/Rb7_nW2cTq0': 2, 'own:app.html#/g/ftpgate-help': 0,
    'own:app.html#/g/ftpgate-help/c/q9Zr-4LmT_w': 3, 'own:app.html#/g/ftpgate-help/c/-pL5sD9fG0k': 2,
    'own:conversation-reply-open.html': 1, 'own:collaborative-inbox.html': 3,
    'own:conversation-degraded.html': 2,
  },
};

/**
 * 2026-11-26, A (casbin, colly, mlflow, gprmax, io_links; §1): the date span. The reader first
 * finds the date by its text shape in the message header and uses this class only after.
 */
export const messageDateByClass: GroupsSelector = {
  css: '.zX2W9c',
  expect: {
    'shared:conversation.html': 3, 'shared:conversation-reply-open.html': 3,
    'shared:collaborative-inbox.html': 3, 'shared:app.html#/g/ftpgate-support': 0,
    'shared:app.html#/g/ftpgate-support/c/Rb7_nW2cTq0': 2, 'own:app.html#/g/ftpgate-help': 0,
    'own:app.html#/g/ftpgate-help/c/q9Zr-4LmT_w': 3, 'own:app.html#/g/ftpgate-help/c/-pL5sD9fG0k': 2,
    'own:conversation-reply-open.html': 1, 'own:collaborative-inbox.html': 3,
    'own:conversation-degraded.html': 2,
  },
};

/** 2026-11-26, A (mail HTML of 2020-23 archives; casbin and BlindRSS strip it; §1): quoted mail. */
export const quotedMail: GroupsSelector = {
  css: '.gmail_quote, blockquote',
  expect: {
    'shared:conversation.html': 0, 'shared:conversation-reply-open.html': 0,
    'shared:collaborative-inbox.html': 0, 'shared:app.html#/g/ftpgate-support': 0,
    'shared:app.html#/g/ftpgate-support/c/Rb7_nW2cTq0': 0, 'own:app.html#/g/ftpgate-help': 0,
    'own:app.html#/g/ftpgate-help/c/q9Zr-4LmT_w': 2, 'own:app.html#/g/ftpgate-help/c/-pL5sD9fG0k': 0,
    'own:conversation-reply-open.html': 0, 'own:collaborative-inbox.html': 0,
    'own:conversation-degraded.html': 0,
  },
};

/** 2026-11-26, A (casbin 2021, BlindRSS 2026; role G): Groups' own "show quoted text" wrapper. */
export const groupsQuoteWrapper: GroupsSelector = {
  css: '.wqmMgb',
  expect: {
    'shared:conversation.html': 1, 'shared:conversation-reply-open.html': 1,
    'shared:collaborative-inbox.html': 0, 'shared:app.html#/g/ftpgate-support': 0,
    'shared:app.html#/g/ftpgate-support/c/Rb7_nW2cTq0': 0, 'own:app.html#/g/ftpgate-help': 0,
    'own:app.html#/g/ftpgate-help/c/q9Zr-4LmT_w': 0, 'own:app.html#/g/ftpgate-help/c/-pL5sD9fG0k': 0,
    'own:conversation-reply-open.html': 0, 'own:collaborative-inbox.html': 1,
    'own:conversation-degraded.html': 0,
  },
};

/** 2026-11-26, G (Gmail's mail markup, carried into posts sent from Gmail): signature block. */
export const mailSignature: GroupsSelector = {
  css: '.gmail_signature, [data-smartmail="gmail_signature"]',
  expect: {
    'shared:conversation.html': 0, 'shared:conversation-reply-open.html': 0,
    'shared:collaborative-inbox.html': 0, 'shared:app.html#/g/ftpgate-support': 0,
    'shared:app.html#/g/ftpgate-support/c/Rb7_nW2cTq0': 0, 'own:app.html#/g/ftpgate-help': 0,
    'own:app.html#/g/ftpgate-help/c/q9Zr-4LmT_w': 0, 'own:app.html#/g/ftpgate-help/c/-pL5sD9fG0k': 0,
    'own:conversation-reply-open.html': 1, 'own:collaborative-inbox.html': 0,
    'own:conversation-degraded.html': 0,
  },
};

/** 2026-11-26, G: a toggle that reveals hidden content; what follows it in a body is quoted. */
export const disclosureToggle: GroupsSelector = {
  css: '[role="button"][aria-expanded]',
  expect: {
    'shared:conversation.html': 1, 'shared:conversation-reply-open.html': 1,
    'shared:collaborative-inbox.html': 0, 'shared:app.html#/g/ftpgate-support': 0,
    'shared:app.html#/g/ftpgate-support/c/Rb7_nW2cTq0': 0, 'own:app.html#/g/ftpgate-help': 0,
    'own:app.html#/g/ftpgate-help/c/q9Zr-4LmT_w': 0, 'own:app.html#/g/ftpgate-help/c/-pL5sD9fG0k': 0,
    'own:conversation-reply-open.html': 0, 'own:collaborative-inbox.html': 1,
    'own:conversation-degraded.html': 0,
  },
};

/** 2026-11-26, A (mlflow, tiddlywiki, gprmax: h1.KPwZRb; §1): the subject heading. */
export const subjectHeading: GroupsSelector = {
  css: 'h1',
  expect: {
    'shared:conversation.html': 1, 'shared:conversation-reply-open.html': 1,
    'shared:collaborative-inbox.html': 1, 'shared:app.html#/g/ftpgate-support': 0,
    'shared:app.html#/g/ftpgate-support/c/Rb7_nW2cTq0': 1, 'own:app.html#/g/ftpgate-help': 0,
    'own:app.html#/g/ftpgate-help/c/q9Zr-4LmT_w': 1, 'own:app.html#/g/ftpgate-help/c/-pL5sD9fG0k': 1,
    'own:conversation-reply-open.html': 1, 'own:collaborative-inbox.html': 1,
    'own:conversation-degraded.html': 0,
  },
};

/** 2026-11-26, A1 (tiddlywiki crawler; §1): the message list is labelled with the subject. */
export const messageListLabel: GroupsSelector = {
  css: '[role="list"][aria-label]',
  expect: {
    'shared:conversation.html': 1, 'shared:conversation-reply-open.html': 1,
    'shared:collaborative-inbox.html': 1, 'shared:app.html#/g/ftpgate-support': 0,
    'shared:app.html#/g/ftpgate-support/c/Rb7_nW2cTq0': 1, 'own:app.html#/g/ftpgate-help': 0,
    'own:app.html#/g/ftpgate-help/c/q9Zr-4LmT_w': 1, 'own:app.html#/g/ftpgate-help/c/-pL5sD9fG0k': 1,
    'own:conversation-reply-open.html': 1, 'own:collaborative-inbox.html': 1,
    'own:conversation-degraded.html': 0,
  },
};

/**
 * 2026-11-26, A1 for "New conversation" (scrum_helper 2020-11 to 2026-08), G for the reply editor
 * (§2): the rich-text body. Its aria-label "Compose a message" is localised, so not used.
 * An <input> (the subject) can never match.
 */
export const replyEditor: GroupsSelector = {
  css: '[role="textbox"][contenteditable]:not([contenteditable="false"])',
  expect: {
    'shared:conversation.html': 0, 'shared:conversation-reply-open.html': 1,
    'shared:collaborative-inbox.html': 0, 'shared:app.html#/g/ftpgate-support': 0,
    'shared:app.html#/g/ftpgate-support/c/Rb7_nW2cTq0': 0, 'own:app.html#/g/ftpgate-help': 0,
    'own:app.html#/g/ftpgate-help/c/q9Zr-4LmT_w': 0, 'own:app.html#/g/ftpgate-help/c/-pL5sD9fG0k': 0,
    'own:conversation-reply-open.html': 1, 'own:collaborative-inbox.html': 0,
    'own:conversation-degraded.html': 0,
  },
};

/** 2026-11-26, A for the labels (help pages; §2), G for the markup: buttons under a message. */
export const actionButton: GroupsSelector = {
  css: 'button, [role="button"]',
  expect: {
    'shared:conversation.html': 13, 'shared:conversation-reply-open.html': 18,
    'shared:collaborative-inbox.html': 18, 'shared:app.html#/g/ftpgate-support': 3,
    'shared:app.html#/g/ftpgate-support/c/Rb7_nW2cTq0': 8, 'own:app.html#/g/ftpgate-help': 3,
    'own:app.html#/g/ftpgate-help/c/q9Zr-4LmT_w': 18, 'own:app.html#/g/ftpgate-help/c/-pL5sD9fG0k': 14,
    'own:conversation-reply-open.html': 9, 'own:collaborative-inbox.html': 19,
    'own:conversation-degraded.html': 12,
  },
};

/* -------------------------------- Collaborative Inbox ------------------------------- */

/** 2026-11-26, G (help pages describe icons "at the top"; no markup attested; §4). */
export const conversationToolbar: GroupsSelector = {
  css: '[role="toolbar"]',
  expect: {
    'shared:conversation.html': 0, 'shared:conversation-reply-open.html': 1,
    'shared:collaborative-inbox.html': 1, 'shared:app.html#/g/ftpgate-support': 0,
    'shared:app.html#/g/ftpgate-support/c/Rb7_nW2cTq0': 0, 'own:app.html#/g/ftpgate-help': 0,
    'own:app.html#/g/ftpgate-help/c/q9Zr-4LmT_w': 1, 'own:app.html#/g/ftpgate-help/c/-pL5sD9fG0k': 1,
    'own:conversation-reply-open.html': 1, 'own:collaborative-inbox.html': 1,
    'own:conversation-degraded.html': 0,
  },
};

/** 2026-11-26, G (Google-wide person-chip attribute; §4): the assignee, value = email. */
export const personHovercard: GroupsSelector = {
  css: '[data-hovercard-id]',
  expect: {
    'shared:conversation.html': 0, 'shared:conversation-reply-open.html': 0,
    'shared:collaborative-inbox.html': 1, 'shared:app.html#/g/ftpgate-support': 0,
    'shared:app.html#/g/ftpgate-support/c/Rb7_nW2cTq0': 0, 'own:app.html#/g/ftpgate-help': 1,
    'own:app.html#/g/ftpgate-help/c/q9Zr-4LmT_w': 1, 'own:app.html#/g/ftpgate-help/c/-pL5sD9fG0k': 0,
    'own:conversation-reply-open.html': 0, 'own:collaborative-inbox.html': 1,
    'own:conversation-degraded.html': 0,
  },
};

/** 2026-11-26, G (§4): a pressed resolution toggle in the toolbar. */
export const pressedToggle: GroupsSelector = {
  css: '[aria-pressed="true"]',
  expect: {
    'shared:conversation.html': 0, 'shared:conversation-reply-open.html': 0,
    'shared:collaborative-inbox.html': 1, 'shared:app.html#/g/ftpgate-support': 0,
    'shared:app.html#/g/ftpgate-support/c/Rb7_nW2cTq0': 0, 'own:app.html#/g/ftpgate-help': 0,
    'own:app.html#/g/ftpgate-help/c/q9Zr-4LmT_w': 0, 'own:app.html#/g/ftpgate-help/c/-pL5sD9fG0k': 1,
    'own:conversation-reply-open.html': 0, 'own:collaborative-inbox.html': 1,
    'own:conversation-degraded.html': 0,
  },
};

/* ------------------------------------ topic list ------------------------------------ */

/** 2026-11-26, A (IndologyScholars 2026, BlindRSS 2026, net.news scraper; §3): one topic row. */
export const listRow: GroupsSelector = {
  css: '[role="row"][data-rowid]',
  expect: {
    'shared:conversation.html': 0, 'shared:conversation-reply-open.html': 0,
    'shared:collaborative-inbox.html': 0, 'shared:app.html#/g/ftpgate-support': 4,
    'shared:app.html#/g/ftpgate-support/c/Rb7_nW2cTq0': 0, 'own:app.html#/g/ftpgate-help': 4,
    'own:app.html#/g/ftpgate-help/c/q9Zr-4LmT_w': 0, 'own:app.html#/g/ftpgate-help/c/-pL5sD9fG0k': 0,
    'own:conversation-reply-open.html': 0, 'own:collaborative-inbox.html': 0,
    'own:conversation-degraded.html': 0,
  },
};

/** 2026-11-26, A (net.news scraper, BlindRSS; §3): rows by role alone, fallback when data-rowid goes. */
export const listRowByRole: GroupsSelector = {
  css: '[role="row"]',
  expect: {
    'shared:conversation.html': 0, 'shared:conversation-reply-open.html': 0,
    'shared:collaborative-inbox.html': 0, 'shared:app.html#/g/ftpgate-support': 4,
    'shared:app.html#/g/ftpgate-support/c/Rb7_nW2cTq0': 0, 'own:app.html#/g/ftpgate-help': 4,
    'own:app.html#/g/ftpgate-help/c/q9Zr-4LmT_w': 0, 'own:app.html#/g/ftpgate-help/c/-pL5sD9fG0k': 0,
    'own:conversation-reply-open.html': 0, 'own:collaborative-inbox.html': 0,
    'own:conversation-degraded.html': 0,
  },
};

/** 2026-11-26, A (casbin, RSS-Bridge 2022-26, mlflow; §3): the row's link `./g/<g>/c/<topic>`. */
export const rowTopicLink: GroupsSelector = {
  css: '[role="row"] a[href*="/c/"]',
  expect: {
    'shared:conversation.html': 0, 'shared:conversation-reply-open.html': 0,
    'shared:collaborative-inbox.html': 0, 'shared:app.html#/g/ftpgate-support': 4,
    'shared:app.html#/g/ftpgate-support/c/Rb7_nW2cTq0': 0, 'own:app.html#/g/ftpgate-help': 4,
    'own:app.html#/g/ftpgate-help/c/q9Zr-4LmT_w': 0, 'own:app.html#/g/ftpgate-help/c/-pL5sD9fG0k': 0,
    'own:conversation-reply-open.html': 0, 'own:collaborative-inbox.html': 0,
    'own:conversation-degraded.html': 0,
  },
};

/** 2026-11-26, A (casbin `.iBQX0d .o1DPKc`, BlindRSS; §3): the row's subject. */
export const rowSubject: GroupsSelector = {
  css: '[role="row"] .o1DPKc',
  expect: {
    'shared:conversation.html': 0, 'shared:conversation-reply-open.html': 0,
    'shared:collaborative-inbox.html': 0, 'shared:app.html#/g/ftpgate-support': 4,
    'shared:app.html#/g/ftpgate-support/c/Rb7_nW2cTq0': 0, 'own:app.html#/g/ftpgate-help': 4,
    'own:app.html#/g/ftpgate-help/c/q9Zr-4LmT_w': 0, 'own:app.html#/g/ftpgate-help/c/-pL5sD9fG0k': 0,
    'own:conversation-reply-open.html': 0, 'own:collaborative-inbox.html': 0,
    'own:conversation-degraded.html': 0,
  },
};

/** 2026-11-26, A (RSS-Bridge `z0zUgf[last()]`, casbin, colly; §3): participants, latest last. */
export const rowParticipant: GroupsSelector = {
  css: '[role="row"] .z0zUgf',
  expect: {
    'shared:conversation.html': 0, 'shared:conversation-reply-open.html': 0,
    'shared:collaborative-inbox.html': 0, 'shared:app.html#/g/ftpgate-support': 7,
    'shared:app.html#/g/ftpgate-support/c/Rb7_nW2cTq0': 0, 'own:app.html#/g/ftpgate-help': 7,
    'own:app.html#/g/ftpgate-help/c/q9Zr-4LmT_w': 0, 'own:app.html#/g/ftpgate-help/c/-pL5sD9fG0k': 0,
    'own:conversation-reply-open.html': 0, 'own:collaborative-inbox.html': 0,
    'own:conversation-degraded.html': 0,
  },
};

/* -------------------------------- layout (docking) -------------------------------- */

/**
 * 2026-12-05, G (not in the research: the shared fixtures' page frame, and the ARIA landmark
 * Google's Material apps keep): the main area beside the left nav. The sidebar docks by
 * narrowing its parent row from the right; without it the sidebar floats as before.
 */
export const mainArea: GroupsSelector = {
  css: '[role="main"]',
  expect: {
    'shared:conversation.html': 1, 'shared:conversation-reply-open.html': 1,
    'shared:collaborative-inbox.html': 1, 'shared:app.html#/g/ftpgate-support': 1,
    'shared:app.html#/g/ftpgate-support/c/Rb7_nW2cTq0': 1, 'own:app.html#/g/ftpgate-help': 1,
    'own:app.html#/g/ftpgate-help/c/q9Zr-4LmT_w': 1, 'own:app.html#/g/ftpgate-help/c/-pL5sD9fG0k': 1,
    'own:conversation-reply-open.html': 1, 'own:collaborative-inbox.html': 1,
    'own:conversation-degraded.html': 1,
  },
};
