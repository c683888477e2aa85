import type { CaseSource, Customer, Originator, SupportCase } from '../../model/case';
import type { Host } from '../../model/thread';
import { emptyAssessment, emptyTroubleshooting } from './checklists';

/**
 * The case key of a conversation: one case per thread per account per site. The account is
 * lower-cased because Gmail shows the same address in different cases across pages.
 */
export function caseIdFor(host: Host, account: string, threadId: string): string {
  return `${host}:${account.trim().toLowerCase()}:${threadId}`;
}

/** Phone cases have no thread yet; `uuid` comes from the caller (lib/core makes no ids). */
export function phoneCaseId(uuid: string): string {
  return `phone:${uuid}`;
}

export interface NewCaseInput {
  id: string;
  host: Host | null;
  account: string;
  threadId: string | null;
  threadUrl: string;
  subject: string;
  customer: Customer;
  originator: Originator;
  source: CaseSource;
  createdAt: number;
}

/** A fresh case: status new, nothing awaited yet (the caller adds awaited messages with their deadline). */
export function newCase(input: NewCaseInput): SupportCase {
  return {
    ...input,
    status: 'new',
    owner: null,
    updatedAt: input.createdAt,
    awaitingSince: [],
    dueAt: null,
    lastMessageAt: null,
    lastMessageId: null,
    lastMessageFrom: null,
    reopenCount: 0,
    category: null,
    assessment: emptyAssessment(),
    troubleshooting: emptyTroubleshooting(),
    notes: '',
    tickets: [],
    linkedCaseIds: [],
    version: 0,
  };
}
