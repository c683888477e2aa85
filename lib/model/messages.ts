import * as z from 'zod/mini';
import { CaseEvent, CaseStatus, SupportCase, AssessmentStep, TroubleshootingStep, Customer, CaseSource } from './case';
import { Category, Classification } from './classification';
import { Settings } from './settings';
import { TEAM_SETTING_KEYS, TeamSettings } from './team-documents';
import { ReplyTemplate } from './template';
import { Host, ThreadSnapshot } from './thread';
import { TracChoicesAnswer } from './trac-form';

/**
 * Every message between contexts, request and response, as one table. The background checks
 * each request (shape and sender) and callers check each response, so nothing unchecked crosses.
 */

const CaseWithEvents = z.object({ case: SupportCase, events: z.array(CaseEvent) });

export const FillInField = z.object({
  /** The variable ("trac.ticket"). */
  name: z.string(),
  label: z.string(),
  /** Prefilled value; "" without a guess. */
  guess: z.string(),
  /** HTML `pattern` for the input: made by the background from a fixed table. */
  pattern: z.string(),
});

/**
 * A template ready to insert: texts, and field indexes where a value Casebook lacks goes
 * (lib/core/templates/fill-in.ts). Without fields the texts joined are the reply.
 */
export const RenderedTemplate = z.object({
  parts: z.array(z.union([z.string(), z.int().check(z.nonnegative())])),
  /** Values the sidebar asks for before inserting; each is required. */
  fields: z.array(FillInField),
  /** Something the user should know before sending, in words (e.g. the case's deadline has passed). */
  note: z.optional(z.string()),
  /** Why the template cannot be inserted at all (too long, nested too deep), in words. */
  problem: z.optional(z.string()),
});
export type RenderedTemplate = z.infer<typeof RenderedTemplate>;

/** What the support process says to do next for the thread's category, with the team's links. */
export const NextStep = z.object({
  summary: z.string(),
  steps: z.array(z.string()),
  links: z.array(z.object({ label: z.string(), url: z.string() })),
});
export type NextStep = z.infer<typeof NextStep>;

/** A deadline's clock-time wording: "due tomorrow 17:30", and "Thu 3 Dec, 17:30" for its title. */
export const DeadlineWording = z.object({ when: z.string(), absolute: z.string() });
export type DeadlineWording = z.infer<typeof DeadlineWording>;

/** What a sidebar says about the team: "Team: synced", "Alice is replying (2 min)". */
export const TeamLines = z.object({ status: z.string(), presence: z.array(z.string()) });
export type TeamLines = z.infer<typeof TeamLines>;

/** The conversation's summary in words (lib/core/case/conversation-facts.ts). */
export const ConversationFacts = z.object({ customer: z.string(), customerDetail: z.string(), messages: z.string() });
export type ConversationFacts = z.infer<typeof ConversationFacts>;

export const CaseChange = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('status'), to: CaseStatus, reason: z.string() }),
  z.object({ kind: z.literal('owner'), to: z.nullable(z.string()) }),
  z.object({
    kind: z.literal('checklist'),
    list: z.enum(['assessment', 'troubleshooting']),
    step: z.union([AssessmentStep, TroubleshootingStep]),
    /** Only what the user changed; the rest stays as stored (a tick must not undo a note). */
    done: z.optional(z.boolean()),
    note: z.optional(z.string()),
  }),
  z.object({ kind: z.literal('notes'), notes: z.string() }),
  z.object({ kind: z.literal('link_ticket'), number: z.int().check(z.positive()) }),
  z.object({ kind: z.literal('link_case'), otherCaseId: z.string() }),
]);
export type CaseChange = z.infer<typeof CaseChange>;

/**
 * A suggestion from the host page for the case, worded by the background (Groups' Collaborative
 * Inbox: its assignee as owner, its resolution as closing); the sidebar offers `change` in one
 * click until the case already is so.
 */
export const HostHint = z.object({ text: z.string(), button: z.string(), change: CaseChange });
export type HostHint = z.infer<typeof HostHint>;

