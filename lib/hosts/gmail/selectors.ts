/**
 * Every place Casebook touches Gmail's DOM. One named export per selector, each with the date it
 * was seen and where, stable attributes (role, g_editable, data-*-id, email, name) before Gmail's
 * obfuscated classes. `<name>_` lists where the selector must match in the fixtures and how often
 * (fixture name → count; any fixture not listed must give 0): `selectors.test.ts` checks them.
 * Sources: shared/research/gmail-dom.md (InboxSDK = SDK, gmail.js = GJS, Mailvelope = MV).
 * "Seen 2026-11 in the fixtures" = in the shared fixtures (constructed 2026-11) and our own pages;
 * the expectation test keeps that true.
 */
import type { SelectorExpectations as Seen } from './selector-expectations';

// ---------------------------------------------------------------- page
/** Account button, label `Google Account: Name \n(email)`. Live Gmail 2025–2026 (ACCT). Seen 2026-11 in the fixtures. */
export const accountButton = 'header[role=banner] a[aria-label^="Google Account:"]';
export const accountButton_: Seen = { 'shared/app': 1, 'shared/compose-popup': 1, 'shared/thread-chat-transcript': 1, 'shared/thread-inline-reply': 1, 'shared/thread-many-messages': 1, 'shared/thread-reading-pane': 1, 'shared/thread-two-messages': 1, 'own/demo-mailbox': 1, 'own/thread-inline-reply': 1, 'own/thread-missing-anchors': 1, 'own/thread-send-as': 1 };

// ---------------------------------------------------------------- thread
/** Thread view since 2023-11-16 (SDK #1073, GJS 3080e5b: table.Bs removed). Seen 2026-11 in the fixtures. */
export const threadElement = '[role=main] .g.id .a98.iY';
export const threadElement_: Seen = { 'shared/thread-chat-transcript': 1, 'shared/thread-inline-reply': 1, 'shared/thread-many-messages': 1, 'shared/thread-two-messages': 1, 'own/thread-inline-reply': 1, 'own/thread-missing-anchors': 1, 'own/thread-send-as': 1 };

/** Thread in the reading pane (SDK 2023-11-22…30, `.ao9:has(.a98.iY, .apa)`); wrappers reconstructed [R]. Seen 2026-11 in the fixtures. */
export const paneThreadElement = '[role=main] .aia .ao9 > .a98.iY';
export const paneThreadElement_: Seen = { 'shared/thread-reading-pane': 1 };

/** Subject heading with the ids: GJS `h2[data-legacy-thread-id]` (2018-01), SDK `.ha h2`. Seen 2026-11 in the fixtures. */
export const threadHeading = 'h2[data-legacy-thread-id]';
export const threadHeading_: Seen = { 'shared/thread-chat-transcript': 1, 'shared/thread-inline-reply': 1, 'shared/thread-many-messages': 1, 'shared/thread-reading-pane': 1, 'shared/thread-two-messages': 1, 'own/thread-inline-reply': 1, 'own/thread-send-as': 1 };

/** Class fallback for the subject when the id attributes are gone (SDK `.ha h2` since 2015; SEL `h2.hP`). Seen 2026-11 in the fixtures. */
export const subjectHeading = '.ha h2, h2.hP';
export const subjectHeading_: Seen = { 'shared/thread-chat-transcript': 1, 'shared/thread-inline-reply': 1, 'shared/thread-many-messages': 1, 'shared/thread-reading-pane': 1, 'shared/thread-two-messages': 1, 'own/thread-inline-reply': 1, 'own/thread-send-as': 1 };

/** Label chips beside the subject, name in `title` (SDK '.ha .J-J5-Ji'). Seen 2026-11 in the fixtures. */
export const threadLabel = '.ha .J-J5-Ji .at[title]';
export const threadLabel_: Seen = { 'shared/thread-chat-transcript': 1, 'shared/thread-inline-reply': 2, 'shared/thread-many-messages': 3, 'shared/thread-reading-pane': 1, 'shared/thread-two-messages': 2, 'own/thread-inline-reply': 2, 'own/thread-send-as': 1 };

/** Messages: the children of the thread's list (SDK: parent of the first `.h7`). Seen 2026-11 in the fixtures. */
export const messageItem = '[role=list] > [role=listitem]';
export const messageItem_: Seen = { 'shared/thread-chat-transcript': 1, 'shared/thread-inline-reply': 3, 'shared/thread-many-messages': 25, 'shared/thread-reading-pane': 3, 'shared/thread-two-messages': 3, 'own/thread-inline-reply': 3, 'own/thread-send-as': 2 };

/** Listitem classes per state (SDK `getViewState`; R16 `h7`, R19 `kv`). */
export const MESSAGE_STATE_CLASSES = { expanded: ['h7'], collapsed: ['kv', 'ky'], hidden: ['kQ', 'kx'] } as const;

