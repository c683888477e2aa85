import type { CaseStatus, SupportCase } from '../../model/case';
import type { Settings } from '../../model/settings';
import type { ThreadSnapshot } from '../../model/thread';
import { firstNameOf } from '../customer/first-name';
import { organisationFromEmail } from '../customer/organisation-from-email';
import type { InstallationItem } from '../installation-details/installation-item';
import { cleanSubject } from '../mail-text/clean-subject';
import { formatDueDate } from './format-due-date';
import { missingDetailsList } from './missing-details-list';
import type { TemplateVars } from './render-template';

export interface TemplateVariable {
  name: string;
  description: string;
  example: string;
}

/** Every variable templates can use, for the options editor and its help text. */
export const TEMPLATE_VARIABLES: readonly TemplateVariable[] = [
  { name: 'customer.firstName', description: 'First name of the customer, for the greeting', example: 'Dana' },
  { name: 'customer.name', description: 'Full name of the customer', example: 'Dana Whitfield' },
  { name: 'customer.email', description: 'E-mail address of the customer', example: 'dana.whitfield@lakeside.example.com' },
  { name: 'customer.organisation', description: 'Organisation, from the e-mail domain unless set by hand', example: 'Lakeside' },
  { name: 'agent.name', description: 'Your name (Options → Identity)', example: 'Sam Ortega' },
  { name: 'agent.email', description: 'Your first sending address', example: 'sam.ortega@example.com' },
  { name: 'case.id', description: 'Casebook case id', example: 'gmail:support@example.com:1943afd33e03a1f2' },
  { name: 'case.status', description: 'Case status in words', example: 'waiting for developer' },
  { name: 'case.dueDate', description: 'Promised answer time in the team time zone', example: 'Tuesday 7 January at 16:00 GMT' },
  { name: 'thread.subject', description: 'Subject without Re:/Fwd:', example: 'Upload fails with 550 on files over 2 GB' },
  { name: 'thread.url', description: 'Link back to the conversation', example: 'https://mail.google.com/mail/u/0/#inbox/FMfcgzQZSZCFKGTRmGLQvkTZplKBzhhS' },
  { name: 'trac.ticket', description: 'Number of the Trac ticket (without #)', example: '4711' },
  { name: 'trac.url', description: 'Link to the Trac ticket', example: 'https://trac.example.com/project/ticket/4711' },
  { name: 'missing.installationDetails', description: 'Bulleted questions for the installation details not given yet; empty when nothing is missing', example: '* Product version?\n\n* Other information (if known).' },
  { name: 'links.roadmap', description: 'Product roadmap page', example: 'https://www.sftpplus.com/product/roadmap.html' },
  { name: 'links.supportOptions', description: 'Support options page', example: 'https://www.sftpplus.com/support/options.html' },
  { name: 'links.lifeCycle', description: 'Product life cycle page', example: 'https://www.sftpplus.com/product/life-cycle.html' },
  { name: 'links.screenShare', description: 'Screen-share meeting link', example: 'https://meet.example.com/support-room' },
  { name: 'product.name', description: 'Product name (Options → Product)', example: 'FTPGate Server' },
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
  /** Epoch ms of the promised answer; by default the case's first-response deadline. */
  dueAt?: number | null;
}

/** Values for every catalogue variable; "" where unknown (renderTemplate then reports it missing). */
export function buildTemplateVars(input: TemplateVarsInput): TemplateVars {
  const { thread, supportCase, settings, now } = input;
  const sender = supportCase?.customer ?? thread?.messages[0]?.from ?? { name: '', email: '' };
  const organisation = supportCase?.customer.organisation || organisationFromEmail(sender.email);
  const ticket = input.trac ?? supportCase?.tickets[supportCase.tickets.length - 1] ?? null;
  const dueAt = input.dueAt ?? supportCase?.dueAt ?? null;
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
    'case.dueDate': dueAt === null ? '' : formatDueDate(dueAt, now, settings.calendar.timeZone),
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
