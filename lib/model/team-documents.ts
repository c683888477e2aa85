import * as z from 'zod/mini';
import { Category } from './classification';
import { Settings } from './settings';

/**
 * What a team shares besides cases (PRODUCT F8, issue #15), one Yjs document each, named
 * `<team>/settings`, `<team>/templates`, `<team>/learning`. These are the shapes of their JSON
 * projections (`doc.getMap(ROOT).toJSON()`): the extension reads them through these schemas, and
 * the team server applies a client's update to a copy and refuses it when the result does not
 * fit (server/src/hocuspocus/shared-document-guard.ts). Who may write which document is the
 * server's table (document-access.ts): settings the admin, templates and learning the members.
 */

/** Each shared document's root map. */
export const TEAM_DOCUMENT_ROOT = { settings: 'settings', templates: 'templates', learning: 'corrections' } as const;
export type TeamDocumentKind = keyof typeof TEAM_DOCUMENT_ROOT;

/**
 * The settings a team holds in common; identity, shortcuts and the UI stay each member's own.
 * One entry per section (last writer wins per section: an admin edits a section as a whole).
 */
export const TEAM_SETTING_KEYS = ['supportAddresses', 'supportLabels', 'partnerDomains', 'staffDomains', 'calendar', 'trac', 'links', 'productName'] as const;
export type TeamSettingKey = (typeof TEAM_SETTING_KEYS)[number];

export const TeamSettings = z.partial(
  z.strictObject({
    supportAddresses: Settings.shape.supportAddresses.check(z.maxLength(500)),
    supportLabels: Settings.shape.supportLabels.check(z.maxLength(500)),
    partnerDomains: Settings.shape.partnerDomains.check(z.maxLength(5000)),
    staffDomains: Settings.shape.staffDomains.check(z.maxLength(5000)),
    calendar: Settings.shape.calendar,
    trac: Settings.shape.trac,
    links: Settings.shape.links,
    productName: Settings.shape.productName.check(z.maxLength(200)),
  }),
);
export type TeamSettings = z.infer<typeof TeamSettings>;

/** Team template ids: `team:` and a random id, apart from the built-ins and personal `custom:` ones. */
export const TEAM_TEMPLATE_ID = /^team:[A-Za-z0-9_-]{1,64}$/;

/**
 * One team template. In the document it is a Y.Map whose `body` is a Y.Text, so two members
 * editing one template at once both keep their text; the other fields are whole values.
 * The body limit is the templates' own (lib/core/templates/template-limits.ts, 50,000).
 */
export const TeamTemplate = z.strictObject({
  name: z.string().check(z.minLength(1), z.maxLength(200)),
  body: z.string().check(z.maxLength(50_000)),
  category: z.nullable(Category),
  updatedAt: z.number(),
  updatedBy: z.string().check(z.maxLength(320)),
});
export type TeamTemplate = z.infer<typeof TeamTemplate>;

/**
 * One member's one-click correction, shared: the hashed feature sketch Casebook already stores
 * (at most 400 features, lib/core/classifier/corrections.ts), never mail text, never the case.
 */
export const SharedCorrection = z.strictObject({
  at: z.number(),
  from: Category,
  to: Category,
  features: z.record(z.string().check(z.maxLength(32)), z.number()).check(z.refine((f) => Object.keys(f).length <= 400, 'at most 400 features')),
});
export type SharedCorrection = z.infer<typeof SharedCorrection>;

/** Ids of shared corrections and templates: what the extension's ids look like, nothing longer. */
const EntryId = z.string().check(z.regex(/^[A-Za-z0-9:_-]{1,80}$/));

/** Each document's root map, as a whole. Entries are checked one by one by `TEAM_DOCUMENT_ENTRY`. */
export const TEAM_DOCUMENT_ENTRY = {
  settings: (key: string, value: unknown) => TeamSettings.safeParse({ [key]: value }),
  templates: (key: string, value: unknown) => (TEAM_TEMPLATE_ID.test(key) ? TeamTemplate.safeParse(value) : { success: false as const, error: new Error(`not a team template id: ${key.slice(0, 80)}`) }),
  learning: (key: string, value: unknown) => (EntryId.safeParse(key).success ? SharedCorrection.safeParse(value) : { success: false as const, error: new Error(`not a correction id: ${key.slice(0, 80)}`) }),
} satisfies Record<TeamDocumentKind, (key: string, value: unknown) => { success: boolean; error?: unknown }>;