/** Loaded message with ids: `div.adn.ads[data-message-id][data-legacy-message-id]` (R18 2018, R25 2025; MV, SDK). Seen 2026-11 in the fixtures. */
export const messageIds = '[data-message-id][data-legacy-message-id]';
export const messageIds_: Seen = { 'shared/thread-chat-transcript': 1, 'shared/thread-inline-reply': 2, 'shared/thread-many-messages': 2, 'shared/thread-reading-pane': 2, 'shared/thread-two-messages': 2, 'own/thread-inline-reply': 1, 'own/thread-missing-anchors': 1, 'own/thread-send-as': 1 };

/** Sender of an expanded message: SDK `td.gF span[email]` (2018-12-31), GJS `span[email].gD`; R25. Seen 2026-11 in the fixtures. */
export const expandedSender = 'h3 span[email][name]';
export const expandedSender_: Seen = { 'shared/thread-chat-transcript': 1, 'shared/thread-inline-reply': 2, 'shared/thread-many-messages': 2, 'shared/thread-reading-pane': 2, 'shared/thread-two-messages': 2, 'own/thread-inline-reply': 1, 'own/thread-missing-anchors': 1, 'own/thread-send-as': 1 };

/** Sender of a collapsed or hidden message (R19 2019: `div.adf.ads … span.gD[email][name]`). Seen 2026-11 in the fixtures. */
export const collapsedSender = '.adf span[email][name]';
export const collapsedSender_: Seen = { 'shared/thread-inline-reply': 1, 'shared/thread-many-messages': 23, 'shared/thread-reading-pane': 1, 'shared/thread-two-messages': 1, 'own/thread-inline-reply': 2, 'own/thread-missing-anchors': 1, 'own/thread-send-as': 1 };

/** Date tooltip `.g3[title]` (SDK `.ads .gK .g3` 2015, GJS `span.g3`; R25 en-GB). Seen 2026-11 in the fixtures. */
export const messageDate = '.g3[title]';
export const messageDate_: Seen = { 'shared/thread-chat-transcript': 1, 'shared/thread-inline-reply': 3, 'shared/thread-many-messages': 25, 'shared/thread-reading-pane': 3, 'shared/thread-two-messages': 3, 'own/thread-inline-reply': 3, 'own/thread-missing-anchors': 2, 'own/thread-send-as': 2 };

/** Body text `div.a3s` (class string `a3s aiL ` since 2020-10-23, MV); `.ii.gt` wraps it (SDK 2015). Seen 2026-11 in the fixtures. */
export const messageBody = '.ii.gt .a3s, .a3s';
export const messageBody_: Seen = { 'shared/thread-chat-transcript': 1, 'shared/thread-inline-reply': 2, 'shared/thread-many-messages': 2, 'shared/thread-reading-pane': 2, 'shared/thread-two-messages': 2, 'own/thread-inline-reply': 1, 'own/thread-missing-anchors': 1, 'own/thread-send-as': 1 };

/**
 * Mail content: the body `.a3s` and its wrapper `.ii.gt` (R18, R25) hold the sender's own HTML, so
 * anyone's. Readers reject matches inside it (visibility.ts `inMail`). Seen 2026-11 in the fixtures.
 */
export const mailContent = '.ii.gt, .a3s';
export const mailContent_: Seen = { 'shared/thread-chat-transcript': 2, 'shared/thread-inline-reply': 4, 'shared/thread-many-messages': 4, 'shared/thread-reading-pane': 4, 'shared/thread-two-messages': 4, 'own/thread-inline-reply': 2, 'own/thread-missing-anchors': 2, 'own/thread-send-as': 2 };

/** Snippet of a collapsed message, wide and narrow copies (R19 `div.iA.g6`). Seen 2026-11 in the fixtures. */
export const collapsedSnippet = '.adf .iA.g6';
export const collapsedSnippet_: Seen = { 'shared/thread-inline-reply': 2, 'shared/thread-many-messages': 46, 'shared/thread-reading-pane': 2, 'shared/thread-two-messages': 2, 'own/thread-inline-reply': 4, 'own/thread-missing-anchors': 2, 'own/thread-send-as': 2 };

/** "N older messages" circle (SDK `.adx span`, R19 Selenium `adx`); markup reconstructed [R]. Seen 2026-11 in the fixtures. */
export const olderMessagesCount = '.adx';
export const olderMessagesCount_: Seen = { 'shared/thread-many-messages': 1 };