/** What the sidebar (or popup) needs to show a conversation. */
export const SidebarState = z.object({
  case: z.nullable(SupportCase),
  events: z.array(CaseEvent),
  classification: z.nullable(Classification),
  /** Ordered: templates suiting the thread's category first. */
  templates: z.array(ReplyTemplate),
  /** Each template rendered for this conversation (background-side, so a click inserts at once). */
  rendered: z.record(z.string(), RenderedTemplate),
  nextStep: z.nullable(NextStep),
  settings: Settings,
  /** Other cases that look like the same conversation on the other host (offered for linking). */
  linkCandidates: z.array(z.object({ caseId: z.string(), subject: z.string(), host: z.nullable(Host) })),
  /** Why Casebook cannot save right now (e.g. storage full), in words; the rest still shows. */
  storageProblem: z.nullable(z.string()),
  /** The team workspace: connection status line and who else views or replies; null alone. */
  team: z.nullable(TeamLines),
  /** The case's deadline in clock-time words (the sidebar counts down itself); null without one. */
  deadline: z.nullable(DeadlineWording),
  /** The checklists' step wording (the process's own), sent rather than carried by every Gmail tab. */
  checklistLabels: z.object({
    assessment: z.record(AssessmentStep, z.string()),
    troubleshooting: z.record(TroubleshootingStep, z.string()),
  }),
  /** Who the customer is and where the conversation stands, decided by the background. */
  facts: ConversationFacts,
  /** "Jane only thanked or confirmed closure: close the case?" when that is all the newest message says; else null. */
  closeOffer: z.nullable(z.string()),
  /** What setup lacks, in words, and the options section (element id) that sets it; null when set up. */
  setup: z.optional(z.nullable(z.object({ text: z.string(), section: z.enum(['identity', 'support-mail']) }))),
  /** What the host page suggests for the case (lib/core/case/collaborative-hints.ts); absent when nothing. */
  hostHints: z.optional(z.array(HostHint)),
});
export type SidebarState = z.infer<typeof SidebarState>;

export const DashboardFilter = z.enum(['all', 'needs_response', 'overdue', 'waiting_customer', 'waiting_developer', 'mine', 'unassigned', 'closed']);
export type DashboardFilter = z.infer<typeof DashboardFilter>;

/** A ticket field the preview offers to choose (lib/core/trac/check-ticket-values.ts). */
export const TracPreviewField = z.object({
  name: z.string(),
  label: z.string(),
  /** What will be sent: one of `choices` or "" (Trac's default) when those are known. */
  value: z.string(),
  /** Trac's own options, read from its New Ticket form; null when Casebook could not read them. */
  choices: z.nullable(z.array(z.string())),
  /** Why the configured value was not kept ("Trac has no priority 'high'; it has …"). */
  problem: z.nullable(z.string()),
});
export type TracPreviewField = z.infer<typeof TracPreviewField>;

export const TracPreview = z.object({
  summary: z.string(),
  fields: z.array(TracPreviewField),
  /** Where the fields' choices come from, or why they are unchecked, in words. */
  choicesNote: z.string(),
  /** Trac could not be reached or read, in words (shown prominently); null when it could. */
  tracProblem: z.nullable(z.string()),
  url: z.string(),
  bytes: z.number(),
  shortened: z.array(z.string()),
  duplicates: z.array(z.object({ id: z.number(), summary: z.string(), status: z.string() })),
  /** Why duplicates could not be looked up, when they could not. */
  duplicatesProblem: z.nullable(z.string()),
  /**
   * The preview's remarks worded for the sidebar (what Gmail gets injected carries no wording of
   * its own): where the choices come from, what was shortened, possible duplicates.
   */
  notes: z.array(z.string()),
});
export type TracPreview = z.infer<typeof TracPreview>;

const Empty = z.object({});
const Counts = z.object({ needsResponse: z.number(), overdue: z.number(), total: z.number() });

/**
 * Who may send a request: `pages` are Casebook's own extension pages (popup, dashboard,
 * options); `tabs` are the content scripts in Gmail and Groups, which run beside pages Casebook
 * does not control and get only what their own conversation needs (see lib/background/tab-scope.ts).
 */
const PAGES = 'pages' as const;
const PAGES_AND_TABS = 'pages-and-tabs' as const;
export type Senders = typeof PAGES | typeof PAGES_AND_TABS;

