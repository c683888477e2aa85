import { namedCustomerOf } from '../case/named-customer';
import { isStaff } from '../case/staff';
import type { CaseStatus, SupportCase } from '../../model/case';
import type { Settings } from '../../model/settings';
import type { ThreadSnapshot } from '../../model/thread';
import { firstNameOf } from '../customer/first-name';
import { organisationFromEmail } from '../customer/organisation-from-email';
import type { InstallationItem } from '../installation-details/installation-item';
import { cleanSubject } from '../mail-text/clean-subject';
import { responseDue } from '../calendar/business-deadline';
import type { HolidayLookup } from '../calendar/business-time';
import { ticketUrlPrefix } from '../trac/ticket-page';
import type { DraftOptions, FieldHint } from './fill-in';
import { formatDueDate } from './format-due-date';
import { missingDetailsList } from './missing-details-list';
import type { TemplateVars } from './render-template';

export interface TemplateVariable {
  name: string;
  description: string;
  example: string;
  /** Short words for the fill-in field the sidebar shows when the value is missing. */
  label: string;
  /** An empty value means something ("nothing is missing") and is inserted as nothing. */
  mayBeEmpty?: boolean;
}

/** Every variable templates can use, for the options editor and its help text. */
export const TEMPLATE_VARIABLES: readonly TemplateVariable[] = [
  { name: 'customer.firstName', description: 'First name of the customer, for the greeting', example: 'Dana', label: "Customer's first name" },
  { name: 'customer.name', description: 'Full name of the customer', example: 'Dana Whitfield', label: "Customer's full name" },
  { name: 'customer.email', description: 'E-mail address of the customer', example: 'dana.whitfield@lakeside.example.com', label: "Customer's e-mail address" },
  { name: 'customer.organisation', description: 'Organisation, from the e-mail domain unless set by hand', example: 'Lakeside', label: "Customer's organisation" },
  { name: 'agent.name', description: 'Your name (Options → Identity)', example: 'Sam Ortega', label: 'Your name' },
  { name: 'agent.email', description: 'Your first sending address', example: 'sam.ortega@example.com', label: 'Your e-mail address' },
  { name: 'case.id', description: 'Casebook case id', example: 'gmail:support@example.com:1943afd33e03a1f2', label: 'Case id' },
  { name: 'case.status', description: 'Case status in words', example: 'waiting for developer', label: 'Case status' },
  { name: 'case.dueDate', description: 'Promised answer time in the team time zone: the case deadline, or the next business day\'s close when that has passed', example: 'Tuesday 7 January at 16:00 GMT', label: 'Answer promised by' },
  { name: 'case.deadlinePassed', description: '"yes" when the case\'s own answer deadline has passed (for {{#if case.deadlinePassed}}sorry for the delay{{/if}}); empty otherwise', example: 'yes', label: 'Deadline passed', mayBeEmpty: true },
  { name: 'thread.subject', description: 'Subject without Re:/Fwd:', example: 'Upload fails with 550 on files over 2 GB', label: 'Subject' },
  { name: 'thread.url', description: 'Link back to the conversation', example: 'https://mail.google.com/mail/u/0/#inbox/FMfcgzQZSZCFKGTRmGLQvkTZplKBzhhS', label: 'Link to the conversation' },
  { name: 'trac.ticket', description: 'Number of the Trac ticket (without #)', example: '4711', label: 'Trac ticket number' },
  { name: 'trac.url', description: 'Link to the Trac ticket', example: 'https://trac.example.com/project/ticket/4711', label: 'Link to the Trac ticket' },
  { name: 'missing.installationDetails', description: 'Bulleted questions for the installation details not given yet; empty when nothing is missing', example: '* Product version?\n\n* Other information (if known).', label: 'Installation details to ask for', mayBeEmpty: true },
  { name: 'links.roadmap', description: 'Product roadmap page', example: 'https://www.sftpplus.com/product/roadmap.html', label: 'Roadmap page' },
  { name: 'links.supportOptions', description: 'Support options page', example: 'https://www.sftpplus.com/support/options.html', label: 'Support options page' },
  { name: 'links.lifeCycle', description: 'Product life cycle page', example: 'https://www.sftpplus.com/product/life-cycle.html', label: 'Product life cycle page' },
  { name: 'links.screenShare', description: 'Screen-share meeting link', example: 'https://meet.example.com/support-room', label: 'Screen-share link' },
  { name: 'product.name', description: 'Product name (Options → Product)', example: 'FTPGate Server', label: 'Product name' },
];

const STATUS_WORDS: Readonly<Record<CaseStatus, string>> = {
  new: 'new',
  acknowledged: 'acknowledged',
  in_progress: 'in progress',
  waiting_customer: 'waiting for customer',
  waiting_developer: 'waiting for developer',
  closed: 'closed',
};

