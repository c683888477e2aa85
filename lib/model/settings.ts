import * as z from 'zod/mini';

export const TeamMember = z.object({
  name: z.string().check(z.minLength(1)),
  email: z.email(),
});
export type TeamMember = z.infer<typeof TeamMember>;

const TimeOfDay = z.string().check(z.regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'use HH:MM (24-hour)'));
const IsoDate = z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/, 'use YYYY-MM-DD'));

/** When the support team works: deadlines count only these hours. */
export const BusinessCalendar = z.object({
  /** IANA zone, e.g. Europe/London. */
  timeZone: z.string().check(z.minLength(1)),
  /** ISO weekdays 1 (Mon) … 7 (Sun). */
  workingDays: z.array(z.int().check(z.gte(1), z.lte(7))).check(z.minLength(1)),
  start: TimeOfDay,
  end: TimeOfDay,
  /** Public-holiday region for date-holidays, e.g. "GB", "GB-ENG", "US-CA", "DE-BY"; "" for none. */
  holidayRegion: z.string(),
  /** The team's own closure dates. */
  closures: z.array(IsoDate),
});
export type BusinessCalendar = z.infer<typeof BusinessCalendar>;

export const TracSettings = z.object({
  /** e.g. https://trac.example.com/project ; "" when not set. */
  baseUrl: z.string(),
  type: z.string(),
  /** Must match a priority option of the Trac site exactly (case-sensitive). */
  priority: z.string(),
  component: z.string(),
  keywords: z.string(),
  milestone: z.string(),
  version: z.string(),
  /** Custom ticket field name -> value template, e.g. customer -> {{customer.organisation}}. */
  customFields: z.record(z.string(), z.string()),
});
export type TracSettings = z.infer<typeof TracSettings>;

export const ProcessLinks = z.object({
  roadmap: z.string(),
  supportOptions: z.string(),
  lifeCycle: z.string(),
  screenShare: z.string(),
});
export type ProcessLinks = z.infer<typeof ProcessLinks>;

export const Settings = z.object({
  identity: z.object({
    name: z.string(),
    /** Addresses the user sends from; a message from one of them is "staff". */
    emails: z.array(z.string()),
  }),
  team: z.array(TeamMember),
  /** Threads to/from these addresses are support cases (created automatically). */
  supportAddresses: z.array(z.string()),
  /** Gmail labels that mark support threads. */
  supportLabels: z.array(z.string()),
  /** Domains whose senders are partners (not end customers). */
  partnerDomains: z.array(z.string()),
  /** Domains whose senders are staff (besides the team list). */
  staffDomains: z.array(z.string()),
  calendar: BusinessCalendar,
  trac: TracSettings,
  links: ProcessLinks,
  /** Product name used in templates ("the product"). */
  productName: z.string(),
});
export type Settings = z.infer<typeof Settings>;

export const defaultSettings: Settings = {
  identity: { name: '', emails: [] },
  team: [],
  supportAddresses: [],
  supportLabels: [],
  partnerDomains: [],
  staffDomains: [],
  calendar: {
    timeZone: 'Europe/London',
    workingDays: [1, 2, 3, 4, 5],
    start: '09:00',
    end: '17:30',
    holidayRegion: 'GB-ENG',
    closures: [],
  },
  trac: {
    baseUrl: '',
    type: 'defect',
    priority: 'major',
    component: '',
    keywords: '',
    milestone: '',
    version: '',
    customFields: {},
  },
  links: {
    roadmap: 'https://www.sftpplus.com/product/roadmap.html',
    supportOptions: 'https://www.sftpplus.com/support/options.html',
    lifeCycle: 'https://www.sftpplus.com/product/life-cycle.html',
    screenShare: '',
  },
  productName: 'the product',
};