export const protocol = {
  'thread.opened': { senders: PAGES_AND_TABS, request: z.object({ thread: ThreadSnapshot }), response: SidebarState },
  'case.track': { senders: PAGES_AND_TABS, request: z.object({ thread: ThreadSnapshot }), response: SidebarState },
  'case.get': { senders: PAGES, request: z.object({ caseId: z.string() }), response: CaseWithEvents },
  'case.forTab': { senders: PAGES, request: z.object({ tabId: z.number() }), response: z.nullable(SidebarState) },
  'case.update': { senders: PAGES_AND_TABS,
    request: z.object({ caseId: z.string(), baseVersion: z.number(), change: CaseChange, actor: z.string() }),
    response: CaseWithEvents,
  },
  'case.logPhone': { senders: PAGES,
    request: z.object({ customer: Customer, subject: z.string(), notes: z.string(), source: CaseSource }),
    response: CaseWithEvents,
  },
  'case.list': { senders: PAGES,
    request: z.object({ filter: DashboardFilter, search: z.string(), offset: z.number(), limit: z.number(), me: z.string() }),
    /** `total` is null when counting would slow the page down; ask case.listTotal for it. */
    response: z.object({
      cases: z.array(SupportCase),
      total: z.nullable(z.number()),
      problems: z.array(z.string()),
      /** In a team: who else is on which of these cases ("Alice is replying (2 min)"), by case id. */
      presence: z.optional(z.record(z.string(), z.array(z.string()))),
    }),
  },
  'case.listTotal': { senders: PAGES,
    request: z.object({ filter: DashboardFilter, search: z.string(), me: z.string() }),
    response: z.object({ total: z.number() }),
  },
  'case.counts': { senders: PAGES, request: Empty, response: Counts },
  'classifier.correct': { senders: PAGES_AND_TABS,
    request: z.object({ thread: ThreadSnapshot, caseId: z.nullable(z.string()), to: Category }),
    response: z.object({ classification: Classification }),
  },
  'list.rowsSeen': { senders: PAGES_AND_TABS,
    request: z.object({
      host: Host,
      account: z.string(),
      rows: z.array(z.object({ threadId: z.string(), subject: z.string(), unread: z.boolean(), lastSenderEmail: z.nullable(z.string()) })),
    }),
    /** `chips`: what each tracked row shows (lib/core/case/list-chip.ts), worded here for the page to paint. */
    response: z.object({
      reopened: z.array(z.string()),
      chips: z.array(z.object({ threadId: z.string(), text: z.string(), tone: z.enum(['none', 'later', 'soon', 'overdue']), title: z.string() })),
    }),
  },
  /** `refresh`: read Trac's New Ticket form again rather than its choices as last read. */
  'trac.preview': { senders: PAGES_AND_TABS, request: z.object({ caseId: z.string(), thread: z.nullable(ThreadSnapshot), refresh: z.optional(z.boolean()) }), response: TracPreview },
  /** `values`: the preview's field choices by field name; the background checks them against Trac's again. */
  'trac.open': { senders: PAGES_AND_TABS,
    request: z.object({ caseId: z.string(), thread: z.nullable(ThreadSnapshot), summary: z.string(), values: z.record(z.string(), z.string().check(z.maxLength(200))) }),
    /** `notice`: what to do now, in words ("Create the ticket in the new tab — …"). */
    response: z.object({ url: z.string(), tabId: z.number(), notice: z.string() }),
  },
  /** Trac's choices for the options page: read from `baseUrl`'s New Ticket form (with its origin permission). */
  'trac.choices': { senders: PAGES, request: z.object({ baseUrl: z.string(), refresh: z.boolean() }), response: TracChoicesAnswer },
  /** `base`: a team template as the editor opened it, so a colleague's change meanwhile is kept. */
  'templates.save': {
    senders: PAGES,
    request: z.object({ template: ReplyTemplate, base: z.optional(z.object({ name: z.string(), body: z.string().check(z.maxLength(50_000)), category: z.nullable(Category) })) }),
    response: z.object({ templates: z.array(ReplyTemplate) }),
  },
  'templates.reset': { senders: PAGES, request: z.object({ id: z.string() }), response: z.object({ templates: z.array(ReplyTemplate) }) },
  'templates.list': { senders: PAGES, request: Empty, response: z.object({ templates: z.array(ReplyTemplate) }) },
  /** The sections the team sets (they replace the member's own while in it), with their values. */
  'team.settings': { senders: PAGES, request: Empty, response: z.object({ keys: z.array(z.enum(TEAM_SETTING_KEYS)), settings: TeamSettings }) },
  /** The admin shares these sections with the team (the server refuses anyone else's change). */
  'team.settings.share': { senders: PAGES, request: z.object({ sections: TeamSettings }), response: z.object({ keys: z.array(z.enum(TEAM_SETTING_KEYS)) }) },
  /** "Report this page": the background runs the censoring script in the sender's tab. */
  'page.report': { senders: PAGES_AND_TABS, request: Empty, response: z.object({ status: z.string() }) },
  /** The first template insertion in a tab: the background injects the site's insertion script into the sender's frame. */
  'inserter.load': { senders: PAGES_AND_TABS, request: z.object({ host: Host }), response: Empty },
  /** The first list with a tracked row in a tab: the background injects the site's chip painter into the sender's frame. */
  'chips.load': { senders: PAGES_AND_TABS, request: z.object({ host: Host }), response: Empty },
  /**
   * A template went into a Gmail compose: the compose's From address and From menu choices (raw),
   * this account's own addresses. `learnt`: an address was new (the background refreshes open sidebars).
   */
  'mailbox.sendAs': { senders: PAGES_AND_TABS,
    request: z.object({ account: z.string().check(z.maxLength(320)), addresses: z.array(z.string().check(z.maxLength(320))).check(z.maxLength(100)) }),
    response: z.object({ learnt: z.boolean() }),
  },
  /** "Open the setup" in an unconfigured sidebar: the options page at that section. */
  'options.open': { senders: PAGES_AND_TABS, request: z.object({ section: z.enum(['identity', 'support-mail']) }), response: Empty },
  /** An extension page replaced the data (import): reload what the background keeps in memory. */
  'data.imported': { senders: PAGES, request: Empty, response: Empty },
} as const;