export interface TemplateVarsInput {
  thread: ThreadSnapshot | null;
  supportCase: SupportCase | null;
  settings: Settings;
  /** Installation items still missing, e.g. extractInstallationDetails(…).missingItems. */
  missing: readonly InstallationItem[];
  /** The ticket to announce; by default the newest ticket linked to the case. */
  trac?: { number: number; url: string } | null;
  /** Epoch ms: dates in the current year are written without the year. */
  now: number;
  /** Epoch ms of the case's deadline; by default the case's first-response deadline. */
  dueAt?: number | null;
  /** The team's holidays, for a promise computed from now. */
  holidays: HolidayLookup;
}

/**
 * The answer time a reply may promise: the case's deadline while it is ahead, otherwise (passed,
 * or none) the close of the next business day from now, as for a message arriving now. Never a
 * moment already past. Null only for a calendar without business days.
 */
export function promisedAnswerAt(deadline: number | null, input: Pick<TemplateVarsInput, 'settings' | 'now' | 'holidays'>): number | null {
  if (deadline !== null && deadline > input.now) return deadline;
  try {
    return responseDue(input.now, input.settings.calendar, input.holidays);
  } catch {
    return null;
  }
}

function untrackedCustomer(thread: ThreadSnapshot, settings: Settings): { name: string; email: string } | null {
  return namedCustomerOf(thread, settings) ?? thread.messages.find((message) => !isStaff(message.from.email, settings))?.from ?? thread.messages[0]?.from ?? null;
}

/** Values for every catalogue variable; "" where unknown (renderTemplate then reports it missing). */
export function buildTemplateVars(input: TemplateVarsInput): TemplateVars {
  const { thread, supportCase, settings, now } = input;
  // Without a case: the person a transcript or form names, else the first sender who is not staff
  // (a colleague's forward or the engineer's own reply is never greeted as the customer).
  const sender = supportCase?.customer ?? (thread ? untrackedCustomer(thread, settings) : null) ?? { name: '', email: '' };
  const organisation = supportCase?.customer.organisation || organisationFromEmail(sender.email);
  const ticket = input.trac ?? supportCase?.tickets[supportCase.tickets.length - 1] ?? null;
  const deadline = input.dueAt ?? supportCase?.dueAt ?? null;
  const promise = promisedAnswerAt(deadline, input);
  const agentEmail = settings.identity.emails[0] ?? '';
  const teamName = settings.team.find((member) => member.email.toLowerCase() === agentEmail.toLowerCase())?.name ?? '';
  return {
    'customer.firstName': firstNameOf(sender.name, sender.email),
    'customer.name': sender.name.trim(),
    'customer.email': sender.email.trim(),
    'customer.organisation': organisation,
    'agent.name': settings.identity.name.trim() || teamName,
    'agent.email': agentEmail,
    'case.id': supportCase?.id ?? '',
    'case.status': supportCase ? STATUS_WORDS[supportCase.status] : '',
    'case.dueDate': promise === null ? '' : formatDueDate(promise, now, settings.calendar.timeZone),
    'case.deadlinePassed': deadline !== null && deadline <= now ? 'yes' : '',
    'thread.subject': cleanSubject(thread?.subject ?? supportCase?.subject ?? ''),
    'thread.url': thread?.url ?? supportCase?.threadUrl ?? '',
    'trac.ticket': ticket ? String(ticket.number) : '',
    'trac.url': ticket?.url ?? '',
    'missing.installationDetails': missingDetailsList(input.missing),
    'links.roadmap': settings.links.roadmap,
    'links.supportOptions': settings.links.supportOptions,
    'links.lifeCycle': settings.links.lifeCycle,
    'links.screenShare': settings.links.screenShare,
    'product.name': settings.productName.trim(),
  };
}

/**
 * How the sidebar asks for a value Casebook lacks: the catalogue's label, and "trac.url" built
 * from the ticket number typed for "trac.ticket" when a Trac address is set.
 */
export function fillInOptions(settings: Settings): DraftOptions {
  const hints: Record<string, FieldHint> = {};
  for (const variable of TEMPLATE_VARIABLES) hints[variable.name] = { label: variable.label };
  hints['trac.ticket'] = { label: 'Trac ticket number', digits: true };
  if (settings.trac.baseUrl) hints['trac.url'] = { label: 'Link to the Trac ticket', from: { name: 'trac.ticket', prefix: ticketUrlPrefix(settings.trac.baseUrl) } };
  return { hints, mayBeEmpty: new Set(TEMPLATE_VARIABLES.filter((variable) => variable.mayBeEmpty).map((variable) => variable.name)) };
}
