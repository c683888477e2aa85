import { isConversationKey } from '../case/conversation-key';
import { mailboxSearchUrl } from '../case/mailbox-search-url';
import type { SupportCase } from '../../model/case';
import type { TracSettings } from '../../model/settings';
import type { ThreadSnapshot } from '../../model/thread';
import { ownWords } from '../installation-details/customer-text';
import { extractInstallationDetails } from '../installation-details/extract-installation-details';
import type { InstallationDetails } from '../installation-details/installation-item';
import { collectLogLines } from '../installation-details/log-lines';
import { renderTemplate, type TemplateVars } from '../templates/render-template';
import { cleanSubject } from '../mail-text/clean-subject';
import type { TracProblem } from './describe-trac-error';
import { fitToBudget, type ShortenablePart } from './fit-to-budget';
import { ticketDescription } from './ticket-description';
import { newTicketUrl, validateTracBaseUrl } from './ticket-page';

export interface NewTicketInput {
  trac: TracSettings;
  supportCase: SupportCase;
  thread: ThreadSnapshot | null;
  /** Bodies of the customer's messages, oldest first: the first one is "the problem". */
  customerTexts: readonly string[];
  /** Variables for custom-field templates (buildTemplateVars), e.g. customer → {{customer.organisation}}. */
  vars: TemplateVars;
  /** The installation details to tabulate; by default extracted from customerTexts. */
  details?: InstallationDetails;
  /** The summary as the user edited it before opening Trac; by default the cleaned subject. */
  summary?: string;
  /** UTF-8 bytes allowed for the whole URL: web servers answer 414 above ~8 KB. */
  maxBytes?: number;
}

export type NewTicketLink =
  | { ok: true; url: string; bytes: number; shortened: string[]; warnings: string[] }
  | { ok: false; problem: TracProblem };

/** Fields Trac ignores or refuses on a new-ticket link, and the ones Casebook fills itself. */
const NOT_SETTABLE = new Set(['id', 'status', 'resolution', 'owner', 'reporter', 'time', 'changetime', 'summary', 'description']);

/**
 * A link to Trac's New Ticket form, prefilled with the case: summary, the configured fields, and
 * a wiki description (customer, installation details table, problem, logs, link back). Over
 * `maxBytes` the longest parts are shortened first, with a visible "(shortened)" note.
 */
export function buildNewTicketUrl(input: NewTicketInput): NewTicketLink {
  if (input.trac.baseUrl.trim() === '') return { ok: false, problem: { kind: 'no_base_url' } };
  const base = validateTracBaseUrl(input.trac.baseUrl);
  if (!base.ok) return { ok: false, problem: { kind: 'invalid_base_url', reason: base.problem } };

  const { trac, supportCase, thread } = input;
  const texts = input.customerTexts.map(ownWords).filter((text) => text.trim() !== '');
  const details = input.details ?? extractInstallationDetails(texts);
  const logs = collectLogLines(texts);
  const warnings: string[] = [];
  const fields = ticketFields(trac, input.vars, warnings);
  const subject = input.summary?.trim() || cleanSubject(thread?.subject || supportCase.subject);
  const fallbackSummary = `Support case from ${supportCase.customer.organisation || supportCase.customer.name || 'a customer'}`;

  const parts: ShortenablePart[] = [
    { name: 'problem', text: texts[0] ?? supportCase.notes, style: 'head' },
    { name: 'server log', text: logs.server.join('\n'), style: 'head-and-tail' },
    { name: 'client log', text: logs.client.join('\n'), style: 'head-and-tail' },
  ];
  const render = (current: readonly ShortenablePart[], shortened: readonly string[], compact: boolean): string => {
    const text = (name: string): string => current.find((part) => part.name === name)?.text ?? '';
    const description = ticketDescription({
      customer: supportCase.customer,
      originator: supportCase.originator,
      caseId: supportCase.id,
      // A team case's ticket is read by every member: Gmail's own link opens only the escalating
      // member's mailbox, a search opens the clicking member's.
      conversationUrl: isConversationKey(supportCase.id) && (thread?.host ?? supportCase.host) === 'gmail' ? mailboxSearchUrl(supportCase) : thread?.url || supportCase.threadUrl,
      host: thread?.host ?? supportCase.host,
      details,
      problem: text('problem'),
      serverLog: text('server log'),
      clientLog: text('client log'),
      shortened,
      valueLimit: compact ? 40 : 160,
    });
    const summary = (subject || fallbackSummary).slice(0, compact ? 80 : 250);
    const query = new URLSearchParams([['summary', summary], ...fields.map(([name, value]) => [name, compact ? value.slice(0, 40) : value] as [string, string]), ['description', description]]);
    return `${newTicketUrl(base.baseUrl)}?${query.toString()}`;
  };
  const fitted = fitToBudget(parts, render, input.maxBytes ?? 7000);
  if (fitted.bytes > (input.maxBytes ?? 7000)) warnings.push('The link is still longer than the limit: the web server may refuse it (HTTP 414).');
  return { ok: true, url: fitted.url, bytes: fitted.bytes, shortened: fitted.shortened, warnings };
}

/** The configured fields in Trac's order, empty ones left out so Trac keeps its defaults. */
function ticketFields(trac: TracSettings, vars: TemplateVars, warnings: string[]): [string, string][] {
  const fields: [string, string][] = [];
  const add = (name: string, value: string): void => {
    if (value.trim() !== '') fields.push([name, value.trim()]);
  };
  add('type', trac.type);
  add('priority', trac.priority);
  add('component', trac.component);
  add('version', trac.version);
  add('milestone', trac.milestone);
  add('keywords', trac.keywords);
  for (const [name, template] of Object.entries(trac.customFields)) {
    if (!/^[a-z_][a-z0-9_]*$/i.test(name) || NOT_SETTABLE.has(name.toLowerCase())) {
      warnings.push(`The custom field "${name}" cannot be set from a link and was left out.`);
      continue;
    }
    const rendered = renderTemplate(template, vars);
    if (rendered.unknown.length > 0) warnings.push(`The custom field "${name}" uses unknown variables: ${rendered.unknown.join(', ')}.`);
    add(name, rendered.text.slice(0, 200));
  }
  return fields;
}
