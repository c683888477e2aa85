import type { Customer, Originator } from '../../model/case';
import type { Host } from '../../model/thread';
import { INSTALLATION_ITEMS, INSTALLATION_ITEM_LABELS, type InstallationDetails } from '../installation-details/installation-item';
import { keepHead } from './shorten-text';
import { wikiCodeBlock, wikiInline, wikiLink } from './wiki-text';

export interface DescriptionInput {
  customer: Customer;
  originator: Originator;
  caseId: string;
  conversationUrl: string;
  host: Host | null;
  details: InstallationDetails;
  /** The customer's first message (or the notes of a phone case). */
  problem: string;
  serverLog: string;
  clientLog: string;
  /** Names of the parts above that were shortened to fit the URL. */
  shortened: readonly string[];
  /** Table values cut to this many characters. */
  valueLimit: number;
}

const ORIGINATOR_WORDS: Readonly<Record<Originator, string>> = {
  customer: 'customer',
  partner: 'partner (on behalf of their customer)',
  staff: 'support team',
};

const CONVERSATION_LABEL: Readonly<Record<Host, string>> = { gmail: 'Gmail conversation', groups: 'Google Groups conversation' };

/** The ticket description in Trac wiki text: who, what they run, what happens, the evidence. */
export function ticketDescription(input: DescriptionInput): string {
  const value = (text: string): string => wikiInline(keepHead(text, input.valueLimit));
  const row = (label: string, cell: string): string => `||= ${label} =|| ${cell} ||`;
  const { customer, details } = input;
  const lines = [
    '== Customer ==',
    row('Name', value(customer.name) || "''unknown''"),
    row('Email', value(customer.email) || "''unknown''"),
    row('Organisation', value(customer.organisation) || "''unknown''"),
    row('Reported by', ORIGINATOR_WORDS[input.originator]),
    row('Conversation', input.conversationUrl ? wikiLink(input.conversationUrl, input.host ? CONVERSATION_LABEL[input.host] : 'Conversation') : "''none (phone case)''"),
    row('Casebook case', value(input.caseId)),
    '',
    '== Installation details ==',
    ...INSTALLATION_ITEMS.map((item) => {
      const finding = details[item];
      if (finding.present) return row(INSTALLATION_ITEM_LABELS[item], value(finding.value));
      if (finding.value) return row(INSTALLATION_ITEM_LABELS[item], `${value(finding.value)} '''(incomplete)'''`);
      return row(INSTALLATION_ITEM_LABELS[item], "'''missing'''");
    }),
    '',
    '== Problem ==',
    ...section(input.problem, input.shortened.includes('problem'), 'the full message is in the conversation'),
  ];
  if (input.serverLog !== '' || input.shortened.includes('server log')) {
    lines.push('', '== Server log ==', ...section(input.serverLog, input.shortened.includes('server log'), 'the full log is in the conversation'));
  }
  if (input.clientLog !== '' || input.shortened.includes('client log')) {
    lines.push('', '== Client log ==', ...section(input.clientLog, input.shortened.includes('client log'), 'the full log is in the conversation'));
  }
  return lines.join('\n');
}

function section(text: string, isShortened: boolean, whereInFull: string): string[] {
  const note = `''(shortened: ${whereInFull})''`;
  if (text.trim() === '') return [isShortened ? `''(left out to keep the link short: ${whereInFull})''` : "''(no text)''"];
  return isShortened ? [wikiCodeBlock(text), note] : [wikiCodeBlock(text)];
}