/** Quoted history and Gmail-trimmed parts (MAIL 2025–2026 `.gmail_quote`; TRIM `.yj6qo` + `.adL`, open `.adM` [R]). Seen 2026-11 in the fixtures. */
export const quotedHistory = '.gmail_quote, .adL, .adM, .yj6qo, blockquote[type=cite], #divRplyFwdMsg';
export const quotedHistory_: Seen = { 'shared/thread-chat-transcript': 3, 'shared/thread-inline-reply': 10, 'shared/thread-many-messages': 28, 'shared/thread-reading-pane': 8, 'shared/thread-two-messages': 10, 'own/thread-inline-reply': 4, 'own/thread-missing-anchors': 2, 'own/thread-send-as': 2 };

/** Signature: `span.gmail_signature_prefix` "-- " then `div.gmail_signature` (MAIL 2024–2026). Seen 2026-11 in the fixtures. */
export const signature = '.gmail_signature_prefix, .gmail_signature';
export const signature_: Seen = { 'shared/thread-inline-reply': 4, 'shared/thread-many-messages': 2, 'shared/thread-reading-pane': 2, 'shared/thread-two-messages': 2, 'own/thread-inline-reply': 2, 'own/thread-send-as': 2 };

// ---------------------------------------------------------------- compose
/** Any compose body: SDK `.Ap [g_editable=true]` (2014), JSM 2019, SEL 2024 `role=textbox`. Seen 2026-11 in the fixtures. */
export const editor = '[g_editable=true][role=textbox]';
export const editor_: Seen = { 'shared/compose-popup': 1, 'shared/thread-inline-reply': 1, 'own/thread-inline-reply': 1, 'own/thread-send-as': 1 };

/** Open inline reply: `.ip` gains `adB` (SDK since 2014/2018; `.M9` not always first child since 2025-09-17). Seen 2026-11 in the fixtures. */
export const inlineReplyEditor = '.ip.adB [g_editable=true][role=textbox]';
export const inlineReplyEditor_: Seen = { 'shared/thread-inline-reply': 1, 'own/thread-inline-reply': 1, 'own/thread-send-as': 1 };

/** Pop-out compose: mole parent `.dw … .no` > `.AD` > `[role=dialog]` (SDK, consolidated 2026-07; JSM). Seen 2026-11 in the fixtures. */
export const popoutEditor = '.dw [role=dialog] [g_editable=true][role=textbox]';
export const popoutEditor_: Seen = { 'shared/compose-popup': 1 };

/** Full-screen compose: `body > .aSs > .aSt` … `[role=dialog]` (SDK). Not in the fixtures. */
export const fullscreenEditor = '.aSs .aSt [role=dialog] [g_editable=true][role=textbox]';
export const fullscreenEditor_: Seen = {};

/** Subject box, never a target for insertion (SDK, JSM `input.aoT[name=subjectbox]`). Seen 2026-11 in the fixtures. */
export const subjectBox = 'input[name=subjectbox]';
export const subjectBox_: Seen = { 'shared/compose-popup': 1, 'shared/thread-inline-reply': 1, 'own/thread-inline-reply': 1, 'own/thread-send-as': 1 };

/** Legacy id of the thread a compose replies to (`form.bAs input[name=lts]`, JSM/SDK/GJS). Seen 2026-11 in the fixtures. */
export const composeThreadId = 'input[name=lts]';
export const composeThreadId_: Seen = { 'shared/compose-popup': 1, 'shared/thread-inline-reply': 1, 'own/thread-inline-reply': 1, 'own/thread-send-as': 1 };

/**
 * The address a compose sends from, `form.bAs input[name=from]` (JSM 2019 capture; InboxSDK reads it
 * since 2015-05-12, 3a699685, unchanged in the 2026-07 snapshot). Gmail only sends from the account
 * or its verified send-as addresses, so any value here is this account's. Seen 2026-11 in the fixtures.
 */
export const composeFrom = 'form input[name=from]';
export const composeFrom_: Seen = { 'shared/compose-popup': 1, 'shared/thread-inline-reply': 1, 'own/thread-inline-reply': 1, 'own/thread-send-as': 1 };

/**
 * The compose's "From" chooser, one item per send-as address, `value` = the address: InboxSDK
 * `getFromContactChoices`, `div.J-M.jQjAxd.J-M-awS[role=menu] > div.SK.AX > div[value][role=menuitem]`
 * (c0376bd8 2015-05-12, ba9dc3d0 2017-12-14, unchanged in the 2026-07 snapshot). Present only when the
 * account has send-as addresses. `J-M-awS` tells it from the compose's other menus (Edit subject,
 * `J-M jQjAxd HX`). No public capture: modelled in own/thread-send-as from the SDK's selector [L].
 */
export const sendAsChoice = '.J-M-awS[role=menu] > .SK.AX > [value][role=menuitem]';
export const sendAsChoice_: Seen = { 'own/thread-send-as': 2 };

