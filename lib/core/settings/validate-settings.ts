import * as z from 'zod/mini';
import { Settings } from '../../model/settings';
import { isWebAddress } from '../web-address';

/** A problem with one setting, `path` as the settings object spells it: "team[1].email". */
export interface FieldProblem {
  path: string;
  message: string;
}

/** The checks that need code outside this page (Trac URL rules, the holiday data). */
export interface SettingsChecks {
  /** The project address as Trac's URLs need it (a pasted ticket URL is cut back), or why it is unusable. */
  tracBaseUrl: (url: string) => { ok: true; baseUrl: string } | { ok: false; problem: string };
  isKnownRegion: (region: string) => boolean;
}

export type SettingsValidation = { ok: true; settings: Settings } | { ok: false; problems: FieldProblem[] };

const Email = z.email();
const DOMAIN = /^(?=.{1,253}$)(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z][a-z0-9-]{0,61}[a-z0-9]$/;
/** Trac refuses other custom field names. */
const TRAC_FIELD_NAME = /^[a-z][a-z0-9_]*$/;

/**
 * Tidies the form's values (spaces, case, duplicates), then checks them with the Settings
 * schema and the rules it cannot express. Every problem is returned, each with its path.
 */
export function validateSettings(draft: Settings, checks: SettingsChecks): SettingsValidation {
  const problems: FieldProblem[] = [];
  const settings = tidySettings(draft);
  if (settings.trac.baseUrl !== '') {
    const checked = checks.tracBaseUrl(settings.trac.baseUrl);
    if (checked.ok) settings.trac.baseUrl = checked.baseUrl;
    else problems.push({ path: 'trac.baseUrl', message: checked.problem });
  }
  const parsed = Settings.safeParse(settings);
  if (!parsed.success) {
    problems.push(...parsed.error.issues.map((issue) => ({ path: formatPath(issue.path), message: issue.message })));
  }

  listProblems(problems, 'identity.emails', settings.identity.emails, isEmail, 'is not an email address');
  listProblems(problems, 'supportAddresses', settings.supportAddresses, isEmail, 'is not an email address');
  listProblems(problems, 'partnerDomains', settings.partnerDomains, isDomain, 'is not a domain (write example.com)');
  listProblems(problems, 'staffDomains', settings.staffDomains, isDomain, 'is not a domain (write example.com)');
  settings.team.forEach((member, index) => {
    const first = settings.team.findIndex((other) => other.email === member.email);
    if (first !== index) problems.push({ path: `team[${index}].email`, message: `${member.email} is already in the team list` });
  });

  const { calendar, trac } = settings;
  if (!isTimeZone(calendar.timeZone)) problems.push({ path: 'calendar.timeZone', message: `“${calendar.timeZone}” is not a time zone` });
  if (isClock(calendar.start) && isClock(calendar.end) && calendar.start >= calendar.end) problems.push({ path: 'calendar.end', message: `must be after the start (${calendar.start})` });
  if (calendar.holidayRegion !== '' && !checks.isKnownRegion(calendar.holidayRegion)) {
    problems.push({ path: 'calendar.holidayRegion', message: `“${calendar.holidayRegion}” is not a known holiday region` });
  }
  for (const [key, url] of Object.entries(settings.links)) {
    if (url !== '' && !isWebAddress(url)) problems.push({ path: `links.${key}`, message: `“${url}” is not a web address (https://…)` });
  }
  for (const name of Object.keys(trac.customFields)) {
    if (!TRAC_FIELD_NAME.test(name)) {
      problems.push({ path: `trac.customFields.${name}`, message: `“${name}” is not a Trac field name (lowercase letters, digits, _)` });
    }
  }

  return problems.length === 0 && parsed.success ? { ok: true, settings: parsed.data } : { ok: false, problems };
}

/** Trimmed strings, lowercase addresses and domains, no duplicates, days and dates in order. */
export function tidySettings(draft: Settings): Settings {
  const addresses = (list: readonly string[]): string[] => unique(list.map((a) => a.trim().toLowerCase()).filter(Boolean));
  const domains = (list: readonly string[]): string[] => addresses(list.map((d) => d.trim().replace(/^@/, '')));
  return {
    identity: { name: draft.identity.name.trim(), emails: addresses(draft.identity.emails) },
    team: draft.team.map((member) => ({ name: member.name.trim(), email: member.email.trim().toLowerCase() })),
    supportAddresses: addresses(draft.supportAddresses),
    supportLabels: unique(draft.supportLabels.map((label) => label.trim()).filter(Boolean)),
    partnerDomains: domains(draft.partnerDomains),
    staffDomains: domains(draft.staffDomains),
    calendar: {
      ...draft.calendar,
      timeZone: draft.calendar.timeZone.trim(),
      workingDays: unique(draft.calendar.workingDays).sort((a, b) => a - b),
      holidayRegion: draft.calendar.holidayRegion.trim().toUpperCase(),
      closures: unique(draft.calendar.closures).sort(),
    },
    trac: {
      ...draft.trac,
      baseUrl: draft.trac.baseUrl.trim(),
      type: draft.trac.type.trim(),
      priority: draft.trac.priority.trim(),
      component: draft.trac.component.trim(),
      keywords: draft.trac.keywords.trim(),
      milestone: draft.trac.milestone.trim(),
      version: draft.trac.version.trim(),
      customFields: Object.fromEntries(Object.entries(draft.trac.customFields).map(([name, value]) => [name.trim(), value])),
    },
    links: {
      roadmap: draft.links.roadmap.trim(),
      supportOptions: draft.links.supportOptions.trim(),
      lifeCycle: draft.links.lifeCycle.trim(),
      screenShare: draft.links.screenShare.trim(),
    },
    productName: draft.productName.trim(),
  };
}

/** ["team", 1, "email"] -> "team[1].email", the way the fields are named on the page. */
export function formatPath(path: readonly PropertyKey[]): string {
  return path.reduce<string>((out, key) => {
    if (typeof key === 'number') return `${out}[${key}]`;
    return out === '' ? String(key) : `${out}.${String(key)}`;
  }, '');
}

function listProblems(out: FieldProblem[], path: string, list: readonly string[], valid: (entry: string) => boolean, why: string): void {
  list.forEach((entry, index) => {
    if (!valid(entry)) out.push({ path: `${path}[${index}]`, message: `“${entry}” ${why}` });
  });
}

function isEmail(text: string): boolean {
  return Email.safeParse(text).success;
}

function isDomain(text: string): boolean {
  return DOMAIN.test(text);
}


/** HH:MM strings compare correctly as text; other forms are the schema's to report. */
function isClock(text: string): boolean {
  return /^\d\d:\d\d$/.test(text);
}

function isTimeZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

function unique<T>(list: readonly T[]): T[] {
  return [...new Set(list)];
}