export type Protocol = typeof protocol;
export type RequestType = keyof Protocol;
export type RequestOf<T extends RequestType> = z.infer<Protocol[T]['request']>;
export type ResponseOf<T extends RequestType> = z.infer<Protocol[T]['response']>;

/** Messages the background pushes to open sidebars and pages. */
/** The keyboard shortcuts (the manifest's `commands`, wxt.config.ts) the background passes to the tab. */
export const Command = z.enum(['toggle-sidebar', 'open-template-picker', 'escalate-to-trac', 'focus-sidebar']);

export const Push = z.discriminatedUnion('type', [
  z.object({ type: z.literal('case.changed'), case: SupportCase, events: z.array(CaseEvent) }),
  z.object({ type: z.literal('command'), command: Command }),
  /** The team's status or presence changed for the case a tab shows. */
  z.object({ type: z.literal('team'), caseId: z.string(), team: TeamLines }),
  /** From the popup: insert this template into the tab's open reply. */
  z.object({ type: z.literal('insert-template'), templateId: z.string() }),
  /**
   * A template was saved or reset (here or, in a team, by a colleague), the team's settings
   * changed, or who is staff changed (a Gmail account's send-as addresses became known): open
   * sidebars reload their state and templates.
   */
  z.object({ type: z.literal('templates.changed') }),
  /** The team's settings changed (the admin's change, joining, leaving): pages showing settings read them again. Pages only. */
  z.object({ type: z.literal('settings.changed') }),
]);
export type Push = z.infer<typeof Push>;
/** What a tab's content script receives: everything but the pages' own `settings.changed` (sidebars reload on `templates.changed`). */
export type TabPush = Exclude<Push, { type: 'settings.changed' }>;

/** The envelope on the wire. */
export const RequestEnvelope = z.object({ casebook: z.literal(1), type: z.string(), payload: z.unknown() });
export const ResponseEnvelope = z.union([
  z.object({ ok: z.literal(true), data: z.unknown() }),
  z.object({ ok: z.literal(false), error: z.string() }),
]);