/** Bottom "Reply" link `span.ams.bkH[role=link]` in `.amn` (SEL 2019–2024, MV; `.amn` A/B 2025-11). Seen 2026-11 in the fixtures. */
export const bottomReplyLink = '.amn [role=link].bkH';
export const bottomReplyLink_: Seen = { 'shared/thread-chat-transcript': 1, 'shared/thread-many-messages': 1, 'shared/thread-reading-pane': 1, 'shared/thread-two-messages': 1, 'own/thread-missing-anchors': 2 };

/** Reply arrow in a message header: GJS `div[role=button].aaq` (2018), `.bsQ` text-label mode (2024-03). Seen 2026-11 in the fixtures. */
export const messageReplyButton = '[role=button].aaq, [role=button].bsQ';
export const messageReplyButton_: Seen = { 'shared/thread-chat-transcript': 1, 'shared/thread-inline-reply': 2, 'shared/thread-many-messages': 2, 'shared/thread-reading-pane': 2, 'shared/thread-two-messages': 2, 'own/thread-inline-reply': 1, 'own/thread-missing-anchors': 1, 'own/thread-send-as': 1 };

// ---------------------------------------------------------------- list
/** The conversation list `[gh=tl]` (SDK element getter; 2014 page). Hidden while a thread is open. Seen 2026-11 in the fixtures. */
export const conversationList = '[gh=tl]';
export const conversationList_: Seen = { 'shared/app': 1, 'shared/compose-popup': 1, 'shared/thread-reading-pane': 1, 'own/demo-mailbox': 1 };

/** Conversation rows `div.Cp … table.F.cf.zt > tbody > tr.zA` (2014 page, SDK, GJS `tr.zA[role=row]`). Seen 2026-11 in the fixtures. */
export const listRow = 'tr.zA';
export const listRow_: Seen = { 'shared/app': 5, 'shared/compose-popup': 5, 'shared/thread-reading-pane': 15, 'own/demo-mailbox': 7 };

/** Row ids: `span[data-thread-id][data-legacy-thread-id]` in `td.a4W .y6 > span.bog` (SDK l.1170, GJS, SF25). Seen 2026-11 in the fixtures. */
export const rowThreadIds = '[data-thread-id][data-legacy-thread-id]';
export const rowThreadIds_: Seen = { 'shared/app': 5, 'shared/compose-popup': 5, 'shared/thread-reading-pane': 5, 'own/demo-mailbox': 7 };

/** Row participants `td.yX .yW span[email][name]` (`.zF` unread, `.yP` read) (2014 page, SDK tests). Seen 2026-11 in the fixtures. */
export const rowSender = '.yW span[email]';
export const rowSender_: Seen = { 'shared/app': 7, 'shared/compose-popup': 7, 'shared/thread-reading-pane': 7, 'own/demo-mailbox': 10 };

/** Class on a row (and on its participants) while unread (2014 page, SEL `tr.zA.zE`). */
export const UNREAD_ROW_CLASS = 'zE';
export const UNREAD_SENDER_CLASS = 'zF';

// ---------------------------------------------------------------- layout (docking the sidebar)
/**
 * Content section beside the left nav: `div.nH.bkK` (SDK element getter `div.nH.bkK > .nH`,
 * `.no > .nn.bkK`; InboxSDK's app sidebar gives it `width: auto; flex: 1; min-width: 0` because
 * Gmail sets its width inline). Its parent is the row that also holds Gmail's own side panel
 * (`.bnl.nn`, `div.aUx`, SDK 2024-11). Seen 2026-11 in the fixtures.
 */
export const contentSection = '.nH.bkK';
export const contentSection_: Seen = { 'shared/app': 1, 'shared/compose-popup': 1, 'shared/thread-chat-transcript': 1, 'shared/thread-inline-reply': 1, 'shared/thread-many-messages': 1, 'shared/thread-reading-pane': 1, 'shared/thread-two-messages': 1, 'own/demo-mailbox': 1, 'own/thread-inline-reply': 1, 'own/thread-missing-anchors': 1, 'own/thread-send-as': 1 };

/** Compose windows' layer `div.dw`, fixed at the bottom right (SDK `MOLE_CONTAINER_SELECTOR`, 2026-07). Seen 2026-11 in the fixtures. */
export const moleLayer = 'div.dw';
export const moleLayer_: Seen = { 'shared/app': 1, 'shared/compose-popup': 1, 'shared/thread-chat-transcript': 1, 'shared/thread-inline-reply': 1, 'shared/thread-many-messages': 1, 'shared/thread-reading-pane': 1, 'shared/thread-two-messages': 1, 'own/demo-mailbox': 1, 'own/thread-inline-reply': 1, 'own/thread-missing-anchors': 1, 'own/thread-send-as': 1 };
